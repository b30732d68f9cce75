// End to end in Debian's chromium: open the dashboard, launch a spec and watch it reach 100%, open the run,
// compare two runs, and the bad inputs (unknown run, malformed spec, oversized upload, bad calculator input).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasChromium, launchBrowser } from "../browser.js";
import { decodePng, distinctPixels } from "../decodePng.js";
import { type ServeProcess, startServe } from "../startServe.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const SMALL = (name: string, alpha: number) => `name: ${name}
seed: 3
replicates: 100
generations: 40
truth: { family: categorical, probs: [0.4, 0.3, 0.2, 0.1] }
data: { n: 30, alpha: ${alpha} }
`;

if (!hasChromium)
  console.warn("dashboard e2e skipped: no chromium at /usr/bin/chromium (apt-get install chromium)");

describe.skipIf(!hasChromium)("the dashboard in a real browser", () => {
  let dir: string;
  let shots: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  /** Takes a screenshot and checks it is not blank: decoded, with many distinct pixel values. */
  async function screenshot(name: string): Promise<void> {
    const path = join(shots, `${name}.png`);
    const png = decodePng(await page.screenshot({ path, fullPage: true }));
    expect(png.width).toBeGreaterThan(600);
    expect(distinctPixels(png)).toBeGreaterThan(50);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ouro-e2e-"));
    shots = process.env.OURO_SCREENSHOTS ?? join(dir, "screenshots");
    mkdirSync(shots, { recursive: true });
    const db = join(dir, "ouro.db");
    writeFileSync(join(dir, "seeded.yaml"), SMALL("e2e-seeded", 0.2));
    execFileSync(process.execPath, ["bin/ouro.js", "run", join(dir, "seeded.yaml"), "--db", db], {
      cwd: root,
    });
    serve = await startServe(["--db", db]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  test("open the dashboard, launch a spec to 100%, open the run, compare two runs", async () => {
    await page.goto(serve.url);
    await page.locator("table.runs[data-ready]").waitFor();
    expect(await page.locator("table.runs tbody tr").count()).toBe(1);
    await screenshot("1-runs");

    await page.goto(`${serve.url}#/launch`);
    await page.locator("#spec").fill(SMALL("e2e-launched", 0));
    await page.getByText("The spec is valid.").waitFor();
    await page.locator("#launch").click();
    await page.locator(".job[data-status=done]").waitFor({ timeout: 60_000 });
    expect(await page.locator("#percent").textContent()).toBe("100%");
    expect(await page.locator("#progress").getAttribute("value")).toBe("100");
    await screenshot("2-launched");

    await page.locator("#open-run").click();
    await page.locator("table.facts[data-ready]").waitFor();
    await page.locator(".chart canvas").first().waitFor();
    expect(await page.locator("h1").textContent()).toContain("e2e-launched");
    expect(await page.locator(".chart").count()).toBeGreaterThan(3);
    await screenshot("3-run");

    await page.goto(`${serve.url}#/`);
    await page.locator("table.runs[data-ready]").waitFor();
    const boxes = page.locator("table.runs tbody input[type=checkbox]");
    expect(await boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator("a#compare").click();
    await page.locator(".charts[data-ready] .chart canvas").first().waitFor();
    // Labels name the swept value: the two specs differ in data.alpha (and the name).
    expect(await page.locator(".legend").textContent()).toContain("data.alpha");
    await screenshot("4-compare");
  });

  test("bad input: an unknown run, a malformed spec, an oversized upload, a bad calculator input", async () => {
    await page.goto(`${serve.url}#/runs/r-does-not-exist`);
    await page.locator(".error").waitFor();
    expect(await page.locator(".error").textContent()).toContain("unknown run");

    await page.goto(`${serve.url}#/launch`);
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/specs/validate") && r.status() === 422);
    await page
      .locator("#spec")
      .fill("name: broken\ngenerations: -3\ntruth: { family: categorical, probs: [1] }\n");
    await answer;
    await page.locator(".validation .error").waitFor();
    const text = await page.locator(".validation .error").textContent();
    expect(text).toContain("generations");
    expect(text).toContain("line 2");
    expect(await page.locator("#launch").isDisabled()).toBe(true);
    await screenshot("5-malformed");

    const tooLarge = page.waitForResponse(
      (r) => r.url().endsWith("/api/specs/validate") && r.status() === 413,
    );
    await page.locator("#spec").fill(`# ${"x".repeat(70 * 1024)}\n${SMALL("big", 0)}`);
    await tooLarge;
    await page.getByText("larger than the limit").waitFor();

    await page.goto(`${serve.url}#/bdm`);
    await page.locator("#bdm-go").click();
    await page.locator(".bdm[data-ready] #bdm-value").waitFor({ timeout: 30_000 });
    expect(Number(await page.locator("#bdm-value").textContent())).toBeGreaterThan(0);
    await screenshot("6-bdm");
    await page.locator("#bdm-input").fill("0101x");
    await page.locator("#bdm-go").click();
    await page.locator(".error").waitFor();
    expect(await page.locator(".error").textContent()).toContain("symbol");
  });

  test("the runs API answers JSON, and 404 for an unknown id", async () => {
    const runs = JSON.parse(
      readFileSync(join(dir, "seeded.yaml"), "utf8").length > 0
        ? await (await fetch(`${serve.url}api/runs`)).text()
        : "[]",
    );
    expect(Array.isArray(runs)).toBe(true);
    const missing = await fetch(`${serve.url}api/runs/nope`);
    expect(missing.status).toBe(404);
  });
});
