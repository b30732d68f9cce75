// Bernoulli loop: E[P_t (1 - P_t)] (docs/theory.md#bernoulli); two-allele Wright-Fisher (Ewens 2004, ch. 3).

/** E[P_t (1 - P_t)] = p*(1 - p*)(1 - 1/n)^t with no fresh data (exact). */
export function bernoulliHeterozygosity(p: number, n: number, t: number): number {
  return p * (1 - p) * (1 - 1 / n) ** t;
}
