// --set overrides (applyOverride) and spec files (loadSpecFile): YAML values, nested new keys, malformed input.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { applyOverride, loadSpecFile } from "../../src/spec/load.js";

const base = { name: "g", truth: { family: "gaussian" }, data: { n: 10, alpha: 0 } };

describe("applyOverride", () => {
  it("reads numbers, strings, booleans and lists as YAML", () => {
    expect(applyOverride(base, "data.n=1000")).toEqual({ ...base, data: { n: 1000, alpha: 0 } });
    expect((applyOverride(base, "data.alpha=0.1") as typeof base).data.alpha).toBe(0.1);
    expect((applyOverride(base, "seed=0") as { seed: number }).seed).toBe(0);
    expect((applyOverride(base, "name=run two") as typeof base).name).toBe("run two");
    expect((applyOverride(base, "name=a=b") as typeof base).name).toBe("a=b");
    expect(applyOverride(base, "truth.probs=[0.2, 0.8]")).toMatchObject({
      truth: { family: "gaussian", probs: [0.2, 0.8] },
    });
    expect((applyOverride(base, 'name="007"') as typeof base).name).toBe("007");
  });

  it("creates nested keys that do not exist yet, keeping their siblings", () => {
    expect(applyOverride(base, "sampling.temperature=0.5")).toEqual({
      ...base,
      sampling: { temperature: 0.5 },
    });
    expect(applyOverride(base, "truth.sd=2")).toEqual({ ...base, truth: { family: "gaussian", sd: 2 } });
    expect(applyOverride(undefined, "a.b.c=1")).toEqual({ a: { b: { c: 1 } } });
  });

  it("takes a schedule object as YAML flow text", () => {
    expect(
      (applyOverride(base, "data.alpha={schedule: harmonic, a0: 0.5}") as typeof base).data.alpha,
    ).toEqual({
      schedule: "harmonic",
      a0: 0.5,
    });
    expect(
      (applyOverride(base, "data.alpha={schedule: list, values: [0.5, 0.25]}") as typeof base).data.alpha,
    ).toEqual({ schedule: "list", values: [0.5, 0.25] });
  });

  it("does not modify the document it is given", () => {
    const before = structuredClone(base);
    applyOverride(base, "data.n=5");
    applyOverride(base, "truth.sd=3");
    expect(base).toEqual(before);
  });

  it("rejects a malformed assignment with an InputError at --set", () => {
    for (const bad of ["data.n", "=5", "data..n=3", ".n=3", "data.=3"]) {
      let error: unknown;
      try {
        applyOverride(base, bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(InputError);
      expect((error as InputError).issues[0]!.path).toBe("--set");
      expect((error as InputError).issues[0]!.value).toBe(bad);
      expect((error as Error).message).toMatch(/key\.path=value|dotted key path/);
    }
    expect(() => applyOverride(base, "data.alpha={schedule: harmonic")).toThrow(InputError);
    expect(() => applyOverride(base, "data.alpha={schedule: harmonic")).toThrow(/YAML or JSON/);
  });
});

describe("loadSpecFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "ouro-spec-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("loads YAML and JSON, applying overrides in order before validating", () => {
    const yaml = file("a.yaml", "name: a\nseed: 3\ntruth:\n  family: gaussian\ndata:\n  n: 10\n");
    const spec = loadSpecFile(yaml, ["data.n=20", "data.n=30", "data.alpha={schedule: harmonic, a0: 0.5}"]);
    expect(spec.data.n).toBe(30);
    expect(spec.data.alpha).toEqual({ schedule: "harmonic", a0: 0.5 });
    expect(spec.seed).toBe(3);
    const json = file(
      "b.json",
      JSON.stringify({ name: "b", truth: { family: "categorical", k: 4 }, data: { n: 8 } }),
    );
    expect(loadSpecFile(json).truth).toEqual({ family: "categorical", k: 4 });
  });

  it("validates after overriding: an override can make a spec invalid, or a bad one valid", () => {
    const yaml = file("c.yaml", "name: c\ntruth:\n  family: gaussian\ndata:\n  n: 0\n");
    expect(() => loadSpecFile(yaml)).toThrow(/data\.n: got 0/);
    expect(loadSpecFile(yaml, ["data.n=5"]).data.n).toBe(5);
    expect(() => loadSpecFile(yaml, ["data.n=5", "data.alpha=2"])).toThrow(/data\.alpha: got 2/);
  });

  it("names the file when it cannot be read or parsed", () => {
    const missing = join(dir, "missing.yaml");
    expect(() => loadSpecFile(missing)).toThrow(InputError);
    expect(() => loadSpecFile(missing)).toThrow(missing);
    const broken = file("d.yaml", "name: [unclosed\n");
    expect(() => loadSpecFile(broken)).toThrow(InputError);
    expect(() => loadSpecFile(broken)).toThrow(broken);
  });
});
