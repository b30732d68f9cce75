// The dashboard's HTTP API and page (contract "Reports and dashboard"): runs, launches with SSE progress, the
// CTM/BDM calculator, symbolic synthesis. Every answer to bad input is a 4xx with a message; nothing reads a path from a request.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import { InputError, inputError } from "../core/errors.js";
import { loadReportRuns } from "../report/reportRun.js";
import { renderReport } from "../report/writeReport.js";
import { packageVersion } from "../store/packageVersion.js";
import type { RunStore } from "../store/runStore.js";
import { inputErrorBody } from "./apiError.js";
import { calculateBdm, parseBdmRequest } from "./calculateBdm.js";
import { filterRuns } from "./filterRuns.js";
import { type JobRegistry, type JobState, TooManyJobsError, WorkerMissingError } from "./jobRegistry.js";
import { type GuardOptions, requestGuard } from "./requestGuard.js";
import type { StaticAsset } from "./staticAssets.js";
import {
  DASHBOARD_REGRESS_BUDGET,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  MAX_ECA_CELLS,
  MAX_SEQUENCE_SYMBOLS,
  parseSynthesisRequest,
  SYNTHESIS_OPERATIONS,
} from "./synthesisRequests.js";
import { SynthesisBusyError, SynthesisRunner, SynthesisTimeoutError } from "./synthesisRunner.js";
import { validateSpecText } from "./validateSpecText.js";

export interface DashboardLimits {
  /** Largest spec text accepted, bytes. */
  readonly specBytes: number;
  /** Largest calculator request, bytes. */
  readonly calculatorBytes: number;
}

export const DEFAULT_LIMITS: DashboardLimits = { specBytes: 64 * 1024, calculatorBytes: 64 * 1024 };

export interface DashboardOptions extends GuardOptions {
  readonly store: RunStore;
  readonly jobs: JobRegistry;
  /** The built page, or null when web-dist/ is missing (the API still answers). */
  readonly assets: ReadonlyMap<string, StaticAsset> | null;
  readonly limits?: DashboardLimits;
  /** Runs synthesis searches off the server's thread (default: workers from dist/, 2 at a time, 30 s each). */
  readonly synthesis?: SynthesisRunner;
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>ouroboros</title>
<p>The dashboard page is not built. Run <code>npm run build</code> (it runs <code>vite build</code>), then restart <code>ouro serve</code>. The API answers at <a href="/api/runs">/api/runs</a>.</p>`;

/** Reads a JSON body, answering 400 for anything that is not JSON. */
async function jsonBody(c: { req: { json: () => Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw inputError("(body)", "not JSON", "a JSON document", "malformed request");
  }
}

function specText(body: unknown): string {
  const text =
    body !== null && typeof body === "object" && "text" in body
      ? (body as { text: unknown }).text
      : undefined;
  if (typeof text !== "string") throw inputError("text", text, "the spec as YAML or JSON text");
  return text;
}

export function createDashboardApp(options: DashboardOptions): Hono {
  const { store, jobs } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const synthesis = options.synthesis ?? new SynthesisRunner();
  const app = new Hono();
  const tooLarge = (max: number) =>
    bodyLimit({
      maxSize: max,
      onError: (c) => c.json({ error: `the request is larger than the limit of ${max} bytes` }, 413),
    });

  app.use("*", requestGuard(options));

  app.onError((error, c) => {
    if (error instanceof InputError) {
      const unknownRun = error.issues.some((i) => i.path === "RUN");
      const malformed = error.issues.some((i) => i.path === "(body)");
      return c.json(inputErrorBody(error), unknownRun ? 404 : malformed ? 400 : 422);
    }
    console.error(error);
    return c.json({ error: "internal error; the server's log has the details" }, 500);
  });

  app.get("/api/health", (c) => c.json({ ok: true, version: packageVersion() }));

  app.get("/api/runs", (c) =>
    c.json(
      filterRuns(store.runs(), {
        status: c.req.query("status"),
        sweep: c.req.query("sweep"),
        q: c.req.query("q"),
      }),
    ),
  );

  app.get("/api/runs/:id", (c) => {
    const id = c.req.param("id");
    const summary = store.run(id);
    return c.json({ ...store.document(id), summary });
  });

  app.get("/api/runs/:id/report", async (c) => {
    const runs = loadReportRuns(store, [c.req.param("id")]);
    const { html } = await renderReport({ title: `Run ${runs[0]!.summary.name}`, runs });
    c.header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    return c.html(html);
  });

  app.post("/api/specs/validate", tooLarge(limits.specBytes), async (c) => {
    const result = validateSpecText(specText(await jsonBody(c)));
    return result.ok ? c.json(result) : c.json(result, 422);
  });

  app.get("/api/jobs", (c) => c.json(jobs.list()));

  app.post("/api/jobs", tooLarge(limits.specBytes), async (c) => {
    const result = validateSpecText(specText(await jsonBody(c)));
    if (!result.ok) return c.json(result, 422);
    try {
      return c.json(jobs.start(result.spec), 202);
    } catch (error) {
      if (error instanceof TooManyJobsError) return c.json({ error: error.message }, 429);
      if (error instanceof WorkerMissingError) return c.json({ error: error.message }, 503);
      throw error;
    }
  });

  app.get("/api/jobs/:id", (c) => {
    const job = jobs.get(c.req.param("id"));
    return job === undefined ? c.json({ error: "no such job" }, 404) : c.json(job);
  });

  app.delete("/api/jobs/:id", async (c) => {
    const job = await jobs.cancel(c.req.param("id"));
    return job === undefined ? c.json({ error: "no such job" }, 404) : c.json(job);
  });

  app.get("/api/jobs/:id/events", (c) => {
    const id = c.req.param("id");
    const first = jobs.get(id);
    if (first === undefined) return c.json({ error: "no such job" }, 404);
    return streamSSE(c, async (stream) => {
      let resolve: () => void = () => {};
      const ended = new Promise<void>((r) => {
        resolve = r;
      });
      // Writes go out in order, and the last one is flushed before the stream closes.
      let writes = Promise.resolve();
      const send = (state: JobState): void => {
        writes = writes.then(() => stream.writeSSE({ event: "progress", data: JSON.stringify(state) }));
        if (state.status !== "running") void writes.then(resolve);
      };
      const unsubscribe = jobs.subscribe(id, send);
      stream.onAbort(() => resolve());
      const ping = setInterval(() => {
        writes = writes.then(() => stream.writeSSE({ event: "ping", data: "{}" }));
      }, 15_000);
      send(jobs.get(id) ?? first);
      await ended;
      clearInterval(ping);
      unsubscribe();
      await writes;
    });
  });

  app.post("/api/bdm", tooLarge(limits.calculatorBytes), async (c) => {
    return c.json(await calculateBdm(parseBdmRequest(await jsonBody(c))));
  });

  app.get("/api/synthesis", (c) =>
    c.json({
      available: true,
      message: "symbolic synthesis: POST text, CSV or a diagram to the operations",
      operations: SYNTHESIS_OPERATIONS.map((op) => `/api/synthesis/${op}`),
      limits: {
        bytes: limits.calculatorBytes,
        sequence_symbols: MAX_SEQUENCE_SYMBOLS,
        csv_rows: MAX_CSV_ROWS,
        csv_columns: MAX_CSV_COLUMNS,
        eca_cells: MAX_ECA_CELLS,
        seconds: synthesis.timeoutMs / 1000,
      },
      regress_budget: DASHBOARD_REGRESS_BUDGET,
    }),
  );

  for (const op of SYNTHESIS_OPERATIONS) {
    app.post(`/api/synthesis/${op}`, tooLarge(limits.calculatorBytes), async (c) => {
      const request = parseSynthesisRequest(op, await jsonBody(c));
      try {
        return c.json(await synthesis.run(request));
      } catch (error) {
        if (error instanceof SynthesisBusyError) return c.json({ error: error.message }, 429);
        if (error instanceof SynthesisTimeoutError || error instanceof WorkerMissingError)
          return c.json({ error: error.message }, 503);
        throw error;
      }
    });
  }

  app.all("/api/*", (c) => c.json({ error: `no API endpoint ${c.req.method} ${c.req.path}` }, 404));

  app.get("*", (c) => {
    const assets = options.assets;
    if (assets === null) return c.html(NOT_BUILT, 503);
    const asset = assets.get(c.req.path);
    if (asset === undefined)
      return c.html(
        `<!doctype html><meta charset="utf-8"><p>Not found. <a href="/">The dashboard</a></p>`,
        404,
      );
    c.header("Content-Type", asset.type);
    c.header(
      "Cache-Control",
      c.req.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  return app;
}
