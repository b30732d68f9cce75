// Spec files for the CLI tests, written into a temporary directory.
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";

/** The Gaussian MLE spec of issue 2, with fields to override. */
export function gaussianSpec(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "g",
    seed: 1,
    replicates: 200,
    generations: 30,
    truth: { family: "gaussian", mean: 0, sd: 1 },
    model: { family: "gaussian", estimator: "mle" },
    data: { n: 100 },
    ...overrides,
  };
}

export function writeSpec(path: string, spec: unknown, format: "yaml" | "json" = "yaml"): string {
  writeFileSync(path, format === "yaml" ? stringify(spec) : JSON.stringify(spec));
  return path;
}
