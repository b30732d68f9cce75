// `ouro bdm` (contract "Algorithmic probability"): parse, call src/complexity, print.
import type { Command } from "commander";
import { bdm1d } from "../../complexity/bdm/bdm1d.js";
import { bdm2d } from "../../complexity/bdm/bdm2d.js";
import { bdmFile } from "../../complexity/bdm/bdmFile.js";
import type { BdmConvention, Boundary } from "../../complexity/bdm/bdmOptions.js";
import { defaultTableName, loadCtmTable } from "../../complexity/ctm/builtinTables.js";
import { informationSignature, perturbation1d } from "../../complexity/perturbation/perturbation1d.js";
import { inputError } from "../../core/errors.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../context.js";

interface BdmCliOptions {
  file?: string;
  ndim: string;
  symbols: string;
  block?: string;
  step?: string;
  boundary?: string;
  convention?: string;
  table?: string;
  normalized?: boolean;
  signature?: boolean;
  json?: boolean;
}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw inputError(name, value, "an integer");
  return n;
}

function run(io: CliIo, text: string | undefined, o: BdmCliOptions): void {
  const ndim = int("ndim", o.ndim);
  if (ndim !== 1 && ndim !== 2) throw inputError("ndim", o.ndim, "1 or 2");
  if ((text === undefined) === (o.file === undefined))
    throw inputError("input", text ?? o.file, "a STRING or --file F, not both");
  const symbols = int("symbols", o.symbols) ?? 2;
  if (o.table === undefined && (ndim === 2 || symbols !== 2)) {
    throw inputError(
      "table",
      undefined,
      "--table FILE: the project has its own table only for 1-D binary data (d5)",
    );
  }
  const table = loadCtmTable(o.table ?? defaultTableName);
  const block = int("block", o.block);
  const step = int("step", o.step);
  const options = {
    ndim,
    symbols,
    ...(block === undefined ? {} : { block }),
    ...(step === undefined ? {} : { step }),
    ...(o.boundary === undefined ? {} : { boundary: o.boundary as Boundary }),
    ...(o.convention === undefined ? {} : { convention: o.convention as BdmConvention }),
  } as const;
  const r =
    o.file !== undefined
      ? bdmFile(o.file, table, options)
      : ndim === 1
        ? bdm1d(text!, table, options)
        : bdm2d(text!, table, options);
  const doc: Record<string, unknown> = {
    bdm: r.bdm,
    blocks: r.blocks,
    missing: r.missing,
    n_blocks: r.nBlocks,
    entropy: r.entropy,
    table: r.table,
  };
  if (o.normalized) {
    doc.normalized = r.normalized;
    doc.entropy_normalized = r.entropyNormalized;
  }
  if (o.signature) {
    if (ndim !== 1 || text === undefined) throw inputError("signature", true, "a 1-D STRING argument");
    const p = perturbation1d(Array.from(text.replace(/\s/g, ""), Number), table, options);
    doc.signature = informationSignature(p);
  }
  if (o.json) io.stdout(`${JSON.stringify(doc)}\n`);
  else {
    io.stdout(
      `BDM ${r.bdm} bits over ${r.nBlocks} blocks (${r.blocks.length} distinct)${o.normalized ? `; normalised ${r.normalized}` : ""}\n`,
    );
    for (const m of r.missing)
      io.stdout(`  missing from the table: ${m.block} x${m.count}, imputed ${m.ctm} (max + 1 bit)\n`);
  }
}

export const bdmCommand: CliCommand = {
  register(program: Command, io: CliIo): void {
    program
      .command("bdm [string]")
      .description("Block Decomposition Method estimate of algorithmic complexity, in bits")
      .option("--file <f>", "read the input from a file, streaming")
      .option("--ndim <d>", "1 or 2 (2-D: rows joined by -, or one row per line)", "1")
      .option("--symbols <k>", "alphabet size", "2")
      .option("--block <n>", "block length (1-D, default 12) or side (2-D, default 4)")
      .option("--step <n>", "offset between blocks (default: the block)")
      .option("--boundary <b>", "ignore, recursive, correlated or cyclic", undefined)
      .option("--convention <c>", "pybdm (default) or acss")
      .option("--table <file>", "table file or one of d2, d3, d4, d5 (default d5 in 1-D)")
      .option("--normalized", "add pybdm's normalised BDM and block entropy")
      .option("--signature", "add the information signature (perturbation analysis, 1-D)")
      .option("--json", "print JSON")
      .action((text: string | undefined, o: BdmCliOptions) => run(io, text, o));
  },
};
