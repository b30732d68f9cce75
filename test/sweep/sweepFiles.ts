// Sweep files for the sweep tests: a small Gaussian sweep whose cells take a fraction of a second each.
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";

export function gaussianSweep(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "sweep-test",
    base: {
      name: "g",
      replicates: 300,
      generations: 20,
      truth: { family: "gaussian", mean: 0, sd: 1 },
      data: { n: 50 },
    },
    axes: { "data.alpha": [0, 0.25], "data.n": [20, 60] },
    seeds: [1, 2],
    ...overrides,
  };
}

export function writeSweep(path: string, sweep: unknown): string {
  writeFileSync(path, stringify(sweep));
  return path;
}
