// Bad input end to end: one line naming the key path, the value and what is allowed; exit 2; nothing written.
import { existsSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../src/loop/types.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro } from "./ouroProcess.js";
import { gaussianSpec, writeSpec } from "./specFiles.js";

const newPath = tempStorePaths("ouro-cli-bad-");

function expectOneLineError(
  result: { code: number | null; stdout: string; stderr: string },
  pattern: RegExp,
) {
  expect(result).toEqual({ code: 2, stdout: "", stderr: expect.stringMatching(/^ouro: [^\n]+\n$/) });
  expect(result.stderr).toMatch(pattern);
}

describe("ouro run with a bad spec", () => {
  const cases: [string, Record<string, unknown>, string[], RegExp][] = [
    ["n <= 0", gaussianSpec({ data: { n: 0 } }), [], /data\.n: got 0; allowed: /],
    ["an unknown key", gaussianSpec({ colour: "red" }), [], /colour/],
    ["alpha outside [0,1]", gaussianSpec(), ["--set", "data.alpha=2"], /data\.alpha: got 2; allowed: /],
    ["a wrong type", gaussianSpec({ replicates: "many" }), [], /replicates: got "many"; allowed: /],
    [
      "probabilities not summing to 1",
      {
        ...gaussianSpec(),
        truth: { family: "categorical", probs: [0.5, 0.4] },
        model: { family: "categorical", estimator: "mle" },
      },
      [],
      /truth\.probs: got \[0\.5,0\.4\]; allowed: /,
    ],
  ];
  for (const [what, spec, extra, pattern] of cases) {
    it(`rejects ${what} and writes nothing`, () => {
      const db = newPath();
      const result = ouro(["run", writeSpec(newPath("bad.yaml"), spec), ...extra, "--json", "--db", db]);
      expectOneLineError(result, pattern);
      expect(existsSync(db)).toBe(false);
    });
  }

  it("rejects a bad override and a missing spec file", () => {
    const db = newPath();
    expectOneLineError(
      ouro(["run", writeSpec(newPath("ok.yaml"), gaussianSpec()), "--set", "oops", "--db", db]),
      /--set/,
    );
    expectOneLineError(ouro(["run", newPath("nowhere.yaml"), "--db", db]), /SPEC: got ".*nowhere\.yaml"/);
    expect(existsSync(db)).toBe(false);
  });
});

describe("commands given a bad run or store", () => {
  const db = newPath();
  const spec = writeSpec(newPath("g.yaml"), gaussianSpec({ generations: 2 }));
  const run = (JSON.parse(ouro(["run", spec, "--json", "--db", db]).stdout) as RunDocument).run;

  for (const command of [["show"], ["show", "--json"], ["export", "--format", "csv"], ["resume"]]) {
    it(`\`ouro ${command.join(" ")}\` names an unknown run id`, () => {
      const [name, ...rest] = command;
      expectOneLineError(
        ouro([name!, "r-no-such-run", ...rest, "--db", db]),
        /unknown run: RUN: got "r-no-such-run"/,
      );
    });
  }

  it("`ouro show` on a store that does not exist says so and creates nothing", () => {
    const missing = newPath();
    expectOneLineError(ouro(["show", run, "--db", missing]), /no store: --db/);
    expect(existsSync(missing)).toBe(false);
  });

  it("refuses a --db file that is not a store, for every command, and leaves it unchanged", () => {
    const notes = newPath("notes.txt");
    const text = "not a database\n".repeat(100);
    writeFileSync(notes, text);
    for (const args of [
      ["runs"],
      ["show", run],
      ["export", run, "--format", "json"],
      ["resume", run],
      ["run", spec],
    ]) {
      expectOneLineError(ouro([...args, "--db", notes]), /not an ouroboros store/);
    }
    expect(existsSync(`${notes}-wal`)).toBe(false);
  });

  it("`ouro export` names a bad format", () => {
    expectOneLineError(
      ouro(["export", run, "--format", "xlsx", "--db", db]),
      /--format: got "xlsx"; allowed: csv \| json/,
    );
  });
});
