// The infinite-sample temperature map in log space, with fresh data and a reservoir (docs/theory.md#temperature); an approximation for finite n.

/** log-sum-exp of a vector (-Infinity entries allowed). */
export function logSumExp(logs: ArrayLike<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logs.length; i++) if (logs[i]! > max) max = logs[i]!;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < logs.length; i++) sum += Math.exp(logs[i]! - max);
  return max + Math.log(sum);
}

/**
 * log of normalize(p^exponent) from log p, for any exponent in [0, Infinity]: shifting by the largest log first keeps
 * the mode at 0 (no Infinity * 0), and zero-probability outcomes stay at -Infinity.
 */
export function powerLog(logs: ArrayLike<number>, exponent: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logs.length; i++) if (logs[i]! > max) max = logs[i]!;
  const out = new Float64Array(logs.length);
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    out[i] = l === Number.NEGATIVE_INFINITY ? l : l === max ? 0 : (l - max) * exponent;
  }
  const z = logSumExp(out);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! - z;
  return out;
}

/** log of normalize(p^(1/tau)) from log p. */
export function temperLog(logs: ArrayLike<number>, tau: number): Float64Array {
  return powerLog(logs, 1 / tau);
}

/** No fresh data, no reservoir: log p_t = tau^-(t-1) log p* - log Z_t for t >= 1 (p_1 = p*: the first fit is exogenous). */
export function temperatureMapLog(logStar: ArrayLike<number>, tau: number, t: number): Float64Array {
  return powerLog(logStar, Math.exp(-Math.max(0, t - 1) * Math.log(tau)));
}

/** log of w1 p1 + w2 p2 (weights may be 0). */
function mixLog(w1: number, l1: ArrayLike<number>, w2: number, l2: ArrayLike<number>): Float64Array {
  const out = new Float64Array(l1.length);
  const lw1 = Math.log(w1);
  const lw2 = Math.log(w2);
  for (let i = 0; i < l1.length; i++) {
    const x = lw1 + l1[i]!;
    const y = lw2 + l2[i]!;
    const m = Math.max(x, y);
    out[i] = m === Number.NEGATIVE_INFINITY ? m : m + Math.log(Math.exp(x - m) + Math.exp(y - m));
  }
  return out;
}

/** One infinite-sample fit: p <- (1 - lambda)[alpha p* + (1 - alpha) normalize(p^(1/tau))] + lambda/K. */
export function temperatureFreshStep(
  logs: ArrayLike<number>,
  logStar: ArrayLike<number>,
  tau: number,
  alpha: number,
  reservoir: number,
): Float64Array {
  let next = alpha >= 1 ? Float64Array.from(logStar) : temperLog(logs, tau);
  if (alpha > 0 && alpha < 1) next = mixLog(alpha, logStar, 1 - alpha, next);
  if (reservoir > 0)
    next = mixLog(1 - reservoir, next, reservoir, new Float64Array(logs.length).fill(-Math.log(logs.length)));
  return next;
}

/** The stable fixed point of p <- alpha p* + (1 - alpha) normalize(p^(1/tau)), by iteration (from p* by default). */
export function temperatureFreshFixedPoint(
  logStar: ArrayLike<number>,
  tau: number,
  alpha: number,
  start: ArrayLike<number> = logStar,
  tolerance = 1e-13,
  maxIterations = 100_000,
): Float64Array {
  let logs: Float64Array = Float64Array.from(start);
  for (let i = 0; i < maxIterations; i++) {
    const next = temperatureFreshStep(logs, logStar, tau, alpha, 0);
    let change = 0;
    for (let j = 0; j < next.length; j++) change += Math.abs(Math.exp(next[j]!) - Math.exp(logs[j]!));
    logs = next;
    if (change < tolerance) break;
  }
  return logs;
}

/** The discrete metrics of a distribution given in log space, against P*. */
export function discreteMetricsOfLog(
  logs: ArrayLike<number>,
  star: readonly number[],
): { entropy: number; gini_simpson: number; kl_rev: number; tv: number; sq_dist: number } {
  let entropy = 0;
  let sumSq = 0;
  let kl = 0;
  let tv = 0;
  let sq = 0;
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    const p = Math.exp(l);
    const q = star[i]!;
    if (p > 0) {
      entropy -= p * l;
      kl += p * (l - Math.log(q));
    }
    sumSq += p * p;
    tv += Math.abs(p - q);
    sq += (p - q) * (p - q);
  }
  return { entropy, gini_simpson: 1 - sumSq, kl_rev: kl, tv: tv / 2, sq_dist: sq };
}
