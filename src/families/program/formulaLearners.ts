// Numeric learners for y = f(x) + e: the symbolic learner's MAP expression, and the density matchers of issue 4, a least-squares polynomial and k-nearest neighbours, each with Gaussian noise.
import { loadOnFirstUse } from "../../core/loadOnFirstUse.js";
import { fitLinear } from "../../synthesis/expressions/fitLinear.js";

/** mathjs, loaded on first use: it costs about half a second, which every other command should not pay. */
const mathjs = loadOnFirstUse<typeof import("mathjs")>(import.meta.url, "mathjs");
function compile(text: string) {
  return mathjs().compile(text);
}

const compiled = new Map<string, (x: number) => number>();

/** f(x) for an expression over x1 (cached per text); NaN where undefined. */
export function expressionFunction(text: string): (x: number) => number {
  const hit = compiled.get(text);
  if (hit) return hit;
  let f: (x: number) => number;
  try {
    const code = compile(text);
    f = (x) => {
      try {
        const v = code.evaluate({ x1: x });
        return typeof v === "number" ? v : Number.NaN;
      } catch {
        return Number.NaN;
      }
    };
  } catch {
    f = () => Number.NaN;
  }
  compiled.set(text, f);
  return f;
}

export function fitPolynomial(x: Float64Array, y: Float64Array, degree: number): Float64Array {
  const cols = Array.from({ length: degree }, (_, d) => x.map((v) => v ** (d + 1)));
  const fit = fitLinear(y, cols, true);
  return Float64Array.of(fit.intercept, ...fit.coefficients);
}

export function polynomialValue(c: Float64Array, x: number): number {
  let v = 0;
  for (let d = c.length - 1; d >= 0; d--) v = v * x + c[d]!;
  return v;
}

/** Mean of the k nearest training targets (ties by index). */
export function knnValue(xs: Float64Array, ys: Float64Array, k: number, x: number): number {
  const idx = Array.from(xs.keys()).sort((a, b) => Math.abs(xs[a]! - x) - Math.abs(xs[b]! - x) || a - b);
  let s = 0;
  const m = Math.min(k, idx.length);
  for (let i = 0; i < m; i++) s += ys[idx[i]!]!;
  return m > 0 ? s / m : Number.NaN;
}
