// `ouro show RUN [--json] [--db PATH]`: a stored run; with --json the same document as `ouro run --json`.
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { metricTable } from "../metricTable.js";
import { printJson } from "../printJson.js";

interface ShowOptions {
  readonly json?: boolean;
  readonly db?: string;
}

export const showCommand: CliCommand = {
  register(program, io) {
    program
      .command("show")
      .description("show a stored run: its spec, status and last generation")
      .argument("<run>", "the run id (see `ouro runs`)")
      .option("--json", "print the run's document as JSON (as `ouro run --json` does)")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((run: string, options: ShowOptions) => {
        const store = RunStore.open(dbPath(options.db), { mustExist: true });
        try {
          const document = store.document(run);
          if (options.json === true) {
            printJson(io, document);
            return;
          }
          const s = store.run(run);
          const lines = [
            `run        ${s.run}`,
            `name       ${s.name}`,
            `status     ${s.status}${s.error === null ? "" : ` (${s.error.split("\n")[0]})`}`,
            `generation ${s.generations_done} of ${s.generations}`,
            `seed       ${s.seed}`,
            `created    ${s.created_at} by ouroboros ${s.version}`,
            `spec       ${JSON.stringify(document.spec)}`,
          ];
          io.stdout(`${lines.join("\n")}\n`);
          const last = document.generations.at(-1);
          if (last !== undefined) io.stdout(`\nmetrics at t = ${last.t}\n${metricTable(last)}`);
        } finally {
          store.close();
        }
      });
  },
};
