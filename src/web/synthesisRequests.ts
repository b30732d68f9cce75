// The synthesis calculator behind the dashboard page (contract "Symbolic model synthesis"): the bodies of
// POST /api/synthesis/{sequence,regress,eca} checked as the CLI checks its arguments, and the same JSON it prints.
import { inputError } from "../core/errors.js";
import { checkDiagram, identifyEca } from "../synthesis/eca/identifyEca.js";
import { type RegressCandidate, regress } from "../synthesis/expressions/regress.js";
import type { RegressOptions } from "../synthesis/expressions/regressOptions.js";
import { readCsvColumns } from "../synthesis/io/readCsvColumns.js";
import { searchSequence } from "../synthesis/sequences/searchSequence.js";

export const SYNTHESIS_OPERATIONS = ["sequence", "regress", "eca"] as const;
export type SynthesisOperation = (typeof SYNTHESIS_OPERATIONS)[number];

/** Pasted inputs are small: the sequence search grows faster than linearly with the length. */
export const MAX_SEQUENCE_SYMBOLS = 512;
export const MAX_CSV_ROWS = 200;
export const MAX_CSV_COLUMNS = 6;
export const MAX_ECA_CELLS = 4096;

/**
 * The fixed regression budget of a dashboard request (the CLI's default is 3 "seconds" = 3,000,000 enumerated
 * terms, a 1,000,000-subset and a 40,000,000-pair search): small enough that a request answers in a few seconds.
 */
export const DASHBOARD_REGRESS_BUDGET: Pick<
  RegressOptions,
  "maxEvaluations" | "subsetBudget" | "completionBudget" | "seed"
> = { maxEvaluations: 50_000, subsetBudget: 50_000, completionBudget: 500_000, seed: 1 };

export type SynthesisRequest =
  | { readonly op: "sequence"; readonly text: string }
  | { readonly op: "regress"; readonly csv: string; readonly target: string }
  | { readonly op: "eca"; readonly diagram: string };

export interface SequenceAnswer {
  readonly program: string;
  readonly description_length: number;
  readonly literal_length: number;
  readonly reproduces: boolean;
}

export interface RegressView {
  readonly expression: string;
  readonly complexity: number;
  readonly description_length: number;
  readonly r2: number;
  readonly mse: number;
}

export interface RegressAnswer {
  readonly best: RegressView;
  readonly pareto: readonly RegressView[];
}

export interface EcaAnswer {
  readonly rule: number;
  readonly boundary: string;
  readonly consistent_rules: readonly number[];
  readonly description_length: number;
}

export type SynthesisAnswer = SequenceAnswer | RegressAnswer | EcaAnswer;

function stringField(body: unknown, key: string, allowed: string): string {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw inputError("(body)", body, "a JSON object");
  const value = Object.hasOwn(body, key) ? (body as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "string" || value.trim() === "") throw inputError(key, value, allowed);
  return value;
}

/** Digits 0-9, whitespace and commas dropped (as `ouro synth sequence` reads its argument). */
function sequenceSymbols(text: string): number[] {
  const clean = text.replace(/[\s,]/g, "");
  if (clean === "")
    throw inputError("text", text, "a non-empty string of symbols 0-9, e.g. 0110100110010110");
  const bad = /[^0-9]/.exec(clean);
  if (bad !== null)
    throw inputError(
      "text",
      bad[0],
      "symbols 0-9 only (spaces and commas are ignored), e.g. 0110100110010110",
    );
  if (clean.length > MAX_SEQUENCE_SYMBOLS)
    throw inputError("text", `${clean.length} symbols`, `at most ${MAX_SEQUENCE_SYMBOLS} symbols`);
  return Array.from(clean, Number);
}

function regressData(csv: string, target: string) {
  const { names, columns } = readCsvColumns(csv, "csv");
  if (columns[0]!.length > MAX_CSV_ROWS)
    throw inputError("csv", `${columns[0]!.length} rows`, `at most ${MAX_CSV_ROWS} data rows`);
  if (names.length > MAX_CSV_COLUMNS)
    throw inputError("csv", `${names.length} columns`, `at most ${MAX_CSV_COLUMNS} columns`);
  const t = names.indexOf(target);
  if (t < 0) throw inputError("target", target, `a column of the CSV: ${names.join(", ")}`);
  if (names.length < 2) throw inputError("csv", names.join(","), "at least one column besides the target");
  const y = columns[t]!;
  if (y.every((v) => v === y[0]))
    throw inputError("target", target, `a column that varies (it is constant ${y[0]})`);
  return {
    y,
    xs: columns.filter((_, i) => i !== t),
    names: names.filter((_, i) => i !== t),
  };
}

/** One 0/1 row per line, oldest first (as `ouro synth eca --file` reads its file). */
function ecaRows(diagram: string): number[][] {
  const rows = diagram
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s,]/g, ""))
    .filter((l) => l !== "")
    .map((l, t) =>
      Array.from(l, (c, i) => {
        if (c !== "0" && c !== "1") throw inputError(`diagram: row ${t + 1}, cell ${i + 1}`, c, "0 or 1");
        return Number(c);
      }),
    );
  const cells = rows.reduce((n, r) => n + r.length, 0);
  if (cells > MAX_ECA_CELLS) throw inputError("diagram", `${cells} cells`, `at most ${MAX_ECA_CELLS} cells`);
  checkDiagram(rows, "diagram");
  return rows;
}

/** Checks a request body (cheap: run on the server's thread before any search starts). */
export function parseSynthesisRequest(op: SynthesisOperation, body: unknown): SynthesisRequest {
  switch (op) {
    case "sequence": {
      const text = stringField(body, "text", "a non-empty string of symbols 0-9");
      sequenceSymbols(text);
      return { op, text };
    }
    case "regress": {
      const csv = stringField(body, "csv", "CSV text with a header row and numeric rows");
      const target = stringField(body, "target", "the name of the column to explain");
      regressData(csv, target);
      return { op, csv, target };
    }
    case "eca": {
      const diagram = stringField(body, "diagram", "one row of 0/1 cells per line, oldest first");
      ecaRows(diagram);
      return { op, diagram };
    }
  }
}

const view = (c: RegressCandidate): RegressView => ({
  expression: c.expression,
  complexity: c.complexity,
  description_length: c.descriptionLength,
  r2: c.r2,
  mse: c.mse,
});

/** The search itself (seconds for regression: run it off the server's thread, see synthesisWorker.ts). */
export function runSynthesis(request: SynthesisRequest): SynthesisAnswer {
  switch (request.op) {
    case "sequence": {
      const r = searchSequence(sequenceSymbols(request.text));
      return {
        program: r.best.program.text,
        description_length: r.best.total,
        literal_length: r.literalLength,
        reproduces: r.reproduces,
      };
    }
    case "regress": {
      const { xs, y, names } = regressData(request.csv, request.target);
      const r = regress(xs, y, names, DASHBOARD_REGRESS_BUDGET);
      return { best: view(r.best), pareto: r.pareto.map(view) };
    }
    case "eca": {
      const r = identifyEca(ecaRows(request.diagram));
      return {
        rule: r.rule,
        boundary: r.boundary,
        consistent_rules: r.consistentRules,
        description_length: r.descriptionLength,
      };
    }
  }
}
