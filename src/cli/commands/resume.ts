// `ouro resume RUN [--json] [--db PATH]`: continues a run from its latest checkpoint, then prints like `ouro run`.
import { normaliseSpec } from "../../spec/load.js";
import { resumeRun } from "../../store/resumeRun.js";
import { RunStore } from "../../store/runStore.js";
import type { CliCommand } from "../command.js";
import { dbPath } from "../context.js";
import { printRun } from "../printRun.js";
import { createProgress } from "../progress.js";
import { reportRunFailure } from "../reportRunFailure.js";
import { loopWith, parseThreads, THREADS_HELP } from "../threadsOption.js";

interface ResumeOptions {
  readonly json?: boolean;
  readonly threads?: string;
  readonly takeOver?: boolean;
  readonly db?: string;
}

export const resumeCommand: CliCommand = {
  register(program, io, setExit) {
    program
      .command("resume")
      .description("continue an interrupted or failed run from its last checkpoint")
      .argument("<run>", "the run id (see `ouro runs`)")
      .option("--json", "print the run's document as JSON on stdout")
      .option("--threads <n>", THREADS_HELP)
      .option("--take-over", "resume a run still marked running on another machine (that machine is gone)")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((run: string, options: ResumeOptions) => {
        const threads = parseThreads(options.threads);
        const store = RunStore.open(dbPath(options.db), { mustExist: true });
        try {
          const progress = createProgress(io, store.run(run).name);
          const outcome = resumeRun(store, run, loopWith({ threads }), normaliseSpec, {
            onGeneration: (p) => progress.update(p),
            takeOver: options.takeOver === true,
          });
          progress.finish(
            outcome.outcome === "done"
              ? `run ${run} had already finished; nothing to do`
              : `run ${run} resumed after generation ${outcome.from}, done`,
          );
          printRun(io, store, run, options.json === true);
        } catch (error) {
          reportRunFailure(error, io, setExit);
        } finally {
          store.close();
        }
      });
  },
};
