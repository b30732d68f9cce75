// The values of one sweep axis: a list as given, or a range {from, to, step} | {from, to, count} | {from, count, step}.
import { inputError } from "../core/errors.js";

/** A range of numbers; `to` is included when the steps land on it. */
export interface AxisRange {
  readonly from: number;
  readonly to?: number | undefined;
  readonly step?: number | undefined;
  readonly count?: number | undefined;
}

/** At most this many values per axis (a typo such as step 1e-9 fails fast instead of filling memory). */
export const MAX_AXIS_VALUES = 100_000;

/** 12 significant digits: 0.1 + 2 * 0.1 is swept as 0.3, not 0.30000000000000004. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

const RANGE_FORMS = "{from, to, step} (step default 1), {from, to, count} or {from, count, step}";

/** Expands an axis; `path` names it in errors (e.g. `axes.data.n`). */
export function axisValues(path: string, values: readonly unknown[] | AxisRange): readonly unknown[] {
  if (Array.isArray(values)) return values;
  const range = values as AxisRange;
  const { from, to, step, count } = range;
  let n: number;
  let at: (i: number) => number;
  if (to !== undefined && count !== undefined) {
    if (step !== undefined) throw inputError(path, range, `one of ${RANGE_FORMS}`, "bad range");
    n = count;
    at = (i) => (n === 1 ? from : from + ((to - from) * i) / (n - 1));
  } else if (to !== undefined) {
    const s = step ?? 1;
    if (s === 0) throw inputError(`${path}.step`, s, "a step other than 0", "bad range");
    // Empty when the step points away from `to`: reported by the caller as an empty product.
    n = (to - from) / s < 0 ? 0 : Math.floor((to - from) / s + 1e-9) + 1;
    at = (i) => from + s * i;
  } else if (count !== undefined) {
    const s = step ?? 1;
    n = count;
    at = (i) => from + s * i;
  } else {
    throw inputError(path, range, RANGE_FORMS, "bad range");
  }
  if (n > MAX_AXIS_VALUES) {
    throw inputError(
      path,
      range,
      `a range of at most ${MAX_AXIS_VALUES} values (this one has ${n})`,
      "bad range",
    );
  }
  return Array.from({ length: n }, (_, i) => tidy(at(i)));
}
