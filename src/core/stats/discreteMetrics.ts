// Divergences and diversity of discrete distributions (plug-in; natural logarithms): Cover & Thomas, Elements of Information Theory, ch. 2.

/** The contract's discrete metric names, in report order. */
export const DISCRETE_METRICS = [
  "entropy",
  "gini_simpson",
  "support",
  "kl_rev",
  "tv",
  "sq_dist",
  "fixed",
] as const;

/** ln q for each outcome (-Infinity where q = 0): pass it to measureDiscrete when q is measured against often. */
export function logProbabilities(q: ArrayLike<number>): Float64Array {
  return Float64Array.from(q, (x) => Math.log(x));
}

/**
 * Writes the discrete metrics of p against the truth q into out[offset..offset+7):
 * entropy H(p), Gini-Simpson 1 - sum p^2, support #{p > 0}, KL(p || q), total variation, sum (p - q)^2, fixed (1 if one outcome left).
 * `logQ` (from logProbabilities(q)) saves a logarithm per outcome; the results are the same to the bit.
 */
export function measureDiscrete(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  out: Float64Array,
  offset = 0,
  logQ: ArrayLike<number> | null = null,
): void {
  let entropy = 0;
  let sumSq = 0;
  let support = 0;
  let kl = 0;
  let tv = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    const d = pi - qi;
    tv += Math.abs(d);
    sq += d * d;
    if (pi > 0) {
      support++;
      const lp = Math.log(pi);
      entropy -= pi * lp;
      sumSq += pi * pi;
      kl += qi > 0 ? pi * (lp - (logQ ? logQ[i]! : Math.log(qi))) : Number.POSITIVE_INFINITY;
    }
  }
  out[offset] = entropy;
  out[offset + 1] = 1 - sumSq;
  out[offset + 2] = support;
  out[offset + 3] = kl;
  out[offset + 4] = tv / 2;
  out[offset + 5] = sq;
  out[offset + 6] = support === 1 ? 1 : 0;
}

/** Shannon entropy of a probability vector in nats. */
export function entropyOf(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (pi > 0) h -= pi * Math.log(pi);
  }
  return h;
}

/** p^(1/temperature), renormalised, computed in log space so that small probabilities do not underflow early. */
export function applyTemperature(
  p: ArrayLike<number>,
  temperature: number,
  out: Float64Array = new Float64Array(p.length),
): Float64Array {
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (pi > 0) maxLog = Math.max(maxLog, Math.log(pi));
  }
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const w = pi > 0 ? Math.exp((Math.log(pi) - maxLog) / temperature) : 0;
    out[i] = w;
    total += w;
  }
  for (let i = 0; i < p.length; i++) out[i] = out[i]! / total;
  return out;
}
