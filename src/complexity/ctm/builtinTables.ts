// The project's own tables in data/ctm/ (computed by `npm run ctm:tables`; docs/ctm.md "Shipped tables").
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inputError } from "../../core/errors.js";
import type { CtmTable } from "./ctmTable.js";
import { readCtmTable } from "./readCtmTable.js";

/** Names accepted wherever a table is asked for, and their files under data/ctm/. */
export const builtinTableFiles: Readonly<Record<string, string>> = {
  d1: "d1.ctm",
  d2: "d2.ctm",
  d3: "d3.ctm",
  d4: "d4.ctm",
  d5: "d5.ctm.gz",
};

/** The default table: the project's own D(5,2). */
export const defaultTableName = "d5";

/** data/ctm/ of the package (this file sits three levels below the root both in src/ and in dist/). */
export function builtinTableDir(): string {
  return fileURLToPath(new URL("../../../data/ctm/", import.meta.url));
}

/** The path of a built-in table name, or undefined when the name is not one. */
export function builtinTablePath(name: string): string | undefined {
  const file = builtinTableFiles[name];
  return file === undefined ? undefined : `${builtinTableDir()}${file}`;
}

const cache = new Map<string, CtmTable>();

/** Loads a table by built-in name or file path (cached per process). */
export function loadCtmTable(nameOrPath: string = defaultTableName): CtmTable {
  const cached = cache.get(nameOrPath);
  if (cached !== undefined) return cached;
  const builtin = builtinTablePath(nameOrPath);
  const looksLikeName = /^[a-z]\d+$/.test(nameOrPath);
  if (builtin === undefined && looksLikeName) {
    throw inputError(
      "table",
      nameOrPath,
      `a table file or one of ${Object.keys(builtinTableFiles).join(", ")}`,
    );
  }
  const path = builtin ?? nameOrPath;
  if (builtin !== undefined && !existsSync(builtin)) {
    throw inputError("table", nameOrPath, "a built-in table that has been built (run npm run ctm:tables)");
  }
  const table = readCtmTable(path);
  cache.set(nameOrPath, table);
  return table;
}
