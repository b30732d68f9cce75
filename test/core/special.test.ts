// Special functions against known values (log factorials, Euler-Mascheroni, pi^2/6) and their recurrences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digamma, logFactorial, logGamma, trigamma } from "../../src/core/stats/special.js";

const EULER_GAMMA = 0.5772156649015329;
// digamma and trigamma: the asymptotic series' first omitted term is below 3e-14 (see special.ts) and the
// recurrence adds at most ten rounded terms, so 1e-13 bounds the error; the series cut at x >= 6 missed by 2e-10.
const PSI_TOL = 1e-13;

/** |actual - expected| <= rel * max(1, scale), scale the largest magnitude the computation went through. */
function close(actual: number, expected: number, rel: number, scale = Math.abs(expected)): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, scale));
}

describe("logGamma", () => {
  it("equals log((x - 1)!) at the integers, summed independently", () => {
    let logFact = 0;
    for (let k = 1; k <= 300; k++) {
      close(logGamma(k), logFact, 1e-13);
      logFact += Math.log(k);
    }
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it("matches known half-integer and small values", () => {
    close(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    close(logGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2), 1e-14);
    // Gamma(0.1) = 9.513507698668731836... (DLMF 5.4; Abramowitz & Stegun table 6.1 via Gamma(1.1)/0.1).
    close(logGamma(0.1), Math.log(9.513507698668732), 1e-14);
    // Large arguments: Stirling's series to three terms is accurate to ~1e-16 relative at x = 1e6.
    const x = 1e6;
    close(logGamma(x), (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x), 1e-15);
  });

  it("satisfies logGamma(x + 1) = logGamma(x) + log(x) (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        close(logGamma(x + 1), logGamma(x) + Math.log(x), 1e-12);
      }),
    );
  });
});

describe("logFactorial", () => {
  it("agrees with logGamma(k + 1) on both sides of its table", () => {
    for (const k of [0, 1, 2, 10, 100, 254, 255, 256, 257, 1000, 1e6])
      close(logFactorial(k), logGamma(k + 1), 1e-13);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
  });
});

describe("digamma", () => {
  it("matches known values: psi(1) = -gamma, psi(1/2) = -gamma - 2 ln 2, psi(n) = H_{n-1} - gamma", () => {
    close(digamma(1), -EULER_GAMMA, PSI_TOL);
    close(digamma(0.5), -EULER_GAMMA - 2 * Math.LN2, PSI_TOL);
    let harmonic = 0;
    for (let n = 1; n <= 50; n++) {
      close(digamma(n), harmonic - EULER_GAMMA, PSI_TOL);
      harmonic += 1 / n;
    }
  });

  it("satisfies psi(x + 1) = psi(x) + 1/x (property) and is the derivative of logGamma", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-2, max: 1e4, noNaN: true }), (x) => {
        close(digamma(x + 1), digamma(x) + 1 / x, PSI_TOL, Math.abs(digamma(x)) + 1 / x);
      }),
    );
    for (const x of [0.7, 3.2, 40]) {
      const h = 1e-5;
      close(digamma(x), (logGamma(x + h) - logGamma(x - h)) / (2 * h), 1e-8);
    }
  });
});

describe("trigamma", () => {
  it("matches known values: psi1(1) = pi^2/6, psi1(1/2) = pi^2/2, psi1(n) = pi^2/6 - sum_{k<n} 1/k^2", () => {
    close(trigamma(1), Math.PI ** 2 / 6, PSI_TOL);
    close(trigamma(0.5), Math.PI ** 2 / 2, PSI_TOL);
    let partial = 0;
    for (let n = 1; n <= 50; n++) {
      close(trigamma(n), Math.PI ** 2 / 6 - partial, PSI_TOL);
      partial += 1 / (n * n);
    }
  });

  it("satisfies psi1(x + 1) = psi1(x) - 1/x^2 (property) and is the derivative of digamma", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-2, max: 1e4, noNaN: true }), (x) => {
        close(trigamma(x + 1), trigamma(x) - 1 / (x * x), PSI_TOL, trigamma(x));
      }),
    );
    for (const x of [0.7, 3.2, 40]) {
      const h = 1e-5;
      close(trigamma(x), (digamma(x + h) - digamma(x - h)) / (2 * h), 1e-7);
    }
  });
});
