// Content hashes of cells and sweeps (sha256 of canonical JSON): job ids on a queue and the key a cell is stored under.
import { createHash } from "node:crypto";
import { packageVersion } from "../store/packageVersion.js";
import { canonicalJson } from "./canonicalJson.js";
import type { CellTask } from "./cellTypes.js";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The hash of a cell: its task (a normalised spec, or a CTM unit) and the ouroboros version that computes it, so a
 * worker of another version never answers for this one.
 */
export function cellHash(task: CellTask, version = packageVersion()): string {
  return sha256(canonicalJson({ version, task }));
}

/** A sweep's id: `s` and 16 hex digits of the hash of its name, kind and cell hashes in order. */
export function sweepId(name: string, kind: string, hashes: readonly string[]): string {
  return `s${sha256(canonicalJson({ name, kind, hashes })).slice(0, 16)}`;
}
