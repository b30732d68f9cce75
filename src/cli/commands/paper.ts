// `ouro paper`: the paper's two failure modes under four alpha schedules, stored, printed and written to report/.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inputError } from "../../core/errors.js";
import { paperMarkdown, paperSummary } from "../../paper/paperReport.js";
import { runPaper } from "../../paper/runPaper.js";
import { writePaperReport } from "../../report/writePaperReport.js";
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { formatTable } from "../formatTable.js";
import { printJson } from "../printJson.js";
import { createProgress } from "../progress.js";
import { reportRunFailure } from "../reportRunFailure.js";

interface PaperCliOptions {
  readonly db?: string;
  readonly out: string;
  readonly quick?: boolean;
  readonly full?: boolean;
  readonly seed: string;
  readonly json?: boolean;
}

/** Writes a file whole or not at all (a temporary name, then a rename). */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export const paperCommand: CliCommand = {
  register(program, io, setExit) {
    program
      .command("paper")
      .description("run the paper's experiments: entropy decay and drift under four alpha schedules")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .option("--out <dir>", "where the report goes", "report")
      .option("--quick", "fewer replicates and generations (a first look, and the tests)")
      .option("--full", "also the slow sections (e.g. the neural language model)")
      .option("--seed <n>", "the seed of every experiment", "1")
      .option("--json", "print the runs and findings as JSON on stdout")
      .action(async (options: PaperCliOptions) => {
        const seed = Number(options.seed);
        if (!Number.isInteger(seed) || seed < 0) throw inputError("--seed", options.seed, "an integer >= 0");
        let store: RunStore | undefined;
        const open = () => {
          store ??= RunStore.open(dbPath(options.db));
          return store;
        };
        try {
          const results = runPaper(
            open,
            { quick: options.quick === true, full: options.full === true, seed },
            (experiment, index, total) => {
              const progress = createProgress(io, `${index + 1}/${total} ${experiment.spec.name}`);
              return {
                onGeneration: (p) => {
                  progress.update(p);
                  if (p.t === p.generations) progress.finish(`run ${p.run} done`);
                },
              };
            },
          );
          mkdirSync(options.out, { recursive: true });
          writeAtomically(join(options.out, "paper.md"), paperMarkdown(results));
          const summary = paperSummary(results);
          writeAtomically(join(options.out, "paper.json"), `${JSON.stringify(summary, null, 2)}\n`);
          await writePaperReport(options.out, open(), summary.sections);
          if (options.json) {
            printJson(io, summary);
            return;
          }
          for (const { section, runs } of results) {
            io.stdout(`\n== ${section.title} ==\n`);
            for (const table of section.tables(runs)) {
              io.stdout(`\n${table.title}\n${formatTable(table.header, table.rows, [])}`);
            }
            const findings = section.findings(runs);
            if (findings.length > 0) io.stdout(`\n${findings.join("\n")}\n`);
          }
          io.stdout(`\nreport: ${join(options.out, "paper.md")}\n`);
        } catch (error) {
          reportRunFailure(error, io, setExit);
        } finally {
          store?.close();
        }
      });
  },
};
