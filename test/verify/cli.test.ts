// The verifier experiments through `ouro run` / the store / `ouro resume`, as a user runs them (built CLI in dist/).
import { describe, expect, it } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import type { RunDocument } from "../../src/loop/types.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { RunFailedError, recordRun } from "../../src/store/recordRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { ouro } from "../cli/ouroProcess.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { examplePath } from "./runExample.js";

const newPath = tempStorePaths("ouro-verify-cli-");

function withoutRunId(text: string, run: string): string {
  return text.split(JSON.stringify(run)).join('"RUN"');
}

describe("ouro run examples/verifier-soft.yaml --json", () => {
  const db = newPath();
  const first = ouro(["run", examplePath("verifier-soft"), "--json", "--db", db]);
  const second = ouro(["run", examplePath("verifier-soft"), "--json", "--db", db]);

  it("reports mean and var with the soft-verifier closed form as theory, t = 0..10", () => {
    expect(first.code).toBe(0);
    const document = JSON.parse(first.stdout) as RunDocument;
    expect(document.generations.map((g) => g.t)).toEqual(Array.from({ length: 11 }, (_, t) => t));
    const last = document.generations[10]!.metrics;
    expect(last.var!.theory).toBeCloseTo(1 / 11, 12);
    expect(last.mean!.theory).toBeCloseTo(20 / 11, 12);
    expect(Math.abs(last.var!.mean! - 1 / 11) / (1 / 11)).toBeLessThan(0.02);
    for (const name of [
      "true_accuracy",
      "verifier_accuracy",
      "accuracy_gap",
      "accepted_wrong",
      "policy_entropy",
    ]) {
      expect(last[name]!.mean).not.toBeNull();
    }
  });

  it("is byte-identical when run again (the run id aside)", () => {
    const a = JSON.parse(first.stdout) as RunDocument;
    const b = JSON.parse(second.stdout) as RunDocument;
    expect(withoutRunId(second.stdout, b.run)).toBe(withoutRunId(first.stdout, a.run));
  });
});

describe("ouro resume of a verified run", () => {
  it("continues a run that failed at generation 4 to the document of an uninterrupted run", () => {
    const overrides = ["replicates=8", "generations=8", "data.n=300"];
    const spec = loadSpecFile(examplePath("verifier-learned"), overrides);
    const db = newPath();
    let store: RunStore | undefined;
    const open = () => {
      store ??= RunStore.open(db);
      return store;
    };
    function* stopsAfterFour(...args: Parameters<typeof runGenerations>) {
      for (const step of runGenerations(...args)) {
        if (step.record.t === 5) throw new Error("stopped on purpose");
        yield step;
      }
    }
    let run = "";
    try {
      expect(() => recordRun(spec, stopsAfterFour, open)).toThrow(RunFailedError);
      run = open().runs()[0]!.run;
    } finally {
      store?.close();
    }
    const resumed = ouro(["resume", run, "--json", "--db", db]);
    expect(resumed.code).toBe(0);
    const fresh = ouro([
      "run",
      examplePath("verifier-learned"),
      ...overrides.flatMap((o) => ["--set", o]),
      "--json",
      "--db",
      newPath(),
    ]);
    const a = JSON.parse(resumed.stdout) as RunDocument;
    const b = JSON.parse(fresh.stdout) as RunDocument;
    expect(withoutRunId(resumed.stdout, a.run)).toBe(withoutRunId(fresh.stdout, b.run));
  });
});

describe("ouro run with a verifier that accepts nothing", () => {
  it("exits 2 with the message, and the stored run is failed", () => {
    const db = newPath();
    const result = ouro([
      "run",
      examplePath("verifier-soft"),
      "--set",
      "model.verifier.centre=100",
      "--set",
      "model.verifier.tau=0.1",
      "--db",
      db,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the verifier accepted nothing/);
    const runs = JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as { status: string }[];
    expect(runs.map((r) => r.status)).toEqual(["failed"]);
  });

  it("exits 2 before writing anything when the spec says it can accept nothing", () => {
    const db = newPath();
    const result = ouro([
      "run",
      examplePath("verifier-threshold"),
      "--set",
      "model.verifier.false_positive=0",
      "--set",
      "model.verifier.false_negative=1",
      "--db",
      db,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/model\.verifier/);
  });
});
