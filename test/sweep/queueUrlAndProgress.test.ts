// --queue addresses, and the sweep's progress bar (one bar, ETA from this run's pace, resumed cells not counted as pace).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { parseQueueUrl } from "../../src/sweep/parseQueueUrl.js";
import { createSweepProgress } from "../../src/sweep/sweepProgress.js";

describe("parseQueueUrl", () => {
  it("reads host and port, 6379 by default", () => {
    expect(parseQueueUrl("redis://127.0.0.1:6390")).toEqual({
      host: "127.0.0.1",
      port: 6390,
      url: "redis://127.0.0.1:6390",
    });
    expect(parseQueueUrl("redis://localhost").port).toBe(6379);
    expect(parseQueueUrl("redis://[::1]:7000").host).toBe("::1");
  });

  it("refuses anything else with an InputError on --queue", () => {
    for (const url of [
      "127.0.0.1:6379",
      "http://127.0.0.1:6379",
      "redis://127.0.0.1:6379/extra",
      "redis://",
    ]) {
      expect(() => parseQueueUrl(url), url).toThrow(InputError);
    }
  });
});

describe("createSweepProgress", () => {
  it("prints done/total with an ETA, and the final line at 100%", () => {
    const lines: string[] = [];
    const bar = createSweepProgress((text) => lines.push(text), false);
    bar.update({ done: 5, total: 10, resumed: 4 });
    bar.update({ done: 6, total: 10, resumed: 4 });
    bar.update({ done: 10, total: 10, resumed: 4 });
    bar.finish("sweep s1 done");
    expect(lines[0]).toMatch(/^ouro: 5\/10 cells \d+s ETA \d+s\n$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/10\/10 cells .* ETA 0s/);
    expect(lines[2]).toMatch(/^ouro: sweep s1 done \(\d+\.\d+s\)\n$/);
  });

  it("redraws one bar in place on a terminal", () => {
    const lines: string[] = [];
    const bar = createSweepProgress((text) => lines.push(text), true);
    bar.update({ done: 10, total: 10, resumed: 0 });
    bar.finish("done");
    expect(lines[0]).toMatch(/^\r\[#{30}\] 10\/10 cells/);
    expect(lines[1]).toMatch(/^\nouro: done/);
  });
});
