// Runs the built CLI (`node bin/ouro.js`) as a user would, with a clean environment (no OURO_DB unless given).
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const bin = fileURLToPath(new URL("../../bin/ouro.js", import.meta.url));

if (!existsSync(new URL("../../dist/cli/main.js", import.meta.url))) {
  throw new Error("dist/ is missing: run `npm run build` (npm test builds before vitest)");
}

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { OURO_DB: _ignored, ...rest } = process.env;
  return { ...rest, ...extra };
}

export interface OuroResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `ouro ARGS...` to completion. */
export function ouro(args: readonly string[], env: Record<string, string> = {}): OuroResult {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    env: environment(env),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `ouro ARGS...` in the background (for kill tests). */
export function startOuro(args: readonly string[]) {
  return spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: environment({}), stdio: "ignore" });
}
