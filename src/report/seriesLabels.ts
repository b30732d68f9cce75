// One legend label per run: the spec values that differ between the runs (the swept values), else name and id.

/** Flattens plain JSON into dotted key paths (arrays as whole values). */
function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix === "" ? key : `${prefix}.${key}`, out);
    return;
  }
  out.set(prefix, JSON.stringify(value) ?? "null");
}

export interface LabelledSpec {
  readonly run: string;
  readonly name: string;
  readonly spec: unknown;
}

/**
 * Labels such as `data.alpha=0.1` when at most three spec keys (besides the name) differ between the runs;
 * otherwise `name (run)`. Labels are unique: a repeated one gets its run id appended.
 */
export function seriesLabels(runs: readonly LabelledSpec[]): string[] {
  if (runs.length === 0) return [];
  const flat = runs.map((r) => {
    const m = new Map<string, string>();
    flatten(r.spec, "", m);
    m.delete("name");
    return m;
  });
  const keys = [...new Set(flat.flatMap((m) => [...m.keys()]))].sort();
  const varying = keys.filter((key) => new Set(flat.map((m) => m.get(key) ?? "-")).size > 1);
  const labels =
    runs.length > 1 && varying.length > 0 && varying.length <= 3
      ? flat.map((m) => varying.map((key) => `${key}=${m.get(key) ?? "-"}`).join(", "))
      : runs.map((r) => (runs.length === 1 ? r.name : `${r.name} (${r.run})`));
  const seen = new Map<string, number>();
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  return labels.map((label, i) => ((seen.get(label) ?? 0) > 1 ? `${label} (${runs[i]!.run})` : label));
}
