// Whether the process that owns a run still runs: signal 0 probes the pid; /proc (Linux) rules out zombies and pid reuse.
import { readFileSync } from "node:fs";

/** State (field 3) and start time (field 22, clock ticks since boot) from /proc/PID/stat; null where unreadable. */
function procStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses; the fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = fields[0];
    const startTime = fields[19];
    return state === undefined || startTime === undefined ? null : { state, startTime };
  } catch {
    return null;
  }
}

/** The kernel's start time of a process, or null where unknown (not Linux, or no such process). */
export function processStartTime(pid: number): string | null {
  return procStat(pid)?.startTime ?? null;
}

/**
 * True while `pid` runs on this machine and, when `startTime` is known, is the same process as when it was
 * recorded. A killed process its parent has not reaped yet (a zombie) no longer runs.
 */
export function processAlive(pid: number, startTime: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if (!(error instanceof Error && "code" in error && error.code === "EPERM")) return false;
  }
  const stat = procStat(pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  return startTime === null || stat.startTime === startTime;
}
