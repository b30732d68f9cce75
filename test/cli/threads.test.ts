// `ouro run --threads` end to end: the same bytes for one and two threads, and a clear error for a bad count.
import { describe, expect, it } from "vitest";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro } from "./ouroProcess.js";
import { gaussianSpec, writeSpec } from "./specFiles.js";

const newPath = tempStorePaths("ouro-cli-threads-");

function withoutRunId(text: string): string {
  return text.replace(/"run": "r[^"]+"/, '"run": "RUN"');
}

describe("ouro run --threads", () => {
  it("prints the same document with 1 and 2 threads", () => {
    const spec = writeSpec(
      newPath("t.yaml"),
      gaussianSpec({ truth: { family: "categorical", k: 7 }, model: undefined }),
    );
    const one = ouro(["run", spec, "--json", "--db", newPath()]);
    const two = ouro(["run", spec, "--json", "--threads", "2", "--db", newPath()]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(withoutRunId(two.stdout)).toBe(withoutRunId(one.stdout));
  });

  it("rejects a thread count that is not a positive integer", () => {
    const spec = writeSpec(newPath("t.yaml"), gaussianSpec());
    const result = ouro(["run", spec, "--threads", "0", "--db", newPath()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--threads: got "0"; allowed: an integer >= 1 or auto/);
  });
});
