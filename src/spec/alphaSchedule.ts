// The exogenous fraction alpha_t of each generation (docs/usage.md#alpha-schedules): indexed by s = t - 1 >= 1.
import type { AlphaSchedule } from "./types.js";

/** alpha at the s-th generation that contains synthetic data (s >= 1), i.e. at the fit t = s + 1. */
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
    case "list":
      return schedule.values[Math.min(s, schedule.values.length) - 1]!;
  }
}

/**
 * alpha_t for generation t. The fit at t = 1 uses exogenous data only (alpha = 1); from t = 2 on the schedule
 * is evaluated at s = t - 1, the number of generations that contain synthetic data so far.
 */
export function alphaAt(schedule: AlphaSchedule, t: number): number {
  return t <= 1 ? 1 : alphaAtStep(schedule, t - 1);
}

/** sum of alpha over the generations 2..t that mixed exogenous with synthetic data (0 for t <= 1). */
export function alphaSum(schedule: AlphaSchedule, t: number): number {
  let total = 0;
  for (let u = 2; u <= t; u++) total += alphaAt(schedule, u);
  return total;
}
