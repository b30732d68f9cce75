import { describe, expect, it } from "vitest";
import type { PaperRun } from "../../src/paper/paperSection.js";
import { paperSections } from "../../src/paper/sections.js";
import { changeRate, synthesisLongSection, synthesisSection } from "../../src/paper/synthesisSection.js";
import { runPaperExperiments } from "../cli/paperRuns.js";

describe("ouro paper: the symbolic-synthesis section", () => {
  it("is registered, with the 100-generation run behind --full", () => {
    expect(paperSections).toContain(synthesisSection);
    expect(synthesisLongSection.slow).toBe(true);
    const long = synthesisLongSection.experiments({ quick: false, full: true, seed: 1 });
    expect(long.filter((e) => e.group !== "sweep").every((e) => e.spec.generations === 100)).toBe(true);
    expect(long.filter((e) => e.group === "sweep")).toHaveLength(25);
  });
  it("--quick runs every truth under the symbolic learner and its density matchers, and reads tables and findings off them", () => {
    const experiments = synthesisSection.experiments({ quick: true, full: false, seed: 1 });
    expect(experiments).toHaveLength(9);
    const runs = runPaperExperiments(experiments);
    const tables = synthesisSection.tables(runs);
    expect(tables.map((t) => t.rows.length)).toEqual([3, 3, 3]);
    expect(tables[0]!.header).toContain("P(change)/gen");
    expect(tables[0]!.rows[0]![0]).toBe("symbolic");
    // ECA 30 with 1% flips is identified: the symbolic learner's KL stays far below the n-gram's and blocks'.
    const eca = runs.filter((r) => r.experiment.group === "eca30");
    const T = eca[0]!.document.generations.length - 1;
    const kl = (r: PaperRun) => r.document.generations[T]!.metrics.kl!.mean!;
    expect(kl(eca[0]!)).toBeLessThan(0.1 * Math.min(kl(eca[1]!), kl(eca[2]!)));
    expect(changeRate(eca[0]!)?.mean).toBe(0);
    const findings = synthesisSection.findings(runs);
    expect(findings.some((f) => f.startsWith("eca30: at t = "))).toBe(true);
    expect(findings.some((f) => f.startsWith("formula: program correct"))).toBe(true);
  });
});
