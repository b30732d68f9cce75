// `ouro ctm build|lookup|import` (contract "Algorithmic probability"): parse, call src/complexity, print.
import type { Command } from "commander";
import { loadCtmTable } from "../../complexity/ctm/builtinTables.js";
import { ctmLookup } from "../../complexity/ctm/ctmLookup.js";
import { ctmSummary } from "../../complexity/ctm/ctmSummary.js";
import { importPublishedTable } from "../../complexity/ctm/importPublishedTable.js";
import { tableFromCounts } from "../../complexity/ctm/tableFromCounts.js";
import { writeCtmTable } from "../../complexity/ctm/writeCtmTable.js";
import { enumerateParallel } from "../../complexity/tm/enumerateParallel.js";
import { tmSpace } from "../../complexity/tm/tmSpace.js";
import { inputError } from "../../core/errors.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../context.js";

function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw inputError(name, value, "an integer");
  return n;
}

interface BuildOptions {
  states?: string;
  symbols?: string;
  maxSteps?: string;
  workers?: string;
  out?: string;
  checkpoint?: string;
  json?: boolean;
}

async function build(io: CliIo, o: BuildOptions): Promise<void> {
  const space = tmSpace(
    intOption("states", o.states) ?? Number.NaN,
    intOption("symbols", o.symbols),
    intOption("max-steps", o.maxSteps),
  );
  const result = await enumerateParallel(space, {
    workers: intOption("workers", o.workers) ?? 2,
    ...(o.checkpoint === undefined ? {} : { checkpoint: o.checkpoint }),
    ...(io.interactive && !o.json
      ? { onProgress: (done: number, total: number) => io.stderr(`\runits ${done}/${total}`) }
      : {}),
  });
  if (io.interactive && !o.json) io.stderr("\n");
  const out = o.out ?? `d${space.states}${space.symbols === 2 ? "" : `k${space.symbols}`}.ctm`;
  writeCtmTable(out, tableFromCounts(result));
  const summary = {
    ...ctmSummary(result),
    out,
    workers: result.workers,
    units: result.units,
    resumed_units: result.resumedUnits,
  };
  if (o.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else {
    io.stdout(
      `D(${summary.states},${summary.symbols}): ${summary.halting} of ${summary.machines} machines halt within ${summary.max_steps} steps; ` +
        `${summary.strings} strings (longest ${summary.longest}); ${summary.seconds.toFixed(1)} s on ${summary.workers} thread(s); wrote ${out}\n`,
    );
  }
}

export const ctmCommand: CliCommand = {
  register(program: Command, io: CliIo): void {
    const ctm = program
      .command("ctm")
      .description("Coding Theorem Method: build and query output-frequency tables");
    ctm
      .command("build")
      .description("enumerate every (N,k) Turing machine and write the table D(N,k)")
      .requiredOption("--states <n>", "number of states N (1..5 for k = 2)")
      .option("--symbols <k>", "alphabet size (2, 3 or 4)", "2")
      .option("--max-steps <s>", "runtime cut-off (default: 6, 21, 107, 500 for N = 2..5)")
      .option("--workers <w>", "worker threads", "2")
      .option("--out <file>", "table file to write (.gz to compress)")
      .option("--checkpoint <file>", "resume from / save finished work units to this file")
      .option("--json", "print the summary as JSON")
      .action((o: BuildOptions) => build(io, o));
    ctm
      .command("lookup <string>")
      .description("D(s) and K(s) = -log2 D(s) of a string")
      .option("--table <file>", "table file or one of d2, d3, d4, d5 (default d5)")
      .option("--json", "print JSON")
      .action((text: string, o: { table?: string; json?: boolean }) => {
        const r = ctmLookup(loadCtmTable(o.table), text);
        if (o.json) {
          io.stdout(
            `${JSON.stringify({ string: r.string, count: r.count, D: r.D, K: r.K, produced: r.produced, denominator: r.denominator })}\n`,
          );
        } else if (!r.produced) io.stdout(`${text}: produced by no machine of the table (count 0, D 0)\n`);
        else io.stdout(`${text}: count ${r.count ?? "-"}  D ${r.D}  K ${r.K} bits\n`);
      });
    ctm
      .command("import <file>")
      .description("read a published table (pybdm TSV or acss-style K columns) into the ouro table format")
      .requiredOption("--format <format>", "pybdm or acss")
      .requiredOption("--out <table>", "table file to write")
      .option("--symbols <k>", "alphabet (acss: which K.k column)", "2")
      .option("--json", "print JSON")
      .action((file: string, o: { format: string; out: string; symbols: string; json?: boolean }) => {
        if (o.format !== "pybdm" && o.format !== "acss")
          throw inputError("format", o.format, "pybdm or acss");
        const table = importPublishedTable(file, o.format, intOption("symbols", o.symbols) ?? 2);
        writeCtmTable(o.out, table);
        let entries = 0;
        for (const m of table.bits.values()) entries += m.size;
        const summary = {
          out: o.out,
          format: o.format,
          symbols: table.header.symbols,
          ndim: table.header.ndim,
          shapes: [...table.bits.keys()],
          entries,
        };
        io.stdout(
          o.json
            ? `${JSON.stringify(summary)}\n`
            : `wrote ${o.out}: ${entries} blocks in ${summary.shapes.length} shapes\n`,
        );
      });
  },
};
