// Description length of a constant by its own code: small integers, rationals, pi and e are cheap, a free float costs its precision (Rissanen 1978; issue 4).
import { integerLength } from "../score/integerLength.js";

/** A constant together with the name of its code: how it is written and how many bits it takes. */
export interface CodedConstant {
  readonly value: number;
  readonly text: string;
  readonly length: number;
}

/** Bits of a free float: sign, exponent and a mantissa of this many bits. */
export const FLOAT_BITS = 40;

const TAG = 2; // four kinds: integer, rational, multiple of pi or e, free float

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The integer m (sign bit, then Elias gamma of |m| + 1). */
export function integerConstant(m: number): CodedConstant {
  return { value: m, text: String(m), length: TAG + 1 + integerLength(Math.abs(m) + 1) };
}

/** p / q in lowest terms, q >= 2. */
export function rationalConstant(p: number, q: number): CodedConstant {
  const g = gcd(Math.abs(p), q);
  const a = p / g;
  const b = q / g;
  if (b === 1) return integerConstant(a);
  return {
    value: a / b,
    text: `${a}/${b}`,
    length: TAG + 1 + integerLength(Math.abs(a)) + integerLength(b - 1),
  };
}

/** (p / q) * pi or (p / q) * e. */
export function specialConstant(p: number, q: number, name: "pi" | "e"): CodedConstant {
  const base = name === "pi" ? Math.PI : Math.E;
  const r = rationalConstant(p, q);
  const text = r.value === 1 ? name : r.value === -1 ? `-${name}` : `${r.text}*${name}`;
  return { value: r.value * base, text, length: r.length + 1 };
}

/** A float as measured (FLOAT_BITS bits of precision). */
export function floatConstant(value: number): CodedConstant {
  return { value, text: formatFloat(value), length: TAG + 1 + FLOAT_BITS };
}

/** A float written so that parsing it gives the same double. */
export function formatFloat(value: number): string {
  return Number.isInteger(value) ? `${value}` : String(value);
}

/**
 * The simple constants near `value`, cheapest first: integers, rationals p/q with q <= maxDenominator and the same
 * multiples of pi and e, within `tolerance` (relative, at least absolute 1e-12) of value.
 */
export function snapCandidates(value: number, tolerance: number, maxDenominator = 12): CodedConstant[] {
  if (!Number.isFinite(value)) return [];
  const out: CodedConstant[] = [];
  const tol = Math.max(Math.abs(value) * tolerance, tolerance);
  const seen = new Set<string>();
  const push = (c: CodedConstant) => {
    if (Math.abs(c.value - value) <= tol && !seen.has(c.text)) {
      seen.add(c.text);
      out.push(c);
    }
  };
  for (let q = 1; q <= maxDenominator; q++) {
    const p = Math.round(value * q);
    if (Math.abs(p) > 1e6) break;
    if (p !== 0) push(q === 1 ? integerConstant(p) : rationalConstant(p, q));
    for (const name of ["pi", "e"] as const) {
      const base = name === "pi" ? Math.PI : Math.E;
      const ps = Math.round((value / base) * q);
      if (ps !== 0 && Math.abs(ps) <= 1e4) push(specialConstant(ps, q, name));
    }
  }
  return out.sort((a, b) => a.length - b.length);
}
