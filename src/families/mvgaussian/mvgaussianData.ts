// Multivariate Gaussian data as sufficient statistics: count, mean and the scatter matrix (or its diagonal or trace), pooled exactly (Chan, Golub & LeVeque 1979).
import type { Rng } from "../../core/rng.js";

/**
 * How much of the scatter matrix a learner needs: all of it (`full`, d x d), its diagonal (`diagonal`, d) or its
 * trace (`isotropic`, 1). Pooling and fitting need no more than that.
 */
export type CovarianceKind = "full" | "diagonal" | "isotropic";

/** n points in R^d: their mean and scatter sum (x - xbar)(x - xbar)' reduced to `kind`; `values` (n x d) when kept. */
export interface MvGaussianData {
  readonly count: number;
  readonly mean: Float64Array;
  readonly scatter: Float64Array;
  readonly values?: Float64Array;
}

export function scatterLength(kind: CovarianceKind, d: number): number {
  return kind === "full" ? d * d : kind === "diagonal" ? d : 1;
}

export function emptyMvGaussianData(kind: CovarianceKind, d: number, keepValues: boolean): MvGaussianData {
  const data = { count: 0, mean: new Float64Array(d), scatter: new Float64Array(scatterLength(kind, d)) };
  return keepValues ? { ...data, values: new Float64Array(0) } : data;
}

/** Reduces a full d x d matrix to `kind`: itself, its diagonal or its trace (a fresh array). */
export function reduceScatter(full: Float64Array, kind: CovarianceKind, d: number): Float64Array {
  if (kind === "full") return full;
  if (kind === "diagonal") {
    const out = new Float64Array(d);
    for (let i = 0; i < d; i++) out[i] = full[i * d + i]!;
    return out;
  }
  let trace = 0;
  for (let i = 0; i < d; i++) trace += full[i * d + i]!;
  return Float64Array.of(trace);
}

/** Mean and scatter (reduced to `kind`) of n points stored row by row in `values`, two-pass. */
export function statsOfPoints(values: Float64Array, d: number, kind: CovarianceKind): MvGaussianData {
  const n = values.length / d;
  const mean = new Float64Array(d);
  const scatter = new Float64Array(scatterLength(kind, d));
  if (n === 0) return { count: 0, mean, scatter, values };
  for (let r = 0; r < n; r++) for (let i = 0; i < d; i++) mean[i] = mean[i]! + values[r * d + i]!;
  for (let i = 0; i < d; i++) mean[i] = mean[i]! / n;
  const dev = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) dev[i] = values[r * d + i]! - mean[i]!;
    if (kind === "full") {
      for (let i = 0; i < d; i++)
        for (let j = 0; j < d; j++) scatter[i * d + j] = scatter[i * d + j]! + dev[i]! * dev[j]!;
    } else if (kind === "diagonal") {
      for (let i = 0; i < d; i++) scatter[i] = scatter[i]! + dev[i]! * dev[i]!;
    } else {
      for (let i = 0; i < d; i++) scatter[0] = scatter[0]! + dev[i]! * dev[i]!;
    }
  }
  return { count: n, mean, scatter, values };
}

/** The statistics of the union of two data sets: S = S_a + S_b + (n_a n_b / n) delta delta', reduced to `kind`. */
export function combineMvGaussianData(
  a: MvGaussianData,
  b: MvGaussianData,
  kind: CovarianceKind,
  d: number,
): MvGaussianData {
  if (a.count === 0 && !(a.values && b.values)) return b;
  if (b.count === 0 && !(a.values && b.values)) return a;
  const count = a.count + b.count;
  const mean = new Float64Array(d);
  const delta = new Float64Array(d);
  const w = count > 0 ? (a.count * b.count) / count : 0;
  for (let i = 0; i < d; i++) {
    delta[i] = b.mean[i]! - a.mean[i]!;
    mean[i] = count > 0 ? a.mean[i]! + (delta[i]! * b.count) / count : 0;
  }
  const scatter = new Float64Array(a.scatter.length);
  for (let i = 0; i < scatter.length; i++) scatter[i] = a.scatter[i]! + b.scatter[i]!;
  if (kind === "full") {
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) scatter[i * d + j] = scatter[i * d + j]! + w * delta[i]! * delta[j]!;
  } else if (kind === "diagonal") {
    for (let i = 0; i < d; i++) scatter[i] = scatter[i]! + w * delta[i]! * delta[i]!;
  } else {
    for (let i = 0; i < d; i++) scatter[0] = scatter[0]! + w * delta[i]! * delta[i]!;
  }
  if (a.values && b.values) {
    const values = new Float64Array(a.values.length + b.values.length);
    values.set(a.values);
    values.set(b.values, a.values.length);
    return { count, mean, scatter, values };
  }
  return { count, mean, scatter };
}

/** n points drawn without replacement from a pool that kept its values (partial Fisher-Yates on rows). */
export function subsampleMvGaussianData(
  rng: Rng,
  pool: MvGaussianData,
  n: number,
  kind: CovarianceKind,
  d: number,
): MvGaussianData {
  const source = pool.values;
  if (!source) return pool;
  const rows = source.length / d;
  const order = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) order[r] = r;
  const take = Math.min(n, rows);
  for (let i = 0; i < take; i++) {
    const j = i + rng.int(rows - i);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  const values = new Float64Array(take * d);
  for (let i = 0; i < take; i++) values.set(source.subarray(order[i]! * d, order[i]! * d + d), i * d);
  return statsOfPoints(values, d, kind);
}
