// The most probable candidates in order, sorting only as far as a top-k / top-p cut needs: partial quicksort
// (Martínez, "Partial Quicksort", ALENEX/ANALCO 2004) with three-way partitions (Bentley & McIlroy, "Engineering a
// Sort Function", 1993), so that a smoothed model's many equal probabilities cost one pass, not a sort.

/** Below this many candidates a range is finished by insertion sort. */
const SMALL = 16;
/** A range on the stack whose candidates all have one probability: ordered by index alone. */
const TIED = -1;

/**
 * Writes candidate indices into `order`, more probable first and lower index on ties, until `limit` are written or
 * the mass of those written (sum of probs / total, accumulated in that order) reaches `mass`; returns how many.
 * The same indices, in the same order, as a full sort cut the same way. `order` needs room for `size`. Candidates
 * are in ascending token id (Candidates says so), so lower index is lower id.
 */
export function leadingCandidates(
  probs: Float64Array,
  size: number,
  limit: number,
  mass: number,
  total: number,
  order: Int32Array,
): number {
  const want = Math.min(limit, size);
  if (want <= 0) return 0;
  for (let j = 0; j < size; j++) order[j] = j;
  // Ranges still to order as (lo, hi, kind) triples, the leftmost on top; everything left of it is in place.
  const stack: number[] = [0, size - 1, 0];
  let kept = 0;
  let reached = 0;
  while (stack.length > 0) {
    const kind = stack.pop()!;
    let top = stack.pop()!;
    let lo = stack.pop()!;
    if (kind === TIED) order.subarray(lo, top + 1).sort();
    else {
      while (top - lo >= SMALL) {
        partition(order, lo, top, probs);
        // partition left [lo, less) above the pivot value, [less, greater] equal to it, (greater, top] below.
        stack.push(greater + 1, top, 0, less, greater, TIED);
        top = less - 1;
      }
      insertionSort(order, lo, top, probs);
    }
    for (; lo <= top; lo++) {
      reached += probs[order[lo]!]! / total;
      kept++;
      if (kept >= want || reached >= mass) return kept;
    }
  }
  return kept;
}

// partition's result: the first and last place of the candidates equal to the pivot. Module variables, so the
// function returns nothing that needs type feedback after its loop.
let less = 0;
let greater = 0;

/** Dijkstra's three-way partition of order[lo..hi] by probability, descending, around the median of three. */
function partition(order: Int32Array, lo: number, hi: number, probs: Float64Array): void {
  const a = probs[order[lo]!]!;
  const b = probs[order[(lo + hi) >>> 1]!]!;
  const c = probs[order[hi]!]!;
  const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  let lt = lo;
  let i = lo;
  let gt = hi;
  while (i <= gt) {
    const p = probs[order[i]!]!;
    if (p > pivot) swap(order, lt++, i++);
    else if (p < pivot) swap(order, i, gt--);
    else i++;
  }
  less = lt;
  greater = gt;
}

function insertionSort(order: Int32Array, lo: number, hi: number, probs: Float64Array): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = order[i]!;
    const p = probs[x]!;
    let j = i - 1;
    while (j >= lo && (p > probs[order[j]!]! || (p === probs[order[j]!]! && x < order[j]!))) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
}

function swap(order: Int32Array, i: number, j: number): void {
  const t = order[i]!;
  order[i] = order[j]!;
  order[j] = t;
}
