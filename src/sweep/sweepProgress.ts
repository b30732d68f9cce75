// One progress bar per sweep on stderr, with an ETA from this run's pace: redrawn in place on a terminal, a line now and then otherwise.
import type { SweepProgressEvent } from "./runSweep.js";

export interface SweepProgressBar {
  update(progress: SweepProgressEvent): void;
  finish(text: string): void;
}

const BAR = 30;
const REDRAW_MS = 100;
const LINE_MS = 2000;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, "0")}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/** `write` receives the text (stderr); `interactive` when it is a terminal. */
export function createSweepProgress(write: (text: string) => void, interactive: boolean): SweepProgressBar {
  const started = performance.now();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const elapsed = () => (performance.now() - started) / 1000;
  return {
    update({ done, total, resumed }) {
      const now = performance.now();
      const final = done === total;
      if (!final && now - last < (interactive ? REDRAW_MS : LINE_MS)) return;
      last = now;
      const ranHere = done - resumed;
      const eta = ranHere > 0 ? (elapsed() / ranHere) * (total - done) : Number.POSITIVE_INFINITY;
      const filled = total === 0 ? BAR : Math.round((BAR * done) / total);
      const text = `${done}/${total} cells ${clock(elapsed())} ETA ${final ? "0s" : clock(eta)}`;
      if (interactive) {
        write(`\r[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${text}`);
        drawn = true;
      } else {
        write(`ouro: ${text}\n`);
      }
    },
    finish(text) {
      write(`${drawn ? "\n" : ""}ouro: ${text} (${elapsed().toFixed(1)}s)\n`);
    },
  };
}
