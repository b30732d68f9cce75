// Every CLI command, in the order `ouro --help` lists them. Add one line per new command.
import type { CliCommand } from "../command.js";
import { bdmCommand } from "./bdm.js";
import { ctmCommand } from "./ctm.js";
import { exportCommand } from "./export.js";
import { paperCommand } from "./paper.js";
import { reportCommand } from "./report.js";
import { resumeCommand } from "./resume.js";
import { runCommand } from "./run.js";
import { runsCommand } from "./runs.js";
import { serveCommand } from "./serve.js";
import { showCommand } from "./show.js";
import { sweepCommand } from "./sweep.js";
import { synthCommand } from "./synth.js";
import { workerCommand } from "./worker.js";

export const commands: readonly CliCommand[] = [
  paperCommand,
  runCommand,
  runsCommand,
  showCommand,
  exportCommand,
  resumeCommand,
  ctmCommand,
  bdmCommand,
  reportCommand,
  serveCommand,
  sweepCommand,
  workerCommand,
  synthCommand,
];
