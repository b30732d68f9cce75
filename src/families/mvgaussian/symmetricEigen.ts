// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (Golub & Van Loan, Matrix Computations, 4th ed., sec. 8.5.3); fine for d <= 64.

/** Eigenvalues (unsorted) and, when asked, eigenvectors as the columns of a row-major d x d matrix. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array | null;
}

const MAX_SWEEPS = 100;

/** Cost about 6-10 sweeps of 2 d^3 flops each; never throws (NaN input gives NaN values). */
export function symmetricEigen(a: ArrayLike<number>, d: number, withVectors = false): SymmetricEigen {
  const m = Float64Array.from(a as ArrayLike<number>);
  const v = withVectors ? new Float64Array(d * d) : null;
  if (v) for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < d; i++) {
      diag += m[i * d + i]! ** 2;
      for (let j = i + 1; j < d; j++) off += m[i * d + j]! ** 2;
    }
    if (!(off > 1e-32 * diag)) break;
    for (let p = 0; p < d - 1; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = m[p * d + q]!;
        if (apq === 0) continue;
        const theta = (m[q * d + q]! - m[p * d + p]!) / (2 * apq);
        const t =
          Math.abs(theta) > 1e150
            ? 1 / (2 * theta)
            : Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = m[k * d + p]!;
          const akq = m[k * d + q]!;
          m[k * d + p] = c * akp - s * akq;
          m[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = m[p * d + k]!;
          const aqk = m[q * d + k]!;
          m[p * d + k] = c * apk - s * aqk;
          m[q * d + k] = s * apk + c * aqk;
        }
        if (v) {
          for (let k = 0; k < d; k++) {
            const vkp = v[k * d + p]!;
            const vkq = v[k * d + q]!;
            v[k * d + p] = c * vkp - s * vkq;
            v[k * d + q] = s * vkp + c * vkq;
          }
        }
      }
    }
  }
  const values = new Float64Array(d);
  for (let i = 0; i < d; i++) values[i] = m[i * d + i]!;
  return { values, vectors: v };
}

/** The symmetric square root V diag(sqrt(max(lambda, 0))) V' of a symmetric positive-semidefinite matrix. */
export function symmetricSqrt(a: ArrayLike<number>, d: number): Float64Array {
  const { values, vectors } = symmetricEigen(a, d, true);
  const v = vectors!;
  const out = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += v[i * d + k]! * Math.sqrt(Math.max(values[k]!, 0)) * v[j * d + k]!;
      out[i * d + j] = s;
      out[j * d + i] = s;
    }
  }
  return out;
}
