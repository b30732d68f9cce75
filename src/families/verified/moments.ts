// Count, mean and sum of squared deviations, merged exactly (Chan, Golub & LeVeque 1979, pairwise update).

export interface Moments {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
}

export const NO_MOMENTS: Moments = { count: 0, mean: 0, m2: 0 };

/** The moments of the union of two sets. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
  };
}

/** A running accumulator (Welford 1962) for the hot loop. */
export class MomentsAccumulator {
  count = 0;
  mean = 0;
  m2 = 0;
  add(x: number): void {
    this.count++;
    const delta = x - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (x - this.mean);
  }
  result(): Moments {
    return { count: this.count, mean: this.mean, m2: this.m2 };
  }
}

/** sum (x - c)^2 over the set. */
export function squaredDeviationFrom(m: Moments, c: number): number {
  return m.m2 + m.count * (m.mean - c) * (m.mean - c);
}
