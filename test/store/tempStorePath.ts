// Fresh temporary directories for store files in tests (never ./ouro.db), removed after the test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** Returns a function giving a new path in a directory that is removed when the test file ends. */
export function tempStorePaths(prefix = "ouro-test-"): (name?: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  return (name = `store-${count++}.db`) => join(dir, name);
}
