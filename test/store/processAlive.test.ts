// processAlive: this process runs; an exited child, a zombie and a reused pid do not count as the run's process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processAlive, processStartTime } from "../../src/store/processAlive.js";

const linux = existsSync("/proc/self/stat");

describe("processAlive", () => {
  it("is true for this process, with or without its start time", () => {
    expect(processAlive(process.pid, null)).toBe(true);
    expect(processAlive(process.pid, processStartTime(process.pid))).toBe(true);
  });

  it("is false for a child that has exited", () => {
    const pid = spawnSync(process.execPath, ["-e", ""]).pid!;
    expect(processAlive(pid, null)).toBe(false);
  });

  it.skipIf(!linux)("is false for a pid now owned by a process started at another time", () => {
    const start = processStartTime(process.pid)!;
    expect(processAlive(process.pid, `${start}0`)).toBe(false);
  });

  it.skipIf(!linux)("is false for an exited process its parent has not reaped (a zombie)", async () => {
    // The shell starts a short sleep in the background and becomes a long one, which never reaps it.
    const parent = spawn("sh", ["-c", "sleep 0.2 & echo $!; exec sleep 30"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const pid = Number(
      await new Promise<string>((resolve) => parent.stdout.once("data", (b) => resolve(String(b)))),
    );
    let state = "";
    for (let i = 0; i < 1000 && state !== "Z"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0]!;
    }
    expect(state).toBe("Z");
    expect(() => process.kill(pid, 0)).not.toThrow();
    expect(processAlive(pid, null)).toBe(false);
    parent.kill("SIGKILL");
  });
});
