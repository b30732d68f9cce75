// How a command reports a run that started and then failed: one line on stderr and the exit status.
import { InputError } from "../core/errors.js";
import { RunFailedError } from "../store/recordRun.js";
import type { CliIo } from "./context.js";

/** Handles a RunFailedError (exit 2 when the loop blamed the input, else 1); rethrows anything else. */
export function reportRunFailure(error: unknown, io: CliIo, setExit: (code: number) => void): void {
  if (!(error instanceof RunFailedError)) throw error;
  io.stderr(`ouro: ${error.message.split("\n")[0]}\n`);
  setExit(error.cause instanceof InputError ? 2 : 1);
}
