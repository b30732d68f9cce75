// kill -9 then `ouro resume`: the run is reported interrupted, loses at most one generation, and resumes to the same bytes.
import type { ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../src/loop/types.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { ouro, startOuro } from "./ouroProcess.js";
import { gaussianSpec, writeSpec } from "./specFiles.js";

const newPath = tempStorePaths("ouro-cli-resume-");
const GENERATIONS = 100;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls the store (read-only, as a second process would) until a run has stored at least `count` fits. */
async function waitForGenerations(db: string, count: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `ouro run exited (${child.exitCode ?? child.signalCode}) before storing ${count} generations`,
      );
    }
    try {
      const raw = new Database(db, { readonly: true, fileMustExist: true });
      try {
        const row = raw.prepare("SELECT generations_done AS done FROM runs").get() as
          | { done: number }
          | undefined;
        if (row !== undefined && row.done >= count) return;
      } finally {
        raw.close();
      }
    } catch {
      // Not created yet.
    }
    await sleep(10);
  }
  throw new Error(`no run reached ${count} generations`);
}

function withoutRunId(text: string, run: string): string {
  return text.split(JSON.stringify(run)).join('"RUN"');
}

describe("ouro resume after kill -9", () => {
  // Tens of ms per generation here: long enough to kill it part way (asserted below), short enough for a test.
  const spec = writeSpec(
    newPath("slow.yaml"),
    gaussianSpec({ replicates: 20_000, generations: GENERATIONS }),
  );

  it("reports the killed run interrupted, then resumes it to the uninterrupted run's document", async () => {
    const db = newPath();
    const child = startOuro(["run", spec, "--json", "--db", db]);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    await waitForGenerations(db, 3, child);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const listed = JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as {
      run: string;
      status: string;
      generations_done: number;
    }[];
    expect(listed.length).toBe(1);
    const killed = listed[0]!;
    expect(killed.status).toBe("interrupted");
    expect(killed.generations_done).toBeGreaterThanOrEqual(3);
    expect(killed.generations_done).toBeLessThan(GENERATIONS);

    // The store is readable and consistent: generations 0..done, and the checkpoint of the last one.
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    const ts = (raw.prepare("SELECT t FROM generations ORDER BY t").all() as { t: number }[]).map((r) => r.t);
    expect(ts).toEqual(Array.from({ length: killed.generations_done + 1 }, (_, t) => t));
    expect(raw.prepare("SELECT t FROM checkpoints").get()).toEqual({ t: killed.generations_done });
    raw.close();

    const resumed = ouro(["resume", killed.run, "--json", "--db", db]);
    expect({ code: resumed.code, stderr: resumed.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(resumed.stderr).toMatch(new RegExp(`resumed after generation ${killed.generations_done}`));
    const uninterrupted = ouro(["run", spec, "--json", "--db", newPath()]);
    expect({ code: uninterrupted.code, stderr: uninterrupted.stderr }).toEqual({
      code: 0,
      stderr: expect.any(String),
    });
    const other = (JSON.parse(uninterrupted.stdout) as RunDocument).run;
    expect(withoutRunId(resumed.stdout, killed.run)).toBe(withoutRunId(uninterrupted.stdout, other));

    const after = JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as {
      status: string;
      generations_done: number;
    }[];
    expect(after.map((r) => [r.status, r.generations_done])).toEqual([["done", GENERATIONS]]);
    // Resuming a finished run changes nothing and reprints its document.
    const again = ouro(["resume", killed.run, "--json", "--db", db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(resumed.stdout);
    expect(again.stderr).toMatch(/already finished/);
  });

  it("refuses to resume a run that is still running", async () => {
    const db = newPath();
    // Far more generations than it can finish before it is killed, so it is surely still running when resumed.
    const endless = writeSpec(
      newPath("endless.yaml"),
      gaussianSpec({ replicates: 20_000, generations: 100_000 }),
    );
    const child = startOuro(["run", endless, "--db", db]);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await waitForGenerations(db, 1, child);
    const run = (
      JSON.parse(ouro(["runs", "--json", "--db", db]).stdout) as { run: string; status: string }[]
    )[0]!;
    expect(run.status).toBe("running");
    const refused = ouro(["resume", run.run, "--db", db]);
    child.kill("SIGKILL");
    await exited;
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(/cannot resume: RUN: .*runs as pid/),
    });
  });
});
