// A corpus ready for the loop: closed vocabulary of the training split plus <unk>, blocks per split, real unigram counts.
import { InputError, type InputIssue } from "../../../core/errors.js";
import type { CorpusTruth } from "./corpusSchema.js";
import { readBuiltinCorpus } from "./readBuiltinCorpus.js";
import { readTextSource } from "./readTextSource.js";
import { type SplitName, splitByDocument } from "./splitByDocument.js";
import type { TextDocument } from "./textDocument.js";
import { tokenizeText } from "./tokenizeText.js";

export const UNK = "<unk>";

/** Real text as blocks of `block` token ids (id V - 1 is <unk>: tokens of held-out text never seen in training). */
export interface Corpus {
  readonly tokenizer: CorpusTruth["tokenizer"];
  /** Token strings by id; the last is <unk>. */
  readonly vocab: readonly string[];
  readonly block: number;
  /** Blocks of each split, flattened (block tokens each). */
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
  readonly test: Uint32Array;
  /** Unigram counts of the training split by id (the real distribution P*). */
  readonly trainCounts: Float64Array;
  readonly documents: Readonly<Record<SplitName, number>>;
}

const cache = new Map<string, Corpus>();

function readDocuments(truth: CorpusTruth): TextDocument[] {
  if ((truth.name === undefined) === (truth.path === undefined)) {
    throw new InputError(
      [
        {
          path: "truth",
          value: truth,
          allowed: "exactly one of name (moby-dick, sotu) or path (a text file or folder)",
        },
      ],
      "invalid spec",
    );
  }
  const all = truth.name ? readBuiltinCorpus(truth.name) : readTextSource(truth.path!, "truth.path");
  const documents = all.slice(0, truth.documents ?? all.length);
  return truth.max_chars === undefined
    ? documents
    : documents.map((d) => ({ name: d.name, text: d.text.slice(0, truth.max_chars) }));
}

/** Blocks of one split: each document's tokens cut into consecutive blocks; a remainder shorter than a block is dropped. */
function toBlocks(
  docs: readonly string[][],
  ids: Map<string, number>,
  unk: number,
  block: number,
): Uint32Array {
  let count = 0;
  for (const tokens of docs) count += Math.floor(tokens.length / block);
  const out = new Uint32Array(count * block);
  let at = 0;
  for (const tokens of docs) {
    const usable = Math.floor(tokens.length / block) * block;
    for (let i = 0; i < usable; i++) out[at++] = ids.get(tokens[i]!) ?? unk;
  }
  return out;
}

/** Reads, tokenises and splits the corpus a truth names (memoised per parameter set); bad input is an InputError. */
export function loadCorpus(truth: CorpusTruth): Corpus {
  const key = JSON.stringify(truth);
  const cached = cache.get(key);
  if (cached) return cached;
  const documents = readDocuments(truth);
  const splits = splitByDocument(documents.length, truth.split.validation, truth.split.test);
  const tokenised: Record<SplitName, string[][]> = { train: [], validation: [], test: [] };
  for (const [i, doc] of documents.entries()) {
    tokenised[splits[i]!].push(tokenizeText(doc.text, truth.tokenizer, truth.lowercase));
  }
  const frequency = new Map<string, number>();
  for (const tokens of tokenised.train) {
    const usable = Math.floor(tokens.length / truth.block) * truth.block;
    for (let i = 0; i < usable; i++) frequency.set(tokens[i]!, (frequency.get(tokens[i]!) ?? 0) + 1);
  }
  // Ids by decreasing training frequency (ties by first appearance): id 0 is the commonest token.
  const vocab = [...frequency.entries()].sort((a, b) => b[1] - a[1]).map(([token]) => token);
  vocab.push(UNK);
  const ids = new Map(vocab.map((token, id) => [token, id]));
  const unk = vocab.length - 1;
  const train = toBlocks(tokenised.train, ids, unk, truth.block);
  const issues: InputIssue[] = [];
  if (train.length === 0) {
    issues.push({
      path: truth.name ? "truth.name" : "truth.path",
      value: truth.name ?? truth.path,
      allowed: `a corpus whose training split (${tokenised.train.length} documents) holds at least one block of ${truth.block} tokens (smaller truth.block, or more text)`,
    });
  }
  const test = toBlocks(tokenised.test, ids, unk, truth.block);
  if (test.length === 0) {
    issues.push({
      path: "truth.split.test",
      value: truth.split.test,
      allowed: `a share that holds out at least one document with a full block of ${truth.block} tokens (${documents.length} documents in all), for ppl_real`,
    });
  }
  if (issues.length > 0) throw new InputError(issues, "invalid spec");
  const trainCounts = new Float64Array(vocab.length);
  for (let i = 0; i < train.length; i++) trainCounts[train[i]!] = trainCounts[train[i]!]! + 1;
  const corpus: Corpus = {
    tokenizer: truth.tokenizer,
    vocab,
    block: truth.block,
    train,
    validation: toBlocks(tokenised.validation, ids, unk, truth.block),
    test,
    trainCounts,
    documents: {
      train: tokenised.train.length,
      validation: tokenised.validation.length,
      test: tokenised.test.length,
    },
  };
  cache.set(key, corpus);
  return corpus;
}
