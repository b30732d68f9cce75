// First-step entropy loss of the plug-in estimator, Miller-Madow bias (docs/theory.md#miller-madow); Miller 1955, "Note on the bias of information estimates".

/** E H_1 - H* = -(K - 1)/(2n) + O(n^-2), K the number of outcomes with p* > 0 (an approximation). */
export function firstStepEntropyLoss(outcomes: number, n: number): number {
  return -(outcomes - 1) / (2 * n);
}

/** Plug-in entropy (nats) of a distribution. */
export function entropyOf(probs: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i]!;
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}
