// The CTM/BDM calculator behind the dashboard page: K of a pasted string or 2-D array, its blocks and signature.
import { bdm1d } from "../complexity/bdm/bdm1d.js";
import { bdm2d } from "../complexity/bdm/bdm2d.js";
import type { Boundary } from "../complexity/bdm/bdmOptions.js";
import { builtinTableFiles, defaultTableName, loadCtmTable } from "../complexity/ctm/builtinTables.js";
import { informationSignature, perturbation1d } from "../complexity/perturbation/perturbation1d.js";
import { perturbation2d } from "../complexity/perturbation/perturbation2d.js";
import { inputError } from "../core/errors.js";
import { blockDecomposition1d, blockDecomposition2d } from "../report/blockDecomposition.js";
import { blockDecompositionFigure } from "../report/blockDecompositionFigure.js";
import { figureSvg } from "../report/renderFigure.js";
import { signatureFigure } from "../report/signatureFigure.js";

/** Pasted inputs are small: perturbation analysis recomputes every element's blocks. */
export const MAX_SYMBOLS = 4096;

export interface BdmRequest {
  readonly input: string;
  readonly ndim: 1 | 2;
  readonly block?: number;
  readonly boundary?: Boundary;
  /** A built-in table name only (never a path): d1 ... d5. */
  readonly table?: string;
}

function field(body: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(body, key) ? body[key] : undefined;
}

/** Checks the JSON body of POST /api/bdm. */
export function parseBdmRequest(body: unknown): BdmRequest {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw inputError("(body)", body, "a JSON object");
  const b = body as Record<string, unknown>;
  const input = field(b, "input");
  if (typeof input !== "string" || input.trim() === "")
    throw inputError("input", input, "a non-empty string of symbols");
  const ndim = field(b, "ndim") ?? 1;
  if (ndim !== 1 && ndim !== 2) throw inputError("ndim", ndim, "1 or 2");
  const block = field(b, "block");
  if (block !== undefined && !(typeof block === "number" && Number.isInteger(block)))
    throw inputError("block", block, "an integer");
  const boundary = field(b, "boundary");
  if (boundary !== undefined && !["ignore", "recursive", "correlated", "cyclic"].includes(String(boundary)))
    throw inputError("boundary", boundary, "ignore, recursive, correlated or cyclic");
  const table = field(b, "table") ?? defaultTableName;
  if (typeof table !== "string" || !Object.hasOwn(builtinTableFiles, table))
    throw inputError(
      "table",
      table,
      `one of the built-in tables ${Object.keys(builtinTableFiles).join(", ")}`,
    );
  return {
    input,
    ndim,
    table,
    ...(block === undefined ? {} : { block }),
    ...(boundary === undefined ? {} : { boundary: boundary as Boundary }),
  };
}

/** 2-D text: rows on lines or joined by '-', symbols optionally separated by spaces or commas; or a JSON array. */
export function parseGrid(text: string): number[][] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw inputError("input", trimmed.slice(0, 40), "a JSON array of rows of symbols");
    }
    if (
      !Array.isArray(parsed) ||
      !parsed.every((row) => Array.isArray(row) && row.every((v) => typeof v === "number"))
    )
      throw inputError("input", trimmed.slice(0, 40), "a JSON array of rows of numbers");
    return parsed as number[][];
  }
  return trimmed
    .split(/[\n-]+/)
    .map((row) => row.replace(/[\s,]/g, ""))
    .filter((row) => row !== "")
    .map((row) => Array.from(row, (ch) => ch.charCodeAt(0) - 48));
}

export async function calculateBdm(request: BdmRequest) {
  const table = loadCtmTable(request.table ?? defaultTableName);
  const symbols = table.header.symbols;
  if (request.ndim === 2 && table.header.ndim !== 2)
    throw inputError(
      "table",
      request.table,
      "a 2-D table; the tables that ship with ouroboros (d1-d5) are 1-D only",
    );
  const options = {
    symbols,
    ...(request.block === undefined ? {} : { block: request.block }),
    ...(request.boundary === undefined ? {} : { boundary: request.boundary }),
  };
  if (request.ndim === 1) {
    const digits = Array.from(request.input.replace(/\s/g, ""), (ch) => ch.charCodeAt(0) - 48);
    if (digits.length > MAX_SYMBOLS)
      throw inputError("input", `${digits.length} symbols`, `at most ${MAX_SYMBOLS} symbols`);
    const decomposition = blockDecomposition1d(digits, table, options);
    const result = bdm1d(digits, table, options);
    const perturbation = perturbation1d(digits, table, options);
    return {
      ...result,
      length: digits.length,
      signature: informationSignature(perturbation),
      figures: {
        blocks: await figureSvg(blockDecompositionFigure(decomposition)),
        signature: await figureSvg(signatureFigure({ delta: perturbation.delta, symbols: digits })),
      },
    };
  }
  const grid = parseGrid(request.input);
  const cells = grid.reduce((n, row) => n + row.length, 0);
  if (cells > MAX_SYMBOLS) throw inputError("input", `${cells} cells`, `at most ${MAX_SYMBOLS} cells`);
  const decomposition = blockDecomposition2d(grid, table, options);
  const result = bdm2d(grid, table, options);
  const perturbation = perturbation2d(grid, table, options);
  return {
    ...result,
    length: cells,
    signature: informationSignature(perturbation),
    figures: {
      blocks: await figureSvg(blockDecompositionFigure(decomposition)),
      signature: await figureSvg(signatureFigure({ delta: perturbation.delta, symbols: grid.flat() })),
    },
  };
}
