// The small core modules: typed input errors, the name registry, and the exact checkpoint encoding of float arrays.
import { describe, expect, it } from "vitest";
import { decodeFloat64, encodeFloat64 } from "../../src/core/encoding.js";
import { formatIssue, InputError, inputError, UnknownNameError } from "../../src/core/errors.js";
import { Registry } from "../../src/core/registry.js";

describe("InputError", () => {
  it("formats one line per issue: path, the value as JSON, what is allowed", () => {
    expect(formatIssue({ path: "data.n", value: 0, allowed: "an integer >= 1" })).toBe(
      "data.n: got 0; allowed: an integer >= 1",
    );
    expect(formatIssue({ path: "", value: null, allowed: "an object" })).toBe(
      "(root): got null; allowed: an object",
    );
    expect(formatIssue({ path: "name", value: undefined, allowed: "a name" })).toBe(
      "name: got nothing; allowed: a name",
    );
    const long = formatIssue({ path: "truth.probs", value: new Array(100).fill(0.01), allowed: "x" });
    expect(long).toMatch(/^truth\.probs: got \[0\.01,.{60,}\.\.\.; allowed: x$/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatIssue({ path: "a", value: cyclic, allowed: "x" })).toBe(
      "a: got [object Object]; allowed: x",
    );
  });

  it("carries its issues and exit status 2, joining several issues on one line", () => {
    const error = new InputError(
      [
        { path: "a", value: 1, allowed: "x" },
        { path: "b", value: "y", allowed: "z" },
      ],
      "invalid spec",
    );
    expect(error.message).toBe('invalid spec: a: got 1; allowed: x; b: got "y"; allowed: z');
    expect(error.exitCode).toBe(2);
    expect(error.issues).toHaveLength(2);
    expect(inputError("p", 3, "q")).toBeInstanceOf(InputError);
  });
});

describe("Registry", () => {
  it("returns what was registered, refuses duplicates, and lists the known names on an unknown one", () => {
    const registry = new Registry<number>("widget");
    registry.register("b", 2);
    registry.register("a", 1);
    expect(registry.get("a")).toBe(1);
    expect(registry.names()).toEqual(["a", "b"]);
    expect(() => registry.register("a", 3)).toThrow(/registered twice/);
    let error: unknown;
    try {
      registry.get("c", "spec.widget");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([
      { path: "spec.widget", value: "c", allowed: "one of a, b" },
    ]);
  });
});

describe("Float64 checkpoint encoding", () => {
  it("round-trips every bit pattern exactly, through JSON, subarrays included", () => {
    const values = Float64Array.of(
      0,
      -0,
      1 / 3,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      Number.NaN,
      Infinity,
      -Infinity,
    );
    const decoded = decodeFloat64(JSON.parse(JSON.stringify(encodeFloat64(values))));
    expect(new Uint8Array(decoded.buffer)).toEqual(new Uint8Array(values.buffer));
    const view = values.subarray(2, 5);
    expect([...decodeFloat64(encodeFloat64(view))]).toEqual([...view]);
    expect(decodeFloat64(encodeFloat64(new Float64Array(0)))).toHaveLength(0);
  });

  it("refuses anything but a string", () => {
    expect(() => decodeFloat64(3)).toThrow(TypeError);
    expect(() => decodeFloat64(null)).toThrow(TypeError);
  });
});
