// Bad input for the LM families is an InputError naming the key and what is allowed; tokenisers; the examples load.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { splitByDocument } from "../../src/families/lm/corpus/splitByDocument.js";
import { joinTokens, tokenizeText } from "../../src/families/lm/corpus/tokenizeText.js";
import { runGenerations } from "../../src/loop/run.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";

const dir = mkdtempSync(join(tmpdir(), "ouro-lm-"));

function spec(truth: Record<string, unknown>, model: Record<string, unknown> = {}, n = 1) {
  return {
    name: "lm-bad",
    replicates: 1,
    generations: 2,
    truth: { family: "corpus", block: 4, ...truth },
    model: { family: "ngram", ...model },
    data: { n },
  };
}

function issueOf(input: unknown): { path: string; allowed: string } {
  try {
    normaliseSpec(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues[0]!;
    return { path: issue.path, allowed: issue.allowed };
  }
  throw new Error("expected an InputError");
}

const text = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i} tells of the whale and the sea, number ${i}.`,
).join("\n\n");
const good = join(dir, "good.txt");
writeFileSync(good, text);

describe("bad input", () => {
  it("an empty file", () => {
    const path = join(dir, "empty.txt");
    writeFileSync(path, "  \n\n ");
    expect(issueOf(spec({ path }))).toMatchObject({
      path: "truth.path",
      allowed: expect.stringContaining("empty"),
    });
  });

  it("a binary file", () => {
    const path = join(dir, "binary.bin");
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    expect(issueOf(spec({ path }))).toMatchObject({
      path: "truth.path",
      allowed: expect.stringContaining("binary"),
    });
  });

  it("a path with nothing there, and neither or both of name and path", () => {
    expect(issueOf(spec({ path: join(dir, "missing.txt") })).path).toBe("truth.path");
    expect(issueOf(spec({})).path).toBe("truth");
    expect(issueOf(spec({ path: good, name: "sotu" })).path).toBe("truth");
  });

  it("an unknown tokenizer or corpus name", () => {
    expect(issueOf(spec({ path: good, tokenizer: "sentencepiece" }))).toMatchObject({
      path: "truth.tokenizer",
      allowed: "one of words, chars, bpe",
    });
    expect(issueOf(spec({ name: "hamlet" })).path).toBe("truth.name");
  });

  it("order 0 or 6", () => {
    for (const order of [0, 6, 2.5]) {
      expect(issueOf(spec({ path: good }, { order }))).toMatchObject({
        path: "model.order",
        allowed: "an integer in [1, 5] (1 = unigram)",
      });
    }
  });

  it("a corpus smaller than n", () => {
    expect(issueOf(spec({ path: good }, {}, 10_000))).toMatchObject({
      path: "data.n",
      allowed: expect.stringMatching(/^an integer in \[1, \d+\]/),
    });
    const path = join(dir, "short.txt");
    writeFileSync(path, "a b\n\nc d\n\ne f");
    expect(issueOf(spec({ path, block: 64 })).path).toBe("truth.path");
  });

  it("a smoothing or decoding option that does not exist", () => {
    expect(issueOf(spec({ path: good }, { smoothing: "witten-bell" })).path).toBe("model.smoothing");
    expect(issueOf(spec({ path: good }, { decoding: { top_p: 0 } })).path).toBe("model.decoding.top_p");
    expect(issueOf(spec({ path: good }, { decoding: { nucleus: 1 } })).path).toBe("model.decoding.nucleus");
  });

  it("a user's own text file and folder run", () => {
    const folder = join(dir, "folder");
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 10; i++)
      writeFileSync(join(folder, `doc${i}.txt`), `document ${i} says the whale is white and the sea is wide`);
    for (const path of [good, folder]) {
      const steps = [...runGenerations(normaliseSpec(spec({ path }, { order: 2 }, 3)))];
      expect(steps).toHaveLength(3);
      expect(steps[2]!.record.metrics.ppl_real!.mean).toBeGreaterThan(1);
    }
  });
});

describe("tokenisers and splits", () => {
  it("words, chars and GPT-2 BPE", () => {
    expect(tokenizeText("Call me  Ishmael. Don't!", "words", true)).toEqual([
      "call",
      "me",
      "ishmael",
      ".",
      "don't",
      "!",
    ]);
    expect(tokenizeText("Ab  c", "chars", false)).toEqual(["A", "b", " ", "c"]);
    const bpe = tokenizeText("Call me Ishmael.", "bpe", false);
    expect(bpe).toEqual(["14134", "502", "1148", "21720", "417", "13"]);
    expect(joinTokens(bpe, "bpe")).toBe("Call me Ishmael.");
  });

  it("the split by document is fixed and uses the shares asked for", () => {
    const split = splitByDocument(100, 0.1, 0.1);
    expect(split.filter((s) => s === "test")).toHaveLength(10);
    expect(split.filter((s) => s === "validation")).toHaveLength(10);
    expect(splitByDocument(100, 0.1, 0.1)).toEqual(split);
  });
});

describe("examples/lm-*.yaml", () => {
  const examples = readdirSync("examples").filter((f) => f.startsWith("lm-") && f.endsWith(".yaml"));
  it("there are n-gram and neural examples with 0% and 10% real text", () => {
    expect(examples).toEqual(
      expect.arrayContaining([
        "lm-ngram-collapse.yaml",
        "lm-ngram-collapse-real10.yaml",
        "lm-neural-collapse.yaml",
        "lm-neural-collapse-real10.yaml",
      ]),
    );
  });
  for (const file of examples) {
    it(`${file} validates and runs (shortened)`, () => {
      const neural = file.includes("neural");
      const overrides = [
        "generations=2",
        "replicates=1",
        "truth.documents=12",
        "truth.max_chars=4000",
        "data.n=20",
      ];
      if (neural) overrides.push("model.steps=3", "model.steps0=3", "model.hidden=8");
      const spec = loadSpecFile(
        join("examples", file),
        overrides.map((o) => o),
      );
      const steps = [...runGenerations(spec)];
      expect(steps.at(-1)!.record.metrics.vocab_survival!.mean).toBeGreaterThan(0);
    }, 30_000);
  }
});
