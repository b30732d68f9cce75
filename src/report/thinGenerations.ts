// Keeps at most `max` generations, evenly spaced and always the first and last, so long runs draw quickly.
import type { GenerationRecord } from "../loop/types.js";

export function thinGenerations(
  generations: readonly GenerationRecord[],
  max = 1000,
): readonly GenerationRecord[] {
  if (generations.length <= max) return generations;
  const step = (generations.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => generations[Math.round(i * step)]!);
}
