// Checks of `data.n` against a corpus: n blocks must fit in the training split (sampling real text is without replacement).
import type { CheckIssue } from "../family.js";
import type { Corpus } from "./corpus/loadCorpus.js";

export function checkLmData(corpus: Corpus, n: number): CheckIssue[] {
  const blocks = corpus.train.length / corpus.block;
  if (n <= blocks) return [];
  return [
    {
      path: "data.n",
      value: n,
      allowed: `an integer in [1, ${blocks}]: the training split has ${blocks} blocks of ${corpus.block} tokens (${blocks} makes each generated corpus the size of the real one)`,
    },
  ];
}
