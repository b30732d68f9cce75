// Observational equivalence for bottom-up enumeration: two programs with the same outputs on the data are one (Udupa et al. 2013, TRANSIT).

const TWO_32 = 4294967296;

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca77) >>> 0;
}

/** A 53-bit hash of the values rounded at `scale` (1e7 keeps about 7 decimals). */
export function hashValues(v: Float64Array, scale: number): number {
  let a = 0x811c9dc5;
  let b = 0x1b873593;
  for (let i = 0; i < v.length; i++) {
    const q = Math.round(v[i]! * scale);
    const lo = q - Math.floor(q / TWO_32) * TWO_32;
    const hi = Math.floor(q / TWO_32) | 0;
    a = mix(a, lo | 0);
    a = mix(a, hi);
    b = mix(b, (lo | 0) ^ 0x27d4eb2d);
  }
  return a * 2097152 + (b & 0x1fffff);
}

/** v centred and scaled to unit norm, its sign fixed by the first clearly non-zero entry; null when v is constant. */
export function normaliseAffine(v: Float64Array): Float64Array | null {
  const n = v.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += v[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (v[i]! - mean) ** 2;
  const scale = Math.max(Math.abs(mean), 1);
  if (!(ss > 1e-20 * n * scale * scale) || !Number.isFinite(ss)) return null;
  const inv = 1 / Math.sqrt(ss);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = (v[i]! - mean) * inv;
  let sign = 1;
  for (let i = 0; i < n; i++) {
    if (Math.abs(z[i]!) > 1e-6) {
      sign = z[i]! > 0 ? 1 : -1;
      break;
    }
  }
  if (sign < 0) for (let i = 0; i < n; i++) z[i] = -z[i]!;
  return z;
}
