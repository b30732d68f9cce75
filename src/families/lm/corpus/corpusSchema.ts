// The `corpus` truth: real human text, tokenised into fixed-length blocks, split by document (Shumailov et al., Nature 2024, Methods).
import { z } from "zod";
import { integerAtLeast, numberIn, oneOf, strictObject } from "../../../core/schema.js";

export const BUILTIN_CORPORA = ["moby-dick", "sotu"] as const;
export const TOKENIZERS = ["words", "chars", "bpe"] as const;

export const corpusSchema = strictObject({
  /** A corpus shipped in an npm package; exactly one of name and path. */
  name: oneOf(BUILTIN_CORPORA).optional(),
  /** A UTF-8 text file (documents are paragraphs split by blank lines) or a folder (every .txt file is a document). */
  path: z.string({ error: "a path to a text file or a folder of .txt files" }).min(1).optional(),
  tokenizer: oneOf(TOKENIZERS).default("words"),
  lowercase: z.boolean({ error: "true or false" }).default(true),
  /** Tokens per sequence: the loop's unit of data is one block. */
  block: integerAtLeast(2).default(64),
  /** Shares of documents held out, by a fixed stride over the document order (recorded in the normalised spec). */
  split: strictObject({
    validation: numberIn(0, 0.5).default(0.1),
    test: numberIn(0, 0.5).default(0.1),
  }).default({ validation: 0.1, test: 0.1 }),
  /** A slice for tests and first looks: the first `documents` documents, each cut to `max_chars` characters. */
  documents: integerAtLeast(1).optional(),
  max_chars: integerAtLeast(1).optional(),
});

export type CorpusTruth = z.infer<typeof corpusSchema>;
