// `ouro report`'s library on a stored 200-generation run: index.html, a PNG and an SVG per figure, names escaped.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import { loadReportRuns, pngSize, writeReport } from "../../src/report/index.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import { recordRun } from "../../src/store/recordRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { tempStorePaths } from "../store/tempStorePath.js";

const paths = tempStorePaths("ouro-report-");
const path = paths();
const store = RunStore.open(path);
afterAll(() => store.close());

const spec = (name: string, alpha: number) =>
  normaliseSpec({
    name,
    seed: 2,
    replicates: 50,
    generations: 200,
    truth: { family: "categorical", probs: [0.4, 0.3, 0.2, 0.1] },
    data: { n: 50, alpha },
  });

describe("writeReport", () => {
  const a = recordRun(spec("<script>alert(1)</script>", 0), runGenerations, () => store);
  const b = recordRun(spec("plain & simple", 0.2), runGenerations, () => store);

  test("a 200-generation run: index.html plus a PNG and an SVG per figure, of the recorded size", async () => {
    const out = join(path, "..", "report-one");
    const written = await writeReport(out, { title: "one run", runs: loadReportRuns(store, [a]) });
    expect(written.figures.length).toBeGreaterThan(3);
    for (const f of written.figures) {
      expect(pngSize(readFileSync(f.png))).toEqual({ width: f.width, height: f.height });
      expect(readFileSync(f.svg, "utf8")).toMatch(/^<svg/);
    }
    const html = readFileSync(written.index, "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;generations&quot;: 200");
    expect(html).toContain("Provenance");
    expect(html.match(/<img src="data:image\/svg\+xml;base64,/g)).toHaveLength(written.figures.length);
    console.log(
      `report of a 200-generation run: ${written.seconds.toFixed(2)} s (benchmark: bench/report.mjs)`,
    );
  });

  test("two runs overlaid: one figure per metric with both, labelled by the swept value", async () => {
    const out = join(path, "..", "report-two");
    const written = await writeReport(out, { title: "two", runs: loadReportRuns(store, [a, b]) });
    const svg = readFileSync(join(out, "metric-entropy.svg"), "utf8");
    expect(svg).toContain("data.alpha.value=0.2");
    expect(existsSync(join(out, "overview.png"))).toBe(true);
    expect(written.figures.map((f) => f.name)).toContain("overview");
  });

  test("an unknown run is the store's InputError, before anything is written", () => {
    expect(() => loadReportRuns(store, [a, "r-nope"])).toThrow(/unknown run/);
  });
});
