// `ouro sweep SWEEP.yaml [--workers W] [--queue redis://HOST:PORT] [--json] [--db PATH]` (contract.md "Scale-out").
import { availableParallelism } from "node:os";
import { inputError } from "../../core/errors.js";
import type { CtmSweepDocument } from "../../sweep/ctmSweepDocument.js";
import type { ExperimentSweepDocument } from "../../sweep/experimentSweepDocument.js";
import { loadSweepFile } from "../../sweep/loadSweepFile.js";
import { runSweep, SweepFailedError } from "../../sweep/runSweep.js";
import { createSweepProgress } from "../../sweep/sweepProgress.js";
import type { CliCommand } from "../command.js";
import { type CliIo, dbPath } from "../context.js";
import { formatNumber, formatTable } from "../formatTable.js";
import { printJson } from "../printJson.js";

interface SweepOptions {
  readonly workers?: string;
  readonly queue?: string;
  readonly lockSeconds?: string;
  readonly json?: boolean;
  readonly db?: string;
}

/** Parses a count option: an integer from `min` on. */
export function countOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw inputError(name, value, `an integer >= ${min}`);
  return n;
}

export function secondsOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.5) throw inputError(name, value, "a number of seconds >= 0.5");
  return n;
}

const HIDDEN_METRICS = new Set(["alpha", "alpha_sum"]);

function experimentTable(document: ExperimentSweepDocument): string {
  const params = Object.keys(document.cells[0]?.params ?? {});
  const metrics = Object.keys(document.cells[0]?.final ?? {}).filter((m) => !HIDDEN_METRICS.has(m));
  const rows = document.cells.map((cell) => [
    ...params.map((p) => {
      const v = cell.params[p];
      return typeof v === "number" ? formatNumber(v) : JSON.stringify(v);
    }),
    cell.run,
    ...metrics.map((m) => formatNumber(cell.final[m]?.mean)),
  ]);
  const numeric = metrics.map((_, i) => params.length + 1 + i);
  return formatTable([...params, "run", ...metrics], rows, numeric);
}

function ctmText(document: CtmSweepDocument): string {
  return (
    `D(${document.states},${document.symbols}): ${document.halting} of ${document.machines} machines halt within ` +
    `${document.max_steps} steps; ${document.strings} strings (longest ${document.longest}); ${document.units} units` +
    `${document.out === null ? "" : `; wrote ${document.out}`}\n`
  );
}

async function sweep(io: CliIo, path: string, options: SweepOptions, setExit: (code: number) => void) {
  // Everything is validated before any work: the sweep file, every cell, the options, the queue.
  const plan = loadSweepFile(path);
  const workers = countOption("--workers", options.workers, options.queue === undefined ? 1 : 0);
  const lockSeconds = secondsOption("--lock-seconds", options.lockSeconds);
  const progress = createSweepProgress(io.stderr, io.interactive);
  try {
    const outcome = await runSweep(plan, {
      db: dbPath(options.db),
      workers: workers ?? (options.queue === undefined ? availableParallelism() : 0),
      queue: options.queue,
      lockSeconds,
      onStart: ({ backend, resumed, total }) =>
        io.stderr(
          `ouro: sweep ${plan.id} (${plan.name}): ${total} cells on ${backend}${resumed > 0 ? `, ${resumed} already stored` : ""}\n`,
        ),
      onProgress: (p) => progress.update(p),
      onWaiting: () =>
        io.stderr(
          `ouro: waiting for workers: run \`ouro worker --queue ${options.queue}\` on each machine\n`,
        ),
    });
    progress.finish(`sweep ${plan.id} done`);
    const { document } = outcome;
    if (options.json === true) printJson(io, document);
    else io.stdout(document.kind === "ctm" ? ctmText(document) : experimentTable(document));
  } catch (error) {
    if (!(error instanceof SweepFailedError)) throw error;
    progress.finish(`sweep ${plan.id} incomplete`);
    io.stderr(`ouro: ${error.message}\n`);
    setExit(1);
  }
}

export const sweepCommand: CliCommand = {
  register(program, io, setExit) {
    program
      .command("sweep")
      .description("run every cell of a sweep (axes over a base spec, or a CTM enumeration) and store them")
      .argument("<sweep>", "the sweep file (YAML or JSON)")
      .option(
        "--workers <w>",
        "worker threads (default: every core); with --queue, threads of a local worker (default 0)",
      )
      .option(
        "--queue <url>",
        "run the cells through BullMQ on this Redis (redis://HOST:PORT); start `ouro worker`s",
      )
      .option(
        "--lock-seconds <s>",
        "with --queue and --workers: seconds before a dead local worker's cell is retried",
      )
      .option("--json", "print the sweep's document as JSON on stdout")
      .option("--db <path>", "the store (default: $OURO_DB or ./ouro.db)")
      .action((path: string, options: SweepOptions) => sweep(io, path, options, setExit));
  },
};
