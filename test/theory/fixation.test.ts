// Exact absorbing-chain computations for the two-outcome Wright-Fisher loop against the diffusion approximations.
import { describe, expect, it } from "vitest";
import { logFactorial } from "../../src/core/stats/special.js";
import {
  conditionalFixationTime,
  conditionalLossTime,
  fixationProbability,
  meanFixationTime,
  meanFixationTimeUniform,
  singleCopyFixationTime,
  singleCopyLossTime,
} from "../../src/theory/wrightFisherFixation.js";

/** P[i][j] = Bin(j; n, i/n). */
function transition(n: number): Float64Array[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const row = new Float64Array(n + 1);
    const p = i / n;
    for (let j = 0; j <= n; j++) {
      if (p === 0) row[j] = j === 0 ? 1 : 0;
      else if (p === 1) row[j] = j === n ? 1 : 0;
      else {
        row[j] = Math.exp(
          logFactorial(n) -
            logFactorial(j) -
            logFactorial(n - j) +
            j * Math.log(p) +
            (n - j) * Math.log1p(-p),
        );
      }
    }
    return row;
  });
}

/** Solves (I - Q) x = 1 over the interior states 1..n-1 with Q[i][j] = P[i][j] h(j)/h(i) (Doob's h-transform). */
function meanAbsorption(P: Float64Array[], h: (i: number) => number): Float64Array {
  const n = P.length - 1;
  const m = n - 1;
  const A = Array.from({ length: m }, (_, r) => {
    const row = new Float64Array(m + 1);
    const i = r + 1;
    for (let c = 0; c < m; c++) row[c] = (r === c ? 1 : 0) - (P[i]![c + 1]! * h(c + 1)) / h(i);
    row[m] = 1;
    return row;
  });
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[pivot]![col]!)) pivot = r;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = A[r]![col]! / A[col]![col]!;
      if (f !== 0) for (let c = col; c <= m; c++) A[r]![c] = A[r]![c]! - f * A[col]![c]!;
    }
  }
  const x = new Float64Array(n + 1);
  for (let r = 0; r < m; r++) x[r + 1] = A[r]![m]! / A[r]![r]!;
  return x;
}

describe("Wright-Fisher fixation, exact chain vs diffusion", () => {
  const n = 100;
  const P = transition(n);

  it("Pr(fixation) = p0 exactly (p_t is a martingale)", () => {
    let v = new Float64Array(n + 1);
    v[n] = 1;
    for (let t = 0; t < 3000; t++) {
      const next = new Float64Array(n + 1);
      for (let i = 0; i <= n; i++) for (let j = 0; j <= n; j++) next[i] = next[i]! + P[i]![j]! * v[j]!;
      v = next;
    }
    for (const i of [1, 10, 50, 73]) expect(v[i]!).toBeCloseTo(fixationProbability([1 - i / n, i / n], 1), 6);
  });

  it("mean time until one outcome is left is within 3% of -2n sum (1 - p) ln(1 - p)", () => {
    const T = meanAbsorption(P, () => 1);
    for (const i of [50, 30, 10]) {
      const p = i / n;
      const theory = meanFixationTime([p, 1 - p], n);
      expect(Math.abs(T[i]! - theory) / theory).toBeLessThan(0.03);
    }
    expect(meanFixationTime([0.5, 0.5], n)).toBeCloseTo(meanFixationTimeUniform(2, n), 12);
    expect(meanFixationTimeUniform(2, n)).toBeCloseTo(2 * n * Math.LN2, 12);
  });

  it("a single copy: conditional fixation and loss times within 8% of the diffusion values", () => {
    const fix = meanAbsorption(P, (i) => i / n);
    const loss = meanAbsorption(P, (i) => 1 - i / n);
    expect(Math.abs(fix[1]! - singleCopyFixationTime(n)) / singleCopyFixationTime(n)).toBeLessThan(0.08);
    expect(Math.abs(loss[1]! - singleCopyLossTime(n)) / singleCopyLossTime(n)).toBeLessThan(0.08);
    expect(singleCopyFixationTime(n) / (2 * n)).toBeCloseTo(1, 1);
  });

  it("the two conditional times average to the unconditional one, and T solves the backward equation", () => {
    for (const p of [0.01, 0.2, 0.5, 0.9]) {
      const mix = p * conditionalFixationTime(p, n) + (1 - p) * conditionalLossTime(p, n);
      expect(mix).toBeCloseTo(meanFixationTime([p, 1 - p], n), 8);
    }
    // K = 3: (1/(2n)) sum_ij p_i (delta_ij - p_j) d_ij T = -1, by finite differences.
    const p = [0.2, 0.3, 0.5];
    const h = 1e-4;
    const T = (q: number[]) => meanFixationTime([q[0]!, q[1]!, 1 - q[0]! - q[1]!], n);
    const d2 = (i: number, j: number) => {
      const e = (a: number, b: number) => {
        const q = [p[0]!, p[1]!];
        q[i]! += a;
        q[j]! += b;
        return T(q);
      };
      return (e(h, h) - e(h, -h) - e(-h, h) + e(-h, -h)) / (4 * h * h);
    };
    let lt = 0;
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) lt += p[i]! * ((i === j ? 1 : 0) - p[j]!) * d2(i, j);
    expect(lt / (2 * n)).toBeCloseTo(-1, 3);
  });
});
