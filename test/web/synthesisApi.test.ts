// The synthesis API of the dashboard: the JSON of `ouro synth ... --json` for good input, a 4xx with the
// library's message for bad input, and searches in worker threads that neither block the server nor hang.
import { afterAll, describe, expect, test } from "vitest";
import { RunStore } from "../../src/store/runStore.js";
import { createDashboardApp } from "../../src/web/dashboardApp.js";
import { JobRegistry } from "../../src/web/jobRegistry.js";
import { SynthesisRunner } from "../../src/web/synthesisRunner.js";
import { tempStorePaths } from "../store/tempStorePath.js";

const store = RunStore.open(tempStorePaths("ouro-web-synth-")());
const jobs = new JobRegistry(store);
const synthesis = new SynthesisRunner();
afterAll(async () => {
  await synthesis.close();
  await jobs.close();
  store.close();
});
const HOST = "127.0.0.1:7878";
const app = createDashboardApp({ store, jobs, synthesis, token: null, allowedHosts: [HOST], assets: null });

function post(path: string, body: unknown, app_ = app) {
  return app_.request(path, {
    method: "POST",
    headers: { host: HOST, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function thueMorse(n: number): string {
  let s = "0";
  while (s.length < n) s += Array.from(s, (c) => (c === "0" ? "1" : "0")).join("");
  return s.slice(0, n);
}

/** y = x1 * sin(x2) + 2.5 on a 10 x 5 grid. */
function csv(): string {
  const rows = ["x1,x2,y"];
  for (let i = 0; i < 50; i++) {
    const a = (i % 10) / 3;
    const b = Math.floor(i / 10) / 2;
    rows.push(`${a},${b},${(a * Math.sin(b) + 2.5).toFixed(6)}`);
  }
  return rows.join("\n");
}

async function timed(r: Response | Promise<Response>): Promise<{ r: Response; ms: number }> {
  const t = performance.now();
  const out = await r;
  return { r: out, ms: performance.now() - t };
}

describe("synthesis API", () => {
  test("GET /api/synthesis: available, with its operations, limits and regression budget", async () => {
    const r = await app.request("/api/synthesis", { headers: { host: HOST } });
    expect(r.status).toBe(200);
    const b = (await r.json()) as { available: boolean; operations: string[]; regress_budget: object };
    expect(b.available).toBe(true);
    expect(b.operations).toEqual(["/api/synthesis/sequence", "/api/synthesis/regress", "/api/synthesis/eca"]);
    expect(b.regress_budget).toMatchObject({ maxEvaluations: 50_000 });
  });

  test("sequence: Thue-Morse is a morphism far shorter than its literal spelling, and reproduces", async () => {
    const { r, ms } = await timed(post("/api/synthesis/sequence", { text: thueMorse(64) }));
    expect(r.status).toBe(200);
    const b = (await r.json()) as Record<string, unknown>;
    expect(Object.keys(b).sort()).toEqual(["description_length", "literal_length", "program", "reproduces"]);
    expect(b.program).toMatch(/^morphism\(0->01,1->10/);
    expect(b.reproduces).toBe(true);
    expect(b.description_length as number).toBeLessThan((b.literal_length as number) / 2);
    console.info(`POST /api/synthesis/sequence (64 symbols): ${ms.toFixed(0)} ms`);
  });

  test("regress: the generating expression as best, with a Pareto front, in a few seconds", async () => {
    const { r, ms } = await timed(post("/api/synthesis/regress", { csv: csv(), target: "y" }));
    expect(r.status).toBe(200);
    const b = (await r.json()) as {
      best: { expression: string; complexity: number; description_length: number; r2: number; mse: number };
      pareto: { complexity: number; mse: number }[];
    };
    expect(Object.keys(b.best).sort()).toEqual([
      "complexity",
      "description_length",
      "expression",
      "mse",
      "r2",
    ]);
    expect(b.best.expression.replace(/\s/g, "")).toMatch(/x1\*sin\(x2\)/);
    expect(b.best.r2).toBeGreaterThan(0.999999);
    expect(b.pareto.length).toBeGreaterThan(0);
    for (let i = 1; i < b.pareto.length; i++) {
      expect(b.pareto[i]!.complexity).toBeGreaterThan(b.pareto[i - 1]!.complexity);
      expect(b.pareto[i]!.mse).toBeLessThan(b.pareto[i - 1]!.mse);
    }
    console.info(`POST /api/synthesis/regress (50 rows, 2 variables): ${ms.toFixed(0)} ms`);
  }, 60_000);

  test("eca: rule 30 from its diagram", async () => {
    let row: number[] = Array.from({ length: 31 }, (_, i) => (i === 15 ? 1 : 0));
    const rows = [row];
    for (let t = 0; t < 15; t++) {
      const prev = row;
      row = prev.map((c, i) => (30 >> (((prev[i - 1] ?? 0) << 2) | (c << 1) | (prev[i + 1] ?? 0))) & 1);
      rows.push(row);
    }
    const r = await post("/api/synthesis/eca", { diagram: rows.map((x) => x.join("")).join("\n") });
    expect(r.status).toBe(200);
    const b = (await r.json()) as { rule: number; consistent_rules: number[] };
    expect(b.rule).toBe(30);
    expect(b.consistent_rules).toContain(30);
  });

  test("the server answers other requests while a regression runs", async () => {
    const slow = post("/api/synthesis/regress", { csv: csv(), target: "y" });
    const { r, ms } = await timed(app.request("/api/health", { headers: { host: HOST } }));
    expect(r.status).toBe(200);
    expect(ms).toBeLessThan(1000);
    expect((await slow).status).toBe(200);
  }, 60_000);

  test("bad input is a 4xx with the library's message, never a 500", async () => {
    const cases: [string, unknown, number, RegExp][] = [
      ["sequence", { text: "" }, 422, /non-empty/],
      ["sequence", { text: "   , " }, 422, /non-empty/],
      ["sequence", { text: "0110x1" }, 422, /symbols 0-9/],
      ["sequence", { text: "01ab" }, 422, /symbols 0-9/],
      ["sequence", { text: "01".repeat(400) }, 422, /at most 512 symbols/],
      ["sequence", { text: 42 }, 422, /text/],
      ["sequence", [1, 2], 400, /JSON object/],
      ["regress", { csv: "x,y\n1,2\n3,\n", target: "y" }, 422, /row 3, column y.*finite number/],
      ["regress", { csv: "x,y\n1,2\n3,abc\n", target: "y" }, 422, /finite number/],
      ["regress", { csv: "x,y\n1,2\n3\n", target: "y" }, 422, /2 cells like the header/],
      ["regress", { csv: "x,y\n1,2\n3,4\n", target: "z" }, 422, /a column of the CSV: x, y/],
      ["regress", { csv: "x,y\n1,2\n3,2\n", target: "y" }, 422, /constant/],
      ["regress", { csv: "y\n1\n2\n", target: "y" }, 422, /besides the target/],
      ["regress", { csv: "x,y", target: "y" }, 422, /header row and at least one data row/],
      ["regress", { csv: "x,y\n1,2\n" }, 422, /target/],
      [
        "regress",
        { csv: `x,y\n${Array.from({ length: 201 }, (_, i) => `${i},${i * i}`).join("\n")}`, target: "y" },
        422,
        /at most 200 data rows/,
      ],
      ["eca", { diagram: "0102\n0110" }, 422, /0 or 1/],
      ["eca", { diagram: "0110" }, 422, /at least two rows/],
      ["eca", { diagram: "0110\n011" }, 422, /4 cells like the first/],
      ["nothing", { text: "01" }, 404, /no API endpoint/],
    ];
    for (const [op, body, status, message] of cases) {
      const r = await post(`/api/synthesis/${op}`, body);
      const label = `${op} ${JSON.stringify(body).slice(0, 50)}`;
      expect(r.status, label).toBe(status);
      expect(((await r.json()) as { error: string }).error, label).toMatch(message);
    }
    expect((await post("/api/synthesis/sequence", "{not json")).status).toBe(400);
  });

  test("an oversized body is 413 with a message", async () => {
    const r = await post("/api/synthesis/regress", { csv: `x,y\n${"1,2\n".repeat(20_000)}`, target: "y" });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: string }).error).toMatch(/larger than the limit/);
  });

  test("a search past the wall-clock limit is stopped: 503 with a message, not a hang; a third at once is 429", async () => {
    const short = new SynthesisRunner({ timeoutMs: 50, maxRunning: 1 });
    const limited = createDashboardApp({
      store,
      jobs,
      synthesis: short,
      token: null,
      allowedHosts: [HOST],
      assets: null,
    });
    const first = post("/api/synthesis/regress", { csv: csv(), target: "y" }, limited);
    const second = await post("/api/synthesis/regress", { csv: csv(), target: "y" }, limited);
    expect(second.status).toBe(429);
    const r = await first;
    expect(r.status).toBe(503);
    expect(((await r.json()) as { error: string }).error).toMatch(/ran past the dashboard's limit/);
    await short.close();
  });
});
