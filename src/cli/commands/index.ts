// Every CLI command, in the order `ouro --help` lists them. Add one line per new command.
import type { CliCommand } from "../command.js";

export const commands: readonly CliCommand[] = [];
