// Exogenous sample counts per generation, as the contract's generation convention fixes them (docs/theory.md#conventions).
import type { AlphaSchedule } from "../spec/types.js";

/** alpha at the s-th generation that contains synthetic data (s >= 1), i.e. at fit t = s + 1. */
export function alphaAtStep(schedule: AlphaSchedule, s: number): number {
  switch (schedule.schedule) {
    case "constant":
      return schedule.value;
    case "harmonic":
      return schedule.a0 / s;
    case "power":
      return schedule.a0 / s ** schedule.p;
    case "exponential":
      return schedule.a0 * Math.exp(-schedule.rate * (s - 1));
    case "list": {
      const values = schedule.values;
      if (values.length === 0) return 0;
      return values[Math.min(s, values.length) - 1]!;
    }
  }
}

/**
 * Fresh exogenous samples in the fit at generation t >= 1: n at t = 1, round(alpha_{t-1} n) after.
 * Math.round, like the loop; values are clamped to [0, n].
 */
export function exogenousCount(schedule: AlphaSchedule, n: number, t: number): number {
  if (t <= 1) return n;
  const k = Math.round(alphaAtStep(schedule, t - 1) * n);
  return Math.min(n, Math.max(0, k));
}

/** True when no generation 2..t draws any fresh exogenous sample (the pure self-consuming loop up to t). */
export function noFreshDataUpTo(schedule: AlphaSchedule, n: number, t: number): boolean {
  for (let j = 2; j <= t; j++) if (exogenousCount(schedule, n, j) !== 0) return false;
  return true;
}
