// Run ids: readable, sortable by creation time and unique (UTC timestamp plus random bits from node:crypto).
import { randomBytes } from "node:crypto";

/** e.g. `r20250607T153012Z-a1b2c3d4`: the UTC second the run started, then 32 random bits. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `r${stamp}-${randomBytes(4).toString("hex")}`;
}
