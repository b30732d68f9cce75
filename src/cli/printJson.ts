// The one JSON document a command prints on stdout with --json: indented, with a final newline.
import type { CliIo } from "./context.js";

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
