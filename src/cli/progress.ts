// Progress of a run on stderr: a bar redrawn in place on a terminal, an occasional line otherwise (logs, pipes).
import type { RunProgress } from "../store/recordRun.js";
import type { CliIo } from "./context.js";

export interface Progress {
  update(progress: RunProgress): void;
  /** Ends the bar with a last line. */
  finish(text: string): void;
}

const BAR = 24;
/** Terminal redraws at most this often (ms); non-terminal lines at most this often. */
const REDRAW_MS = 100;
const LINE_MS = 2000;

/** Reports generations of run `label` on io.stderr. */
export function createProgress(io: CliIo, label: string): Progress {
  const started = performance.now();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  let announced = false;
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    update({ run, t, generations }) {
      if (!announced) {
        io.stderr(`ouro: run ${run} (${label}): ${generations} generations\n`);
        announced = true;
      }
      const now = performance.now();
      const final = t === generations;
      if (!final && now - last < (io.interactive ? REDRAW_MS : LINE_MS)) return;
      last = now;
      const filled = generations === 0 ? BAR : Math.round((BAR * t) / generations);
      const text = `generation ${t}/${generations} ${elapsed()}s`;
      if (io.interactive) {
        io.stderr(`\r[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${text}`);
        drawn = true;
      } else {
        io.stderr(`ouro: ${text}\n`);
      }
    },
    finish(text) {
      io.stderr(`${drawn ? "\n" : ""}ouro: ${text} (${elapsed()}s)\n`);
    },
  };
}
