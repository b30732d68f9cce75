// `ouro run SPEC [--set k=v]... [--json] [--db PATH]` (contract.md, "ouro run"): validate, run into the store, print.
import { loadSpecFile } from "../../spec/load.js";
import { recordRun } from "../../store/recordRun.js";
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { printRun } from "../printRun.js";
import { createProgress } from "../progress.js";
import { reportRunFailure } from "../reportRunFailure.js";
import { loopWith, parseThreads, THREADS_HELP } from "../threadsOption.js";

interface RunOptions {
  readonly set: string[];
  readonly json?: boolean;
  readonly threads?: string;
  readonly db?: string;
}

export const runCommand: CliCommand = {
  register(program, io, setExit) {
    program
      .command("run")
      .description("run an experiment spec (YAML or JSON) and store it")
      .argument("<spec>", "the experiment spec file")
      .option(
        "--set <key.path=value>",
        "override a spec value (repeatable)",
        (v, all: string[]) => [...all, v],
        [],
      )
      .option("--json", "print the run's document as JSON on stdout")
      .option("--threads <n>", THREADS_HELP)
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((specPath: string, options: RunOptions) => {
        // Validation comes first: a bad spec exits 2 before the store is opened.
        const spec = loadSpecFile(specPath, options.set);
        const threads = parseThreads(options.threads);
        const progress = createProgress(io, spec.name);
        let store: RunStore | undefined;
        const open = () => {
          store ??= RunStore.open(dbPath(options.db));
          return store;
        };
        try {
          const run = recordRun(spec, loopWith({ threads }), open, {
            onGeneration: (p) => progress.update(p),
          });
          progress.finish(`run ${run} done`);
          printRun(io, open(), run, options.json === true);
        } catch (error) {
          reportRunFailure(error, io, setExit);
        } finally {
          store?.close();
        }
      });
  },
};
