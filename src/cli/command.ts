// The shape of one CLI command module.
import type { Command } from "commander";
import type { CliIo } from "./context.js";

export interface CliCommand {
  /** Adds the command (and its subcommands) to the program; calls setExit with a non-zero status when it fails. */
  register(program: Command, io: CliIo, setExit: (code: number) => void): void;
}
