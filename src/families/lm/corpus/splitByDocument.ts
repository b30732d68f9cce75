// A fixed split by document: a stride over the document order, so held-out documents are spread through the corpus.

export type SplitName = "train" | "validation" | "test";

/**
 * The split of each of `count` documents: document i is test when floor((i + 1) * test) > floor(i * test), else
 * validation by the same rule on the validation share, else train. Deterministic: no seed, the same split every run.
 */
export function splitByDocument(count: number, validation: number, test: number): SplitName[] {
  const out: SplitName[] = [];
  for (let i = 0; i < count; i++) {
    if (Math.floor((i + 1) * test) > Math.floor(i * test)) out.push("test");
    else if (Math.floor((i + 1) * validation + 0.5) > Math.floor(i * validation + 0.5))
      out.push("validation");
    else out.push("train");
  }
  return out;
}
