// The version of the installed ouroboros package (package.json), recorded with every run.
import { readFileSync } from "node:fs";

let cached: string | undefined;

/** Read once from package.json, two levels above this file in both src/ and dist/. */
export function packageVersion(): string {
  if (cached === undefined) {
    try {
      const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
      const parsed: unknown = JSON.parse(text);
      const version =
        typeof parsed === "object" && parsed !== null && "version" in parsed ? parsed.version : undefined;
      cached = typeof version === "string" ? version : "unknown";
    } catch {
      cached = "unknown";
    }
  }
  return cached;
}
