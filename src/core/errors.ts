// Typed errors for the edges (spec, CLI, files, tables): each names where, what was given and what is allowed.

/** One problem with user input: the key path, the value given and what is allowed. */
export interface InputIssue {
  readonly path: string;
  readonly value: unknown;
  readonly allowed: string;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Formats an issue as the one-line message users see. */
export function formatIssue(issue: InputIssue): string {
  return `${issue.path || "(root)"}: got ${show(issue.value)}; allowed: ${issue.allowed}`;
}

/** Bad input from a user: exit status 2, nothing written. */
export class InputError extends Error {
  readonly issues: readonly InputIssue[];
  readonly exitCode = 2;
  constructor(issues: readonly InputIssue[], context = "invalid input") {
    super(`${context}: ${issues.map(formatIssue).join("; ")}`);
    this.name = "InputError";
    this.issues = issues;
  }
}

/** Shorthand for a single-issue InputError. */
export function inputError(path: string, value: unknown, allowed: string, context?: string): InputError {
  return new InputError([{ path, value, allowed }], context);
}

/** A registry lookup of a name that is not there (lists the names that are). */
export class UnknownNameError extends InputError {
  constructor(kind: string, name: string, known: readonly string[], path = kind) {
    super([{ path, value: name, allowed: `one of ${known.join(", ")}` }], `unknown ${kind}`);
    this.name = "UnknownNameError";
  }
}
