// Two-part code of a symbol sequence given a program's output: the positions that differ (Rissanen 1978, MDL).
import { choiceLength, log2Binomial } from "./integerLength.js";

/**
 * Bits of the data given the program's output under a symbol-substitution noise model: the number of mismatches d
 * (log2(n + 1) bits), which d positions (log2 C(n, d)), and the replacement symbol at each (log2(k - 1) bits each).
 */
export function flipCodeLength(n: number, mismatches: number, symbols = 2): number {
  // A substitution rate above (k - 1) / k is not noise: the complement program explains the data.
  if (mismatches > (n * (symbols - 1)) / symbols) return Number.POSITIVE_INFINITY;
  return choiceLength(n + 1) + log2Binomial(n, mismatches) + mismatches * choiceLength(symbols - 1);
}
