// Least squares by modified Gram-Schmidt QR (Golub & Van Loan 2013, sec. 5.2.8): the linear constants of a term combination.

export interface LinearFit {
  readonly coefficients: Float64Array;
  readonly intercept: number;
  readonly sse: number;
}

/**
 * Minimises |y - intercept - sum_k c_k cols_k|^2 (intercept fixed at 0 when withIntercept is false). Collinear columns
 * get coefficient 0; a non-finite result gives sse = Infinity (never throws).
 */
export function fitLinear(y: Float64Array, cols: readonly Float64Array[], withIntercept: boolean): LinearFit {
  const n = y.length;
  const k = cols.length;
  const m = k + (withIntercept ? 1 : 0);
  const q: Float64Array[] = [];
  const r = new Float64Array(m * m);
  const active: boolean[] = [];
  const source = withIntercept ? [new Float64Array(n).fill(1), ...cols] : [...cols];
  for (let j = 0; j < m; j++) {
    const v = Float64Array.from(source[j]!);
    let norm0 = 0;
    for (let t = 0; t < n; t++) norm0 += v[t]! * v[t]!;
    norm0 = Math.sqrt(norm0);
    for (let i = 0; i < j; i++) {
      if (!active[i]) continue;
      const qi = q[i]!;
      let dot = 0;
      for (let t = 0; t < n; t++) dot += qi[t]! * v[t]!;
      r[i * m + j] = dot;
      for (let t = 0; t < n; t++) v[t] = v[t]! - dot * qi[t]!;
    }
    let norm = 0;
    for (let t = 0; t < n; t++) norm += v[t]! * v[t]!;
    norm = Math.sqrt(norm);
    const ok = Number.isFinite(norm) && norm > 1e-10 * Math.max(norm0, 1e-300);
    active.push(ok);
    if (ok) for (let t = 0; t < n; t++) v[t] = v[t]! / norm;
    r[j * m + j] = ok ? norm : 0;
    q.push(v);
  }
  const qty = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    if (!active[j]) continue;
    let dot = 0;
    for (let t = 0; t < n; t++) dot += q[j]![t]! * y[t]!;
    qty[j] = dot;
  }
  const beta = new Float64Array(m);
  for (let j = m - 1; j >= 0; j--) {
    if (!active[j]) continue;
    let s = qty[j]!;
    for (let i = j + 1; i < m; i++) s -= r[j * m + i]! * beta[i]!;
    beta[j] = s / r[j * m + j]!;
  }
  const intercept = withIntercept ? beta[0]! : 0;
  const coefficients = beta.slice(withIntercept ? 1 : 0);
  let sse = 0;
  for (let t = 0; t < n; t++) {
    let f = intercept;
    for (let j = 0; j < k; j++) f += coefficients[j]! * cols[j]![t]!;
    sse += (y[t]! - f) ** 2;
  }
  return { coefficients, intercept, sse: Number.isFinite(sse) ? sse : Number.POSITIVE_INFINITY };
}
