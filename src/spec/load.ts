// Reads a spec file (YAML or JSON), applies `--set key.path=value` overrides, and normalises it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { inputError } from "../core/errors.js";
import { normaliseSpec } from "./normaliseSpec.js";
import type { ExperimentSpec } from "./types.js";

export { normaliseSpec };

/** Parses YAML (a superset of JSON) text, naming the file on a syntax error. */
export function parseSpecText(text: string, source: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw inputError(source, reason, "a YAML or JSON document", "cannot parse spec");
  }
}

/** Sets a dotted key path in a plain object, creating objects on the way; the value is read as YAML. */
export function applyOverride(document: unknown, assignment: string): unknown {
  const eq = assignment.indexOf("=");
  if (eq <= 0) throw inputError("--set", assignment, "key.path=value, e.g. --set data.n=1000");
  const path = assignment.slice(0, eq).split(".");
  if (path.some((part) => part === ""))
    throw inputError("--set", assignment, "a dotted key path such as data.alpha");
  const value = parseSpecText(assignment.slice(eq + 1), `--set ${assignment}`);
  const root: Record<string, unknown> =
    document !== null && typeof document === "object" && !Array.isArray(document)
      ? { ...(document as Record<string, unknown>) }
      : {};
  let node = root;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      break;
    }
    const next = node[key];
    const copy =
      next !== null && typeof next === "object" && !Array.isArray(next)
        ? { ...(next as Record<string, unknown>) }
        : {};
    node[key] = copy;
    node = copy;
  }
  return root;
}

/** Loads, overrides and validates a spec file; throws InputError on any problem, before anything is written. */
export function loadSpecFile(path: string, overrides: readonly string[] = []): ExperimentSpec {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw inputError("SPEC", path, "a readable YAML or JSON spec file", "cannot read spec");
  }
  let document = parseSpecText(text, path);
  for (const assignment of overrides) document = applyOverride(document, assignment);
  return normaliseSpec(document);
}
