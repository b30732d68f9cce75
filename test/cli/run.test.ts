// `ouro run`, `ouro runs`, `ouro show` end to end: one JSON document, byte-identical reruns, progress on stderr.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../src/loop/types.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro } from "./ouroProcess.js";
import { gaussianSpec, writeSpec } from "./specFiles.js";

const newPath = tempStorePaths("ouro-cli-run-");

function withoutRunId(text: string, run: string): string {
  return text.split(JSON.stringify(run)).join('"RUN"');
}

describe("ouro run --json", () => {
  const spec = writeSpec(newPath("g.yaml"), gaussianSpec());
  const db = newPath();
  const first = ouro(["run", spec, "--json", "--db", db]);
  const second = ouro(["run", spec, "--json", "--db", db]);

  it("prints exactly one JSON document: name, run, the normalised spec, t = 0..T", () => {
    expect(first.code).toBe(0);
    const document = JSON.parse(first.stdout) as RunDocument;
    expect(Object.keys(document)).toEqual(["name", "run", "spec", "generations"]);
    expect(document.name).toBe("g");
    expect(document.run).toMatch(/^r\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    expect(document.spec).toMatchObject({ ...gaussianSpec(), data: { n: 100, regime: "replace" } });
    expect(document.generations.map((g) => g.t)).toEqual(Array.from({ length: 31 }, (_, t) => t));
    const variance = document.generations[30]!.metrics.var!;
    expect(Object.keys(variance)).toEqual(
      expect.arrayContaining(["mean", "se", "theory", "q05", "q50", "q95"]),
    );
    for (const g of document.generations) {
      for (const m of Object.values(g.metrics)) {
        for (const v of [m.mean, m.se, m.theory]) expect(v === null || Number.isFinite(v)).toBe(true);
      }
    }
  });

  it("prints the same bytes for the same spec and seed, run ids aside", () => {
    expect(second.code).toBe(0);
    const run1 = (JSON.parse(first.stdout) as RunDocument).run;
    const run2 = (JSON.parse(second.stdout) as RunDocument).run;
    expect(run1).not.toBe(run2);
    expect(withoutRunId(second.stdout, run2)).toBe(withoutRunId(first.stdout, run1));
  });

  it("reports progress on stderr, not stdout", () => {
    expect(first.stderr).toMatch(/generation 30\/30/);
    expect(first.stdout).not.toMatch(/generation 30\/30/);
  });

  it("is reprinted byte for byte by `ouro show --json`", () => {
    const run = (JSON.parse(first.stdout) as RunDocument).run;
    const shown = ouro(["show", run, "--json", "--db", db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(first.stdout);
  });

  it("is listed by `ouro runs --json` as done", () => {
    const listed = ouro(["runs", "--json", "--db", db]);
    expect(listed.code).toBe(0);
    const runs = JSON.parse(listed.stdout) as {
      run: string;
      name: string;
      status: string;
      generations_done: number;
    }[];
    expect(
      runs.map((r) => ({ run: r.run, name: r.name, status: r.status, done: r.generations_done })),
    ).toEqual([
      { run: (JSON.parse(first.stdout) as RunDocument).run, name: "g", status: "done", done: 30 },
      { run: (JSON.parse(second.stdout) as RunDocument).run, name: "g", status: "done", done: 30 },
    ]);
  });
});

describe("ouro run (readable)", () => {
  it("prints a table of the final generation's metrics with mean, se and theory", () => {
    const spec = writeSpec(newPath("g.json"), gaussianSpec({ generations: 5 }), "json");
    const db = newPath();
    const result = ouro(["run", spec, "--set", "data.n=50", "--db", db]);
    expect(result.code).toBe(0);
    const [title, header, ...rows] = result.stdout.trimEnd().split("\n");
    expect(title).toMatch(/^run r\S+ \(g\): done, generation 5 of 5$/);
    expect(header!.split(/\s+/)).toEqual(["metric", "mean", "se", "theory"]);
    const names = rows.map((row) => row.split(/\s+/)[0]);
    expect(names).toEqual(
      expect.arrayContaining(["mean", "var", "log_var", "sq_err_mean", "w2sq", "kl_rev"]),
    );
    // The override reached the stored spec.
    const json = ouro(["show", title!.split(" ")[1]!, "--json", "--db", db]);
    expect((JSON.parse(json.stdout) as { spec: { data: { n: number } } }).spec.data.n).toBe(50);
  });

  it("uses $OURO_DB when --db is not given", () => {
    const spec = writeSpec(newPath("small.yaml"), gaussianSpec({ generations: 2 }));
    const db = join(newPath("env-dir-unused"), "..", "from-env.db");
    const result = ouro(["run", spec, "--json"], { OURO_DB: db });
    expect(result.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    const listed = ouro(["runs", "--json"], { OURO_DB: db });
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(1);
  });

  it("lists runs readably, and an empty or missing store as no runs (creating nothing)", () => {
    const missing = newPath();
    const empty = ouro(["runs", "--db", missing]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe(`no runs in ${missing}\n`);
    expect(ouro(["runs", "--json", "--db", missing]).stdout).toBe("[]\n");
    expect(existsSync(missing)).toBe(false);
  });

  it("shows a run readably: status, spec and the last generation's metrics", () => {
    const spec = writeSpec(newPath("show.yaml"), gaussianSpec({ generations: 3 }));
    const db = newPath();
    const run = (JSON.parse(ouro(["run", spec, "--json", "--db", db]).stdout) as RunDocument).run;
    const shown = ouro(["show", run, "--db", db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`^run +${run}\\nname +g\\nstatus +done\\ngeneration 3 of 3\\n`));
    expect(shown.stdout).toMatch(/metrics at t = 3\nmetric +mean +se +theory\n/);
  });
});
