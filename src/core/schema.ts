// Small zod builders whose messages say what is allowed, and the translation of zod issues into InputIssues.
import { z } from "zod";
import type { InputIssue } from "./errors.js";

/** A strict object whose unknown-key error lists the keys that are allowed. */
export function strictObject<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `a key among: ${known}` : "an object"),
  });
}

export const finiteNumber = (allowed = "a finite number") =>
  z.number({ error: allowed }).finite({ error: allowed });

export const integerAtLeast = (min: number) =>
  z
    .number({ error: `an integer >= ${min}` })
    .int({ error: `an integer >= ${min}` })
    .min(min, { error: `an integer >= ${min}` });

export const numberIn = (lo: number, hi: number) =>
  z
    .number({ error: `a number in [${lo}, ${hi}]` })
    .min(lo, { error: `a number in [${lo}, ${hi}]` })
    .max(hi, { error: `a number in [${lo}, ${hi}]` });

export const positiveNumber = (allowed = "a number > 0") =>
  z.number({ error: allowed }).finite({ error: allowed }).gt(0, { error: allowed });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(", ")}` });

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns zod issues into InputIssues with dotted key paths under `prefix`, reading the offending values from input. */
export function toInputIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix = "",
): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter((part) => part !== "").join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          path: base ? `${base}.${key}` : key,
          value: valueAt(input, [...issue.path, key]),
          allowed: issue.message,
        });
      }
      continue;
    }
    out.push({ path: base, value: valueAt(input, issue.path), allowed: issue.message });
  }
  return out;
}
