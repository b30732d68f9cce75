// `ouro export RUN --format csv|json [--out FILE] [--db PATH]`: a run's per-generation metrics for other tools.
import { writeFileSync } from "node:fs";
import { inputError } from "../../core/errors.js";
import { runCsv } from "../../store/runCsv.js";
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";

interface ExportOptions {
  readonly format: string;
  readonly out?: string;
  readonly db?: string;
}

const FORMATS = ["csv", "json"] as const;

export const exportCommand: CliCommand = {
  register(program, io) {
    program
      .command("export")
      .description("export a run's metrics: CSV (one row per generation and metric) or its JSON document")
      .argument("<run>", "the run id (see `ouro runs`)")
      .requiredOption("--format <format>", "csv or json")
      .option("--out <file>", "write to FILE instead of stdout")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((run: string, options: ExportOptions) => {
        if (!(FORMATS as readonly string[]).includes(options.format)) {
          throw inputError("--format", options.format, FORMATS.join(" | "));
        }
        const store = RunStore.open(dbPath(options.db), { mustExist: true });
        let text: string;
        try {
          const document = store.document(run);
          text = options.format === "csv" ? runCsv(document) : `${JSON.stringify(document, null, 2)}\n`;
        } finally {
          store.close();
        }
        if (options.out === undefined) {
          io.stdout(text);
          return;
        }
        try {
          writeFileSync(options.out, text);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw inputError("--out", options.out, `a writable file path (${reason})`, "cannot write export");
        }
      });
  },
};
