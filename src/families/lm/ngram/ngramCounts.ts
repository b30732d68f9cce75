// n-gram counts in a reversed-context trie, with the continuation counts N1+(. h w) and per-order discounts of
// interpolated Kneser-Ney (Kneser & Ney 1995; Chen & Goodman 1998, sec. 3.4, D = n1 / (n1 + 2 n2)).

/**
 * Node 0 is the empty context; the child of node h for token c is the context c h (one token further back), so a
 * node at depth d is a context of d tokens. Contexts before a block's start are padded with BOS = vocabulary.
 * Entries (continuations w of a context) are stored per node, sorted by token.
 */
export interface NgramCounts {
  readonly order: number;
  readonly vocabulary: number;
  readonly children: Map<number, number>;
  readonly offsets: Uint32Array;
  readonly tokens: Uint32Array;
  /** Raw counts c(h w) and their running sums within each node. */
  readonly counts: Float64Array;
  readonly cumCounts: Float64Array;
  readonly totals: Float64Array;
  /** Kneser-Ney counts: raw at the highest order, continuation counts N1+(. h w) below; running sums and totals. */
  readonly knCounts: Float64Array;
  readonly knCum: Float64Array;
  readonly knTotals: Float64Array;
  /** Discount of each depth (context length 0 .. order - 1). */
  readonly discounts: Float64Array;
  readonly depth: Uint8Array;
}

/** Entry index of token w in node's entries, or -1 (binary search). */
export function findEntry(counts: NgramCounts, node: number, w: number): number {
  let lo = counts.offsets[node]!;
  let hi = counts.offsets[node + 1]! - 1;
  const tokens = counts.tokens;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = tokens[mid]!;
    if (t === w) return mid;
    if (t < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Counts every k-gram (k = 1..order) of `count` blocks of `block` tokens with ids below `vocabulary`. */
export function buildNgramCounts(
  data: Uint32Array,
  count: number,
  block: number,
  order: number,
  vocabulary: number,
): NgramCounts {
  const V = vocabulary;
  const base = V + 1;
  const bos = V;
  const children = new Map<number, number>();
  const parent: number[] = [0];
  const depthOf: number[] = [0];
  const positions = count * block;
  // Entry keys node * V + w for every position and depth, counted by sorting (faster than a map of counters).
  const keys = new Float64Array(positions * order);
  let k = 0;
  for (let b = 0; b < count; b++) {
    const start = b * block;
    for (let i = 0; i < block; i++) {
      const w = data[start + i]!;
      let node = 0;
      keys[k++] = w;
      for (let d = 1; d < order; d++) {
        const c = i - d >= 0 ? data[start + i - d]! : bos;
        const key = node * base + c;
        let child = children.get(key);
        if (child === undefined) {
          child = parent.length;
          children.set(key, child);
          parent.push(node);
          depthOf.push(d);
        }
        node = child;
        keys[k++] = node * V + w;
      }
    }
  }
  keys.sort();
  const nodes = parent.length;
  let entries = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) entries++;
  const tokens = new Uint32Array(entries);
  const counts = new Float64Array(entries);
  const entryNode = new Uint32Array(entries);
  const offsets = new Uint32Array(nodes + 1);
  let e = -1;
  for (let i = 0; i < keys.length; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) {
      e++;
      const key = keys[i]!;
      const node = Math.floor(key / V);
      entryNode[e] = node;
      tokens[e] = key - node * V;
      offsets[node + 1] = offsets[node + 1]! + 1;
    }
    counts[e] = counts[e]! + 1;
  }
  for (let n = 0; n < nodes; n++) offsets[n + 1] = offsets[n + 1]! + offsets[n]!;
  const depth = Uint8Array.from(depthOf);
  const partial: NgramCounts = {
    order,
    vocabulary: V,
    children,
    offsets,
    tokens,
    counts,
    cumCounts: new Float64Array(entries),
    totals: new Float64Array(nodes),
    knCounts: new Float64Array(entries),
    knCum: new Float64Array(entries),
    knTotals: new Float64Array(nodes),
    discounts: new Float64Array(order),
    depth,
  };
  const { knCounts } = partial;
  for (let i = 0; i < entries; i++) if (depth[entryNode[i]!] === order - 1) knCounts[i] = counts[i]!;
  for (let i = 0; i < entries; i++) {
    const node = entryNode[i]!;
    if (node === 0) continue;
    // Every occurrence of w after the context c h is also one after h, so the parent always has the entry.
    const j = findEntry(partial, parent[node]!, tokens[i]!);
    knCounts[j] = knCounts[j]! + 1;
  }
  const n1 = new Float64Array(order);
  const n2 = new Float64Array(order);
  for (let n = 0; n < nodes; n++) {
    let raw = 0;
    let kn = 0;
    const d = depth[n]!;
    for (let i = offsets[n]!; i < offsets[n + 1]!; i++) {
      raw += counts[i]!;
      kn += knCounts[i]!;
      partial.cumCounts[i] = raw;
      partial.knCum[i] = kn;
      if (knCounts[i] === 1) n1[d] = n1[d]! + 1;
      else if (knCounts[i] === 2) n2[d] = n2[d]! + 1;
    }
    partial.totals[n] = raw;
    partial.knTotals[n] = kn;
  }
  for (let d = 0; d < order; d++) {
    const denominator = n1[d]! + 2 * n2[d]!;
    // Bounded away from 0 and 1 so that every context keeps some mass for lower orders and for its own counts.
    partial.discounts[d] = Math.min(0.95, Math.max(0.05, denominator > 0 ? n1[d]! / denominator : 0.5));
  }
  return partial;
}
