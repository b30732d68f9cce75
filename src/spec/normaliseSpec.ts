// Validates an experiment spec and fills its defaults: the one gate between user input and the loop.
import type { z } from "zod";
import { InputError, type InputIssue } from "../core/errors.js";
import { toInputIssues } from "../core/schema.js";
import type { Family } from "../families/family.js";
import { families } from "../families/registry.js";
import { experimentSchema } from "./schema.js";
import type { AlphaSchedule, ExperimentSpec } from "./types.js";

function fail(issues: InputIssue[]): never {
  throw new InputError(issues, "invalid spec");
}

function withoutFamily(value: Record<string, unknown>): Record<string, unknown> {
  const { family: _family, ...rest } = value;
  return rest;
}

function parseSection<T>(
  schema: z.ZodType<T>,
  value: Record<string, unknown>,
  prefix: string,
  issues: InputIssue[],
) {
  const parsed = schema.safeParse(withoutFamily(value));
  if (!parsed.success) {
    issues.push(...toInputIssues(parsed.error.issues, withoutFamily(value), prefix));
    return undefined;
  }
  return parsed.data as Record<string, unknown>;
}

/** The family of a normalised spec, and its parsed truth and learner parameters. */
export function resolveFamily(spec: ExperimentSpec): {
  family: Family<never, never>;
  truth: Record<string, unknown>;
  options: Record<string, unknown>;
} {
  const family = families.get(spec.model.family, "model.family");
  const issues: InputIssue[] = [];
  const truth = parseSection(family.truthSchema(spec.truth.family), spec.truth, "truth", issues);
  const options = parseSection(family.modelSchema, spec.model, "model", issues);
  if (!truth || !options) fail(issues);
  return { family, truth, options };
}

/** Validates `input` (a parsed YAML/JSON document) and returns the normalised spec; throws InputError listing every problem. */
export function normaliseSpec(input: unknown): ExperimentSpec {
  const parsed = experimentSchema.safeParse(input);
  if (!parsed.success) fail(toInputIssues(parsed.error.issues, input));
  const raw = parsed.data;
  const modelInput = raw.model ?? { family: raw.truth.family };
  // Without a model section the learner is named by truth.family, so that is the key an unknown name is reported at.
  const family = families.get(modelInput.family, raw.model ? "model.family" : "truth.family");
  const issues: InputIssue[] = [];
  if (!family.truthFamilies.includes(raw.truth.family)) {
    issues.push({
      path: "truth.family",
      value: raw.truth.family,
      allowed: `a truth family that model ${family.name} can learn: ${family.truthFamilies.join(", ")}`,
    });
    fail(issues);
  }
  const truth = parseSection(family.truthSchema(raw.truth.family), raw.truth, "truth", issues);
  const options = parseSection(family.modelSchema, modelInput, "model", issues);
  if (!truth || !options) fail(issues);

  const alpha: AlphaSchedule =
    typeof raw.data.alpha === "number" ? { schedule: "constant", value: raw.data.alpha } : raw.data.alpha;
  const { regime } = raw.data;
  if (regime === "accumulate-subsample" && !family.capabilities.subsample) {
    issues.push({
      path: "data.regime",
      value: regime,
      allowed: `a regime family ${family.name} supports: replace, accumulate, fixed-real`,
    });
  }
  if (regime === "fixed-real" && !(alpha.schedule === "constant" && alpha.value === 0)) {
    issues.push({
      path: "data.alpha",
      value: raw.data.alpha,
      allowed: "0 with regime fixed-real (its real data are the fixed set of t = 1; use data.lambda)",
    });
  }
  if (raw.sampling.temperature !== 1 && !family.capabilities.temperature) {
    issues.push({
      path: "sampling.temperature",
      value: raw.sampling.temperature,
      allowed: `1 (family ${family.name} has no temperature)`,
    });
  }
  if (raw.sampling.reservoir > 0 && !family.capabilities.reservoir) {
    issues.push({
      path: "sampling.reservoir",
      value: raw.sampling.reservoir,
      allowed: `0 (family ${family.name} has no uniform reservoir)`,
    });
  }
  issues.push(
    ...(family.check?.(truth as never, options as never, { n: raw.data.n, replicates: raw.replicates }) ??
      []),
  );
  if (issues.length > 0) fail(issues);

  return {
    name: raw.name,
    seed: raw.seed,
    replicates: raw.replicates,
    generations: raw.generations,
    truth: { family: raw.truth.family, ...truth },
    model: { family: family.name, ...options },
    data: { n: raw.data.n, regime, alpha, lambda: raw.data.lambda },
    sampling: { temperature: raw.sampling.temperature, reservoir: raw.sampling.reservoir },
  };
}
