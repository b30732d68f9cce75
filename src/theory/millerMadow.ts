// First-step entropy loss of the plug-in estimator, Miller-Madow bias (docs/theory.md#miller-madow); Miller 1955, "Note on the bias of information estimates".

/** E H_1 - H* = -(K - 1)/(2n) + O(n^-2), K the number of outcomes with p* > 0 (an approximation). */
export function firstStepEntropyLoss(outcomes: number, n: number): number {
  return -(outcomes - 1) / (2 * n);
}
