// Validates spec text from the dashboard's editor exactly as `ouro run` does, adding the line of each issue.
import { LineCounter, parseDocument } from "yaml";
import { InputError, type InputIssue } from "../core/errors.js";
import { bindFamily } from "../loop/run.js";
import { normaliseSpec } from "../spec/normaliseSpec.js";
import type { ExperimentSpec } from "../spec/types.js";

/** An issue with the 1-based line of the offending key in the text, where it can be found. */
export interface LocatedIssue extends InputIssue {
  readonly line: number | null;
}

export type SpecValidation =
  | { readonly ok: true; readonly spec: ExperimentSpec }
  | { readonly ok: false; readonly message: string; readonly issues: readonly LocatedIssue[] };

export function validateSpecText(text: string): SpecValidation {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => ({
      path: "(text)",
      value: e.message.split("\n")[0] ?? e.message,
      allowed: "a YAML or JSON document",
      line: e.linePos?.[0]?.line ?? null,
    }));
    return { ok: false, message: "cannot parse spec", issues };
  }
  const lineOf = (path: string): number | null => {
    const keys: (string | number)[] =
      path === "" ? [] : path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    // The deepest node of the path that exists: a missing key is reported at its parent.
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range !== undefined) return lines.linePos(node.range[0]).line;
    }
    return null;
  };
  try {
    const spec = normaliseSpec(doc.toJS());
    // The loop's own check of the family and its parameters, which `ouro run` meets before anything is stored.
    bindFamily(spec);
    return { ok: true, spec };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const message = error.message.split(":")[0] ?? "invalid spec";
    return { ok: false, message, issues: error.issues.map((i) => ({ ...i, line: lineOf(i.path) })) };
  }
}
