// Cholesky factorisation A = L L' of a symmetric matrix, row by row (Golub & Van Loan, Matrix Computations, 4th ed., alg. 4.2.1).

/**
 * Writes the lower-triangular L (row-major d x d, zeros above the diagonal) into `out`. `failedAt` is -1, or the
 * index of the first pivot that is not > 1e-13 max_i A_ii (A is not numerically positive definite: the
 * factorisation stops there). With `semidefinite`, such a pivot is taken as 0, its column left at 0, and the
 * factorisation goes on (a positive-semidefinite A, e.g. a rank-deficient fit); `failedAt` names the first one.
 */
export function choleskyFactor(
  a: ArrayLike<number>,
  d: number,
  out: Float64Array = new Float64Array(d * d),
  semidefinite = false,
): { readonly l: Float64Array; readonly failedAt: number } {
  out.fill(0);
  let failedAt = -1;
  let scale = 0;
  for (let i = 0; i < d; i++) scale = Math.max(scale, Math.abs(a[i * d + i]!));
  const floor = 1e-13 * scale;
  for (let j = 0; j < d; j++) {
    let s = a[j * d + j]!;
    for (let k = 0; k < j; k++) s -= out[j * d + k]! * out[j * d + k]!;
    if (!(s > floor)) {
      if (failedAt < 0) failedAt = j;
      if (!semidefinite) return { l: out, failedAt };
      continue;
    }
    const ljj = Math.sqrt(s);
    out[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = a[i * d + j]!;
      for (let k = 0; k < j; k++) t -= out[i * d + k]! * out[j * d + k]!;
      out[i * d + j] = t / ljj;
    }
  }
  return { l: out, failedAt };
}

/** ln det A from its Cholesky factor: 2 sum ln L_jj (-Infinity when a pivot is 0). */
export function logDetFromCholesky(l: Float64Array, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += Math.log(l[j * d + j]!);
  return 2 * s;
}

/** A^-1 = L'^-1 L^-1 from the Cholesky factor of a positive-definite A (row-major d x d). */
export function inverseFromCholesky(l: Float64Array, d: number): Float64Array {
  const inv = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    inv[j * d + j] = 1 / l[j * d + j]!;
    for (let i = j + 1; i < d; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i * d + k]! * inv[k * d + j]!;
      inv[i * d + j] = s / l[i * d + i]!;
    }
  }
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < d; k++) s += inv[k * d + i]! * inv[k * d + j]!;
      out[i * d + j] = s;
      out[j * d + i] = s;
    }
  }
  return out;
}
