// The dashboard API without a browser: runs, validation with lines, launches with SSE, the calculator, and the
// security rules (Host, token, Origin, JSON only, body limits); bad input is always a 4xx with a message.
import { afterAll, describe, expect, test } from "vitest";
import { runGenerations } from "../../src/loop/run.js";
import { normaliseSpec } from "../../src/spec/normaliseSpec.js";
import { recordRun } from "../../src/store/recordRun.js";
import { RunStore } from "../../src/store/runStore.js";
import { createDashboardApp } from "../../src/web/dashboardApp.js";
import { isLoopback } from "../../src/web/isLoopback.js";
import { JobRegistry } from "../../src/web/jobRegistry.js";
import { tempStorePaths } from "../store/tempStorePath.js";

const store = RunStore.open(tempStorePaths("ouro-web-")());
const jobs = new JobRegistry(store);
afterAll(async () => {
  await jobs.close();
  store.close();
});
const HOST = "127.0.0.1:7878";
const app = createDashboardApp({ store, jobs, token: null, allowedHosts: [HOST], assets: null });
const SPEC = `name: api-small
seed: 4
replicates: 20
generations: 15
truth: { family: categorical, probs: [0.5, 0.3, 0.2] }
data: { n: 20 }
`;
const seeded = recordRun(
  normaliseSpec({
    ...{ name: "seeded" },
    seed: 1,
    replicates: 10,
    generations: 5,
    truth: { family: "categorical", probs: [0.5, 0.5] },
    data: { n: 10 },
  }),
  runGenerations,
  () => store,
);

function get(path: string, headers: Record<string, string> = {}) {
  return app.request(path, { headers: { host: HOST, ...headers } });
}
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    headers: { host: HOST, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("runs", () => {
  test("GET /api/runs lists runs as `ouro runs --json` does, filtered", async () => {
    const r = await get("/api/runs");
    expect(r.status).toBe(200);
    const runs = (await r.json()) as { run: string; status: string }[];
    expect(runs.map((x) => x.run)).toContain(seeded);
    expect(await (await get("/api/runs?q=seed&status=done")).json()).toHaveLength(1);
    expect(await (await get("/api/runs?q=nothing-like-it")).json()).toHaveLength(0);
    expect((await get("/api/runs?status=bogus")).status).toBe(422);
  });

  test("GET /api/runs/:id: the run document with its summary; 404 for an unknown id", async () => {
    const r = await get(`/api/runs/${seeded}`);
    const doc = (await r.json()) as { run: string; generations: unknown[]; summary: { seed: number } };
    expect(doc.run).toBe(seeded);
    expect(doc.generations).toHaveLength(6);
    expect(doc.summary.seed).toBe(1);
    const missing = await get("/api/runs/r-nope");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/unknown run/);
    expect((await get(`/api/runs/${encodeURIComponent("../../etc/passwd")}`)).status).toBe(404);
  });

  test("the run's report is one escaped HTML page with figures inline", async () => {
    const r = await get(`/api/runs/${seeded}/report`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain("data:image/svg+xml;base64,");
    expect(html).not.toMatch(/<script/i);
  });
});

describe("specs and launches", () => {
  test("validation: 200 for a good spec, 422 with the line of each issue, 400 for a body that is not JSON", async () => {
    expect((await post("/api/specs/validate", { text: SPEC })).status).toBe(200);
    const bad = await post("/api/specs/validate", { text: "name: x\ngenerations: 0\ndata: { n: -1 }\n" });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { issues: { path: string; line: number | null }[] };
    expect(body.issues.find((i) => i.path === "generations")?.line).toBe(2);
    expect(body.issues.find((i) => i.path === "data.n")?.line).toBe(3);
    const yaml = (await (await post("/api/specs/validate", { text: "a: [1, 2" })).json()) as {
      issues: { line: number }[];
    };
    expect(yaml.issues[0]!.line).toBeGreaterThan(0);
    expect((await post("/api/specs/validate", "{not json")).status).toBe(400);
    expect((await post("/api/specs/validate", { spec: SPEC })).status).toBe(422);
  });

  test("a launched spec runs in a worker to the end; SSE streams its progress; the run is in the store", async () => {
    const started = await post("/api/jobs", { text: SPEC });
    expect(started.status).toBe(202);
    const job = (await started.json()) as { job: string };
    const events = await get(`/api/jobs/${job.job}/events`);
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    const text = await events.text();
    const states = [...text.matchAll(/^data: (.*)$/gm)].map(
      (m) => JSON.parse(m[1]!) as { status: string; t: number; run: string },
    );
    const last = states.at(-1)!;
    expect(last.status).toBe("done");
    expect(last.t).toBe(15);
    expect(store.run(last.run).status).toBe("done");
    expect(store.generations(last.run)).toHaveLength(16);
    expect((await post("/api/jobs", { text: "name: [" })).status).toBe(422);
    expect((await get("/api/jobs/nope")).status).toBe(404);
    expect((await get("/api/jobs/nope/events")).status).toBe(404);
  });

  test("an oversized upload is 413 with a message", async () => {
    const r = await post("/api/specs/validate", { text: `# ${"x".repeat(70 * 1024)}\n${SPEC}` });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: string }).error).toMatch(/larger than the limit/);
  });
});

describe("the calculator", () => {
  test("K, the blocks and the signature of a string, with figures", async () => {
    const r = await post("/api/bdm", { input: "010101010101010101010101", ndim: 1, block: 12, table: "d5" });
    expect(r.status).toBe(200);
    const b = (await r.json()) as {
      bdm: number;
      nBlocks: number;
      signature: unknown[];
      figures: { blocks: string };
    };
    expect(b.bdm).toBeGreaterThan(0);
    expect(b.nBlocks).toBe(2);
    expect(b.signature).toHaveLength(24);
    expect(b.figures.blocks).toMatch(/^<svg/);
  });

  test("bad input is 422 with a message: a path as table, a stray symbol, 2-D without a 2-D table, too long", async () => {
    for (const body of [
      { input: "0101", table: "/etc/passwd" },
      { input: "01x1" },
      { input: "01\n10", ndim: 2 },
      { input: "0".repeat(5000) },
      { input: "" },
      { input: "0101", ndim: 3 },
    ]) {
      const r = await post("/api/bdm", body);
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(((await r.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
    expect((await post("/api/bdm", [1, 2])).status).toBe(400);
  });
});

describe("security", () => {
  test("a foreign Host header (DNS rebinding) is refused", async () => {
    expect((await app.request("/api/runs", { headers: { host: "evil.example:7878" } })).status).toBe(421);
  });

  test("writes must be JSON from this origin", async () => {
    expect(
      (await post("/api/specs/validate", { text: SPEC }, { origin: "http://evil.example" })).status,
    ).toBe(403);
    expect((await post("/api/specs/validate", { text: SPEC }, { origin: `http://${HOST}` })).status).toBe(
      200,
    );
    expect(
      (await post("/api/specs/validate", "text=x", { "content-type": "application/x-www-form-urlencoded" }))
        .status,
    ).toBe(415);
  });

  test("off loopback a token is required: bearer, cookie, or ?token= which sets the cookie", async () => {
    const token = "t".repeat(32);
    const guarded = createDashboardApp({ store, jobs, token, allowedHosts: null, assets: null });
    expect((await guarded.request("/api/runs")).status).toBe(401);
    expect((await guarded.request("/api/runs", { headers: { authorization: "Bearer wrong" } })).status).toBe(
      401,
    );
    expect(
      (await guarded.request("/api/runs", { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    const first = await guarded.request(`/?token=${token}`);
    expect(first.headers.get("set-cookie")).toMatch(/ouro_token=.*HttpOnly; SameSite=Strict/);
    expect((await guarded.request("/api/runs", { headers: { cookie: `ouro_token=${token}` } })).status).toBe(
      200,
    );
  });

  test("security headers, JSON 404s, and a page that says how to build it when web-dist is missing", async () => {
    const r = await get("/api/nothing");
    expect(r.status).toBe(404);
    expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await get("/");
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("npm run build");
  });

  test("loopback names", () => {
    expect(["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"].every(isLoopback)).toBe(true);
    expect(["0.0.0.0", "192.168.1.2", "example.com", "::"].some(isLoopback)).toBe(false);
  });
});
