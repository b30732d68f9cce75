// Calls to the dashboard's JSON API; a 4xx becomes an ApiFailure carrying the server's message and issues.
import type { GenerationRecord } from "../../src/loop/types.js";
import type { RunSummary } from "../../src/store/types.js";

export type { GenerationRecord, RunSummary };

export interface Issue {
  readonly path: string;
  readonly value: unknown;
  readonly allowed: string;
  readonly line?: number | null;
}

export interface RunDetail {
  readonly name: string;
  readonly run: string;
  readonly spec: unknown;
  readonly generations: readonly GenerationRecord[];
  readonly summary: RunSummary;
}

export interface JobState {
  readonly job: string;
  readonly name: string;
  readonly status: "running" | "done" | "failed" | "cancelled";
  readonly run: string | null;
  readonly t: number;
  readonly generations: number;
  readonly error: string | null;
}

export class ApiFailure extends Error {
  readonly status: number;
  readonly issues: readonly Issue[];
  constructor(status: number, message: string, issues: readonly Issue[]) {
    super(message);
    this.status = status;
    this.issues = issues;
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "same-origin", ...init });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text === "" ? null : JSON.parse(text);
  } catch {
    body = { error: text.slice(0, 200) };
  }
  if (!response.ok) {
    const b = (body ?? {}) as { error?: string; message?: string; issues?: Issue[] };
    throw new ApiFailure(response.status, b.message ?? b.error ?? `HTTP ${response.status}`, b.issues ?? []);
  }
  return body as T;
}

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const api = {
  runs: () => request<RunSummary[]>("/api/runs"),
  run: (id: string) => request<RunDetail>(`/api/runs/${encodeURIComponent(id)}`),
  validate: (text: string) => request<{ ok: true; spec: unknown }>("/api/specs/validate", post({ text })),
  launch: (text: string) => request<JobState>("/api/jobs", post({ text })),
  jobs: () => request<JobState[]>("/api/jobs"),
  bdm: (body: unknown) => request<BdmAnswer>("/api/bdm", post(body)),
  synthesisInfo: () => request<SynthesisInfo>("/api/synthesis"),
  sequence: (text: string) => request<SequenceAnswer>("/api/synthesis/sequence", post({ text })),
  regress: (csv: string, target: string) =>
    request<RegressAnswer>("/api/synthesis/regress", post({ csv, target })),
  eca: (diagram: string) => request<EcaAnswer>("/api/synthesis/eca", post({ diagram })),
};

/** GET /api/synthesis: what the server offers and the limits of a request. */
export interface SynthesisInfo {
  readonly available: boolean;
  readonly message: string;
  readonly operations?: readonly string[];
  readonly limits?: {
    readonly bytes: number;
    readonly sequence_symbols: number;
    readonly csv_rows: number;
    readonly csv_columns: number;
    readonly eca_cells: number;
    readonly seconds: number;
  };
  readonly regress_budget?: { readonly maxEvaluations: number };
}

/** `ouro synth sequence --json` (bits). */
export interface SequenceAnswer {
  readonly program: string;
  readonly description_length: number;
  readonly literal_length: number;
  readonly reproduces: boolean;
}

export interface RegressView {
  readonly expression: string;
  readonly complexity: number;
  readonly description_length: number;
  /** null when the target has no variance (JSON has no NaN). */
  readonly r2: number | null;
  readonly mse: number;
}

/** `ouro synth regress --json`. */
export interface RegressAnswer {
  readonly best: RegressView;
  readonly pareto: readonly RegressView[];
}

/** `ouro synth eca --json`. */
export interface EcaAnswer {
  readonly rule: number;
  readonly boundary: string;
  readonly consistent_rules: readonly number[];
  readonly description_length: number;
}

export interface BdmAnswer {
  readonly bdm: number;
  readonly normalized: number;
  readonly entropy: number;
  readonly nBlocks: number;
  readonly length: number;
  readonly blocks: readonly { block: string; count: number; ctm: number }[];
  readonly missing: readonly { block: string; count: number; ctm: number }[];
  readonly table: string;
  readonly signature: readonly { index: number; information: number }[];
  readonly figures: { readonly blocks: string; readonly signature: string };
}

/** Inline SVG from the server shown as an image (no markup of it enters the page). */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
}
