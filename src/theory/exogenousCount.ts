// Exogenous sample counts per generation, as the contract's generation convention fixes them (docs/theory.md#conventions).
import { alphaAtStep } from "../spec/alphaSchedule.js";
import type { AlphaSchedule } from "../spec/types.js";

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
