// Where the pool's compiled worker is: workers always load JavaScript from dist/ (CONTRIBUTING.md).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * `cellWorker.js` next to this module when it is compiled (dist/), else (src/*.ts under vitest or tsx) the dist/
 * build that `npm test` and `npm run build` produce. Throws when neither exists.
 */
export function cellWorkerFile(): string {
  const url = import.meta.url.endsWith(".js")
    ? new URL("./cellWorker.js", import.meta.url)
    : new URL("../../dist/sweep/cellWorker.js", import.meta.url);
  const path = fileURLToPath(url);
  if (!existsSync(path)) throw new Error(`the sweep worker ${path} is missing: run \`npm run build\``);
  return path;
}
