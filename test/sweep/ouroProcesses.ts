// Background `ouro` processes for the queue tests (workers, coordinators), with their stderr kept and their exit awaited.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/ouro.js", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

export interface OuroChild {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnOuro(args: readonly string[]): OuroChild {
  const { OURO_DB: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `condition` every 25 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Cell hashes (12 hex digits) a worker's stderr reports as started and as done. */
export function workerCells(stderr: string): { started: string[]; done: string[] } {
  const started = [...stderr.matchAll(/cell ([0-9a-f]{12}) started/g)].map((m) => m[1]!);
  const done = [...stderr.matchAll(/cell ([0-9a-f]{12}) done/g)].map((m) => m[1]!);
  return { started, done };
}
