// `ouro synth regress|sequence|eca` (contract "Symbolic model synthesis"): parse, call src/synthesis, print.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { inputError } from "../../core/errors.js";
import { identifyEca } from "../../synthesis/eca/identifyEca.js";
import { regress } from "../../synthesis/expressions/regress.js";
import { EVALUATIONS_PER_SECOND } from "../../synthesis/expressions/regressOptions.js";
import { readCsvColumns } from "../../synthesis/io/readCsvColumns.js";
import { searchSequence } from "../../synthesis/sequences/searchSequence.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../context.js";

function readText(path: string, key: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw inputError(key, path, "a readable file");
  }
}

function number(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (!Number.isFinite(v) || v < min) throw inputError(name, value, `a number >= ${min}`);
  return v;
}

function print(io: CliIo, json: boolean | undefined, doc: unknown, text: string): void {
  io.stdout(json ? `${JSON.stringify(doc)}\n` : `${text}\n`);
}

export const synthCommand: CliCommand = {
  register(program: Command, io: CliIo): void {
    const synth = program
      .command("synth")
      .description("symbolic model synthesis: find the generating mechanism");
    synth
      .command("regress")
      .description("symbolic regression by minimum description length")
      .requiredOption("--csv <file>", "CSV with a header row")
      .requiredOption("--target <col>", "the column to explain")
      .option("--seconds <s>", "search budget (converted to a fixed number of evaluations)", "3")
      .option("--seed <k>", "seed", "1")
      .option("--json", "print JSON")
      .action((o: { csv: string; target: string; seconds?: string; seed?: string; json?: boolean }) => {
        const { names, columns } = readCsvColumns(readText(o.csv, "csv"), o.csv);
        const t = names.indexOf(o.target);
        if (t < 0) throw inputError("target", o.target, `a column of the CSV: ${names.join(", ")}`);
        if (names.length < 2) throw inputError("csv", o.csv, "at least one column besides the target");
        const y = columns[t]!;
        if (y.every((v) => v === y[0]))
          throw inputError("target", o.target, `a column that varies (it is constant ${y[0]})`);
        const seconds = number("seconds", o.seconds, 3, 0.01);
        const seed = number("seed", o.seed, 1, 0);
        const xs = columns.filter((_, i) => i !== t);
        const xn = names.filter((_, i) => i !== t);
        const r = regress(xs, y, xn, { maxEvaluations: Math.ceil(seconds * EVALUATIONS_PER_SECOND), seed });
        const view = (c: (typeof r.pareto)[number]) => ({
          expression: c.expression,
          complexity: c.complexity,
          description_length: c.descriptionLength,
          r2: c.r2,
          mse: c.mse,
        });
        print(
          io,
          o.json,
          { best: view(r.best), pareto: r.pareto.map(view) },
          `${r.best.expression}  (${r.best.descriptionLength.toFixed(1)} bits, r2 ${r.best.r2})`,
        );
      });
    synth
      .command("sequence <string>")
      .description("the shortest program (in bits) that outputs a string of symbols 0..k-1")
      .option("--json", "print JSON")
      .action((text: string, o: { json?: boolean }) => {
        const clean = text.replace(/[\s,]/g, "");
        if (!/^[0-9a-f]*$/i.test(clean))
          throw inputError("string", text, "symbols 0-9 (or a-f), e.g. 0110100110010110");
        const r = searchSequence(Array.from(clean, (c) => Number.parseInt(c, 16)));
        print(
          io,
          o.json,
          {
            program: r.best.program.text,
            description_length: r.best.total,
            literal_length: r.literalLength,
            reproduces: r.reproduces,
          },
          `${r.best.program.text}  (${r.best.total.toFixed(1)} bits; literal ${r.literalLength.toFixed(1)} bits)`,
        );
      });
    synth
      .command("eca")
      .description(
        "the minimal-description ECA rule of a space-time diagram (one 0/1 row per step, oldest first)",
      )
      .requiredOption("--file <diagram>", "the diagram")
      .option("--json", "print JSON")
      .action((o: { file: string; json?: boolean }) => {
        const rows = readText(o.file, "file")
          .split(/\r?\n/)
          .map((l) => l.replace(/[\s,]/g, ""))
          .filter((l) => l !== "")
          .map((l, t) =>
            Array.from(l, (c, i) => {
              if (c !== "0" && c !== "1") throw inputError(`file: row ${t + 1}, cell ${i + 1}`, c, "0 or 1");
              return Number(c);
            }),
          );
        const r = identifyEca(rows);
        print(
          io,
          o.json,
          {
            rule: r.rule,
            boundary: r.boundary,
            consistent_rules: r.consistentRules,
            description_length: r.descriptionLength,
          },
          `rule ${r.rule} (${r.boundary} boundary), ${r.consistentRules.length} consistent rules, ${r.descriptionLength.toFixed(1)} bits`,
        );
      });
  },
};
