// The neural language-model section of `ouro paper` (issue 5): behind --full, three regimes, tables and findings.
import { describe, expect, it } from "vitest";
import { languageSection, neuralLanguageSection } from "../../src/paper/languageSection.js";
import { paperSections } from "../../src/paper/sections.js";
import { runPaperExperiments } from "../cli/paperRuns.js";

describe("ouro paper: the neural language model", () => {
  it("is registered behind --full, with the example's model and 0%, 10% and accumulate", () => {
    expect(paperSections).toContain(neuralLanguageSection);
    expect(neuralLanguageSection.slow).toBe(true);
    expect(languageSection.slow).toBeUndefined();
    const full = neuralLanguageSection.experiments({ quick: false, full: true, seed: 1 });
    expect(full.map((e) => e.spec.data)).toEqual([
      { n: 2385, regime: "replace", alpha: 0 },
      { n: 2385, regime: "replace", alpha: 0.1 },
      { n: 2385, regime: "accumulate", alpha: 0 },
    ]);
    expect(
      full.every(
        (e) => e.spec.generations === 10 && (e.spec.model as { family: string }).family === "neural",
      ),
    ).toBe(true);
  });

  it("--quick runs the three regimes and reads a table per metric and a finding per run off them", () => {
    const experiments = neuralLanguageSection.experiments({ quick: true, full: true, seed: 1 });
    const runs = runPaperExperiments(experiments);
    const tables = neuralLanguageSection.tables(runs);
    expect(tables.map((t) => t.title.split(":")[1]?.trim().split(";")[0])).toEqual([
      "ppl_real",
      "vocab_survival",
      "distinct_2",
    ]);
    expect(tables[0]!.header).toEqual(["real text", "t = 1", "t = 2", "t = 3"]);
    expect(tables[0]!.rows.map((row) => row[0])).toEqual([
      "0% real text",
      "10% real text kept",
      "accumulate (all text kept)",
    ]);
    const findings = neuralLanguageSection.findings(runs);
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatch(
      /^0% real text: vocabulary survival [0-9.]+ at t = 3; perplexity on real text x[0-9.]+ /,
    );
  });
});
