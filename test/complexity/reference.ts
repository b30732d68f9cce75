// Where the shared reference data lives (../shared/reference from the repository root); tests skip visibly without it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const referenceDir = fileURLToPath(new URL("../../../shared/reference/", import.meta.url));
export const hasReference = existsSync(referenceDir);
if (!hasReference)
  console.warn(`[complexity tests] ${referenceDir} is absent: reference-data tests are skipped`);

export function referencePath(relative: string): string {
  return `${referenceDir}${relative}`;
}
