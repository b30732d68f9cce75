// The type of a closed-form curve over generations (docs/theory.md#conventions).

/** The theory value of one metric at generation t (t = 0 is P*), or null where no closed form holds at that t. */
export type TheoryCurve = (t: number) => number | null;

/** A metric name -> curve map; a metric with no closed form for the spec is absent. */
export type TheoryCurves = Readonly<Record<string, TheoryCurve>>;
