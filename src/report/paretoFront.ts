// The Pareto front of candidate programs: none other is both simpler and more accurate (SymbolicRegression.jl's hall of fame).

export interface ParetoPoint {
  /** Description length or size of the program. */
  readonly complexity: number;
  /** Its loss on the data; Infinity for an invalid program. */
  readonly error: number;
  readonly program?: string;
}

/** The non-dominated points, by increasing complexity (and so decreasing error); non-finite errors never enter. */
export function paretoFront<P extends ParetoPoint>(points: readonly P[]): P[] {
  const sorted = points
    .filter((p) => Number.isFinite(p.error) && Number.isFinite(p.complexity))
    .sort((a, b) => a.complexity - b.complexity || a.error - b.error);
  const front: P[] = [];
  let best = Number.POSITIVE_INFINITY;
  for (const p of sorted) {
    if (p.error < best) {
      front.push(p);
      best = p.error;
    }
  }
  return front;
}
