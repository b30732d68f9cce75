// `ouro runs [--json] [--db PATH]`: every stored run with its status (a run whose process died shows interrupted).
import { existsSync } from "node:fs";
import { RunStore } from "../../store/runStore.js";
import type { RunSummary } from "../../store/types.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { formatTable } from "../formatTable.js";
import { printJson } from "../printJson.js";

interface RunsOptions {
  readonly json?: boolean;
  readonly db?: string;
}

function listRuns(path: string): RunSummary[] {
  // No store yet is no runs yet; listing does not create one.
  if (!existsSync(path)) return [];
  const store = RunStore.open(path, { mustExist: true });
  try {
    return store.runs();
  } finally {
    store.close();
  }
}

export const runsCommand: CliCommand = {
  register(program, io) {
    program
      .command("runs")
      .description("list the stored runs")
      .option("--json", "print a JSON array, one object per run")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((options: RunsOptions) => {
        const path = dbPath(options.db);
        const runs = listRuns(path);
        if (options.json === true) {
          printJson(io, runs);
          return;
        }
        if (runs.length === 0) {
          io.stdout(`no runs in ${path}\n`);
          return;
        }
        const rows = runs.map((r) => [
          r.run,
          r.name,
          r.status,
          `${r.generations_done}/${r.generations}`,
          r.created_at.replace("T", " ").replace(/\.\d+Z$/, "Z"),
        ]);
        io.stdout(formatTable(["run", "name", "status", "generations", "created"], rows, [3]));
      });
  },
};
