// `ouro report RUN... [--out DIR] [--title T] [--db PATH]` (contract "Reports and dashboard"): figures and index.html.
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { printJson } from "../printJson.js";

interface ReportCliOptions {
  readonly out: string;
  readonly title?: string;
  readonly db?: string;
  readonly json?: boolean;
}

export const reportCommand: CliCommand = {
  register(program, io) {
    program
      .command("report")
      .description("draw stored runs: DIR/index.html (self-contained) plus a PNG and an SVG per figure")
      .argument("<runs...>", "run ids (see `ouro runs`); several are overlaid, one colour each")
      .option("--out <dir>", "where the report goes", "report")
      .option("--title <text>", "the report's title")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .option("--json", "print the written files as JSON")
      .action(async (ids: string[], options: ReportCliOptions) => {
        // Loaded here: Vega and resvg take a while to load, and other commands never need them.
        const { loadReportRuns, writeReport } = await import("../../report/index.js");
        const store = RunStore.open(dbPath(options.db), { mustExist: true });
        try {
          const runs = loadReportRuns(store, [...new Set(ids)]);
          const title =
            options.title ??
            (runs.length === 1 ? `Run ${runs[0]!.summary.name}` : `${runs.length} runs compared`);
          const written = await writeReport(options.out, { title, runs });
          if (options.json === true) {
            printJson(io, written);
            return;
          }
          io.stdout(
            `report: ${written.index} (${written.figures.length} figures, PNG and SVG each; ${written.seconds.toFixed(2)} s)\n`,
          );
        } finally {
          store.close();
        }
      });
  },
};
