// Exact sufficient statistics of n draws from N(mu, C): xbar ~ N(mu, C / n) independent of the scatter ~ Wishart(C, n - 1) (Anderson, An Introduction to Multivariate Statistical Analysis, 3rd ed., thm. 3.3.2).
import { sampleChiSquare } from "../../core/random/gamma.js";
import type { Rng } from "../../core/rng.js";
import { choleskyFactor } from "./choleskyFactor.js";
import {
  type CovarianceKind,
  type MvGaussianData,
  reduceScatter,
  scatterLength,
  statsOfPoints,
} from "./mvgaussianData.js";
import { congruence, sampleStandardWishart } from "./sampleScatter.js";

/** A Gaussian in R^d; `structure` says what shape `cov` (row-major d x d) has, so sampling can take the cheap path. */
export interface MvGaussianModel {
  readonly mean: Float64Array;
  readonly cov: Float64Array;
  readonly structure: CovarianceKind;
}

/** A lower-triangular L with L L' = scale C (positive-semidefinite C: zero pivots give zero columns). */
function factorOf(model: MvGaussianModel, d: number, scale: number): Float64Array {
  if (model.structure !== "full") {
    const l = new Float64Array(d * d);
    for (let i = 0; i < d; i++) l[i * d + i] = Math.sqrt(scale * model.cov[i * d + i]!);
    return l;
  }
  const scaled = new Float64Array(d * d);
  for (let i = 0; i < d * d; i++) scaled[i] = scale * model.cov[i]!;
  return choleskyFactor(scaled, d, new Float64Array(d * d), true).l;
}

/** The mean and scatter (reduced to `kind`) of n draws from N(mean, scale cov), without drawing the points. */
export function sampleMvGaussianStats(
  rng: Rng,
  model: MvGaussianModel,
  n: number,
  d: number,
  kind: CovarianceKind,
  scale = 1,
): MvGaussianData {
  const mean = new Float64Array(d);
  if (n <= 0) return { count: 0, mean, scatter: new Float64Array(scatterLength(kind, d)) };
  const l = factorOf(model, d, scale);
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) z[i] = rng.normal();
  const root = 1 / Math.sqrt(n);
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let k = 0; k <= i; k++) s += l[i * d + k]! * z[k]!;
    mean[i] = model.mean[i]! + root * s;
  }
  const m = n - 1;
  let scatter: Float64Array;
  if (m === 0) {
    scatter = new Float64Array(scatterLength(kind, d));
  } else if (model.structure === "isotropic" && kind === "isotropic") {
    scatter = Float64Array.of(scale * model.cov[0]! * sampleChiSquare(rng, d * m));
  } else if (model.structure !== "full" && kind !== "full") {
    const diag = new Float64Array(d);
    for (let i = 0; i < d; i++) diag[i] = scale * model.cov[i * d + i]! * sampleChiSquare(rng, m);
    scatter = kind === "diagonal" ? diag : Float64Array.of(diag.reduce((a, b) => a + b, 0));
  } else {
    scatter = reduceScatter(congruence(l, sampleStandardWishart(rng, d, m), d), kind, d);
  }
  return { count: n, mean, scatter };
}

/** n individual draws x = mean + L z from N(mean, scale cov), with their statistics. */
export function sampleMvGaussianPoints(
  rng: Rng,
  model: MvGaussianModel,
  n: number,
  d: number,
  kind: CovarianceKind,
  scale = 1,
): MvGaussianData {
  const values = new Float64Array(Math.max(n, 0) * d);
  if (n > 0) {
    const l = factorOf(model, d, scale);
    const z = new Float64Array(d);
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < d; i++) z[i] = rng.normal();
      for (let i = 0; i < d; i++) {
        let s = model.mean[i]!;
        for (let k = 0; k <= i; k++) s += l[i * d + k]! * z[k]!;
        values[r * d + i] = s;
      }
    }
  }
  return statsOfPoints(values, d, kind);
}
