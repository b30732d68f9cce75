#!/usr/bin/env node
// The `ouro` command: a thin launcher for the compiled CLI (built by `npm ci` through the prepare script). The V8
// setting comes first and the program is imported after it, so that everything it compiles sees the setting.
import { applyV8Tuning } from "../dist/cli/v8Tuning.js";

applyV8Tuning();
const { main } = await import("../dist/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
