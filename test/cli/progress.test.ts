// The progress reporter: in place on a terminal, whole lines otherwise, and always the last generation.
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/context.js";
import { createProgress } from "../../src/cli/progress.js";

function capture(interactive: boolean): { io: CliIo; err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive }, err, out };
}

describe("createProgress", () => {
  it("draws a bar in place on a terminal and ends it with a newline", () => {
    const { io, err, out } = capture(true);
    const progress = createProgress(io, "demo");
    for (let t = 0; t <= 4; t++) progress.update({ run: "r1", t, generations: 4, seconds: 0 });
    progress.finish("run r1 done");
    expect(out).toEqual([]);
    expect(err[0]).toBe("ouro: run r1 (demo): 4 generations\n");
    expect(err.at(-2)).toMatch(/^\r\[#{24}\] generation 4\/4 \d+\.\ds$/);
    expect(err.at(-1)).toMatch(/^\nouro: run r1 done \(\d+\.\ds\)\n$/);
  });

  it("writes whole lines elsewhere, at most every 2 s, and always the last generation", () => {
    const { io, err } = capture(false);
    const progress = createProgress(io, "demo");
    for (let t = 0; t <= 1000; t++) progress.update({ run: "r1", t, generations: 1000, seconds: 0 });
    progress.finish("run r1 done");
    expect(err.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(err.filter((line) => line.includes("generation 1000/1000")).length).toBe(1);
    expect(err.length).toBeLessThan(10);
  });
});
