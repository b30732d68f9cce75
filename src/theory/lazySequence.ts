// A memoised sequence x_0, x_1, ... defined by a step x_{t} = step(x_{t-1}, t); used by the exact recursions (docs/theory.md#conventions).

/** Returns t -> x_t for integer t >= 0 (null for negative or non-integer t), computing each term once. */
export function lazySequence<S>(initial: S, step: (previous: S, t: number) => S): (t: number) => S | null {
  const terms: S[] = [initial];
  return (t: number) => {
    if (!Number.isInteger(t) || t < 0) return null;
    while (terms.length <= t) terms.push(step(terms[terms.length - 1]!, terms.length));
    return terms[t]!;
  };
}
