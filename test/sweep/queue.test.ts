// The BullMQ backend on a real redis-server (127.0.0.1, free port): 2 worker processes, one killed mid-cell, a killed
// coordinator restarted; every cell equals the single-process result and none is stored twice. Unreachable Redis: exit 2 fast.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunStore } from "../../src/store/runStore.js";
import { SweepStore } from "../../src/store/sweepStore.js";
import type { SweepPlan } from "../../src/sweep/cellTypes.js";
import { loadSweepFile } from "../../src/sweep/loadSweepFile.js";
import { parseQueueUrl } from "../../src/sweep/parseQueueUrl.js";
import { planSweep } from "../../src/sweep/planSweep.js";
import { probeRedis } from "../../src/sweep/probeRedis.js";
import { runSweep } from "../../src/sweep/runSweep.js";
import { ouro } from "../cli/ouroProcess.js";
import { tempStorePaths } from "../store/tempStorePath.js";
import { type OuroChild, spawnOuro, waitFor, workerCells } from "./ouroProcesses.js";
import { freePort, haveRedis, type RedisServer, startRedis } from "./redisServer.js";
import { storedCells } from "./storedCells.js";
import { gaussianSweep, writeSweep } from "./sweepFiles.js";

const newPath = tempStorePaths("ouro-sweep-queue-");
// CI installs redis-server (.ci/run), so there a missing one fails the test; elsewhere the suite is skipped, visibly.
const runQueueTests = haveRedis || process.env.CI !== undefined;
if (!runQueueTests) console.warn("test/sweep/queue.test.ts skipped: redis-server is not installed");

// Cells of about a second, so that a worker can be killed in the middle of one.
const sweepFile = writeSweep(
  newPath("queue.yaml"),
  gaussianSweep({
    base: {
      name: "g",
      replicates: 20000,
      generations: 30,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      data: { n: 50 },
    },
  }),
);

function storedCount(db: string, plan: SweepPlan): number {
  if (!existsSync(db)) return 0;
  const store = SweepStore.open(db);
  try {
    return store.cells(plan.id).filter((cell) => cell.run !== null).length;
  } catch {
    return 0;
  } finally {
    store.close();
  }
}

function sweepRuns(db: string, plan: SweepPlan): number {
  const runs = RunStore.open(db);
  try {
    return runs.runs({ sweep: plan.id }).length;
  } finally {
    runs.close();
  }
}

describe.runIf(runQueueTests)("sweeps through BullMQ on a real redis-server", () => {
  let redis: RedisServer;
  const plan = loadSweepFile(sweepFile);
  const referenceDb = newPath();
  let reference: string[] = [];
  const children: OuroChild[] = [];
  const worker = (): OuroChild => {
    const child = spawnOuro(["worker", "--queue", redis.url, "--workers", "1", "--lock-seconds", "2"]);
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    redis = await startRedis();
    await runSweep(plan, { db: referenceDb, workers: 1 });
    reference = storedCells(referenceDb, plan);
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill("SIGKILL")));
    await redis?.stop();
  });

  it("two worker processes, one killed mid-cell: its cell is retried, every cell equals the single-process result", async () => {
    const a = worker();
    const b = worker();
    const db = newPath();
    const coordinator = spawnOuro(["sweep", sweepFile, "--queue", redis.url, "--json", "--db", db]);
    children.push(coordinator);
    // Kill A as soon as it has started a cell: it dies holding that cell's job, a second or so before finishing it.
    await waitFor(() => {
      const cells = workerCells(a.stderr());
      return cells.started.length > cells.done.length;
    }, "worker A to start a cell");
    await a.kill("SIGKILL");
    const killed = workerCells(a.stderr());
    const lost = killed.started.filter((hash) => !killed.done.includes(hash));
    expect(lost).toHaveLength(1);

    expect(await coordinator.exited).toBe(0);
    expect(workerCells(b.stderr()).done).toContain(lost[0]);
    expect(storedCells(db, plan)).toEqual(reference);
    expect(sweepRuns(db, plan)).toBe(plan.cells.length);
    const document = JSON.parse(coordinator.stdout()) as { sweep: string; cells: { run: string }[] };
    expect(document.sweep).toBe(plan.id);
    expect(new Set(document.cells.map((cell) => cell.run)).size).toBe(plan.cells.length);
  });

  it("a killed coordinator, restarted, resumes the sweep: nothing lost, nothing stored twice", async () => {
    worker();
    const db = newPath();
    const first = spawnOuro(["sweep", sweepFile, "--queue", redis.url, "--db", db]);
    children.push(first);
    await waitFor(() => storedCount(db, plan) >= 2, "the first coordinator to store 2 cells");
    await first.kill("SIGKILL");
    const stored = storedCount(db, plan);
    expect(stored).toBeLessThan(plan.cells.length);

    const second = spawnOuro(["sweep", sweepFile, "--queue", redis.url, "--json", "--db", db]);
    children.push(second);
    expect(await second.exited).toBe(0);
    expect(second.stderr()).toMatch(new RegExp(`${stored} already stored`));
    expect(storedCells(db, plan)).toEqual(reference);
    expect(sweepRuns(db, plan)).toBe(plan.cells.length);
  });

  it("the CTM enumeration's units through the queue merge exactly: (3,2) equals the shipped d3 byte for byte", async () => {
    worker();
    const out = newPath("d3.ctm");
    const outcome = await runSweep(planSweep({ ctm: { states: 3, out } }, "."), {
      db: newPath(),
      queue: redis.url,
    });
    expect(outcome.backend).toBe(`queue ${redis.url}`);
    expect(readFileSync(out, "utf8")).toBe(
      readFileSync(new URL("../../data/ctm/d3.ctm", import.meta.url), "utf8"),
    );
  });

  it("an unreachable Redis is a clear error within seconds, before the store is touched", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const db = newPath();
    // The check itself: milliseconds for a closed port (a silent host is bounded by the 3 s connect timeout).
    const started = Date.now();
    await expect(probeRedis(parseQueueUrl(url))).rejects.toThrow(/cannot reach Redis.*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(3_500);
    // The commands exit 2 (a hang would run into the test's timeout); their wall time is mostly Node's start-up.
    const sweep = ouro(["sweep", sweepFile, "--queue", url, "--db", db]);
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toMatch(/cannot reach Redis.*--queue.*ECONNREFUSED/);
    expect(existsSync(db)).toBe(false);
    const work = ouro(["worker", "--queue", url]);
    expect(work.code).toBe(2);
    expect(work.stderr).toMatch(/cannot reach Redis/);
    expect(ouro(["sweep", sweepFile, "--queue", "http://127.0.0.1:1", "--db", db]).stderr).toMatch(
      /redis:\/\/HOST:PORT/,
    );
  });
});
