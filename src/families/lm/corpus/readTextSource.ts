// A user's own text: one UTF-8 file (paragraphs are documents) or a folder of .txt files (files are documents).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inputError } from "../../../core/errors.js";
import type { TextDocument } from "./textDocument.js";

const ALLOWED = "a non-empty UTF-8 text file, or a folder holding such .txt files";

function readText(path: string, key: string): string {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw inputError(key, path, `${ALLOWED} (this file has NUL bytes: binary)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw inputError(key, path, `${ALLOWED} (this file is not valid UTF-8: binary?)`);
  }
}

/** Reads `path` into documents; empty, binary or missing input is an InputError at `key`. */
export function readTextSource(path: string, key = "truth.path"): TextDocument[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw inputError(key, path, `${ALLOWED} (nothing is there)`);
  }
  const documents: TextDocument[] = [];
  if (isFolder) {
    for (const file of readdirSync(path).sort()) {
      if (!file.endsWith(".txt")) continue;
      const text = readText(join(path, file), key);
      if (text.trim() !== "") documents.push({ name: file, text });
    }
  } else {
    const text = readText(path, key);
    for (const [i, paragraph] of text.split(/\n\s*\n/).entries()) {
      if (paragraph.trim() !== "") documents.push({ name: `paragraph ${i + 1}`, text: paragraph });
    }
  }
  if (documents.length === 0) throw inputError(key, path, `${ALLOWED} (no text found: empty)`);
  return documents;
}
