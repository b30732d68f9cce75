// The `ouro` command line: one file per command under commands/, registered here; parse, call the library, print.
import { Command, CommanderError } from "commander";
import { InputError } from "../core/errors.js";
import { commands } from "./commands/index.js";
import { type CliIo, processIo } from "./context.js";

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command("ouro")
    .description("ouroboros: a laboratory for recursive self-training")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  let exitCode = 0;
  for (const command of commands) {
    command.register(program, io, (code) => {
      exitCode = code;
    });
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      io.stderr(`ouro: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
