// What every command gets: where to print, and the global options (--db, --json).
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars draw in place). */
  readonly interactive: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

/** Resolves the store path: --db, then OURO_DB, then ./ouro.db. */
export function dbPath(option: string | undefined): string {
  return option ?? process.env.OURO_DB ?? "ouro.db";
}
