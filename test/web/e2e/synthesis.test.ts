// End to end in Debian's chromium: the synthesis page finds Thue-Morse's morphism from a pasted sequence and
// the generating expression of a CSV with its Pareto front; bad input shows the library's message inline.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasChromium, launchBrowser } from "../browser.js";
import { decodePng, distinctPixels } from "../decodePng.js";
import { type ServeProcess, startServe } from "../startServe.js";

if (!hasChromium)
  console.warn("synthesis e2e skipped: no chromium at /usr/bin/chromium (apt-get install chromium)");

describe.skipIf(!hasChromium)("the synthesis page in a real browser", () => {
  let shots: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  async function screenshot(name: string): Promise<void> {
    const path = join(shots, `${name}.png`);
    const png = decodePng(await page.screenshot({ path, fullPage: true }));
    expect(png.width).toBeGreaterThan(600);
    expect(distinctPixels(png)).toBeGreaterThan(50);
  }

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "ouro-e2e-synth-"));
    shots = process.env.OURO_SCREENSHOTS ?? join(dir, "screenshots");
    mkdirSync(shots, { recursive: true });
    serve = await startServe(["--db", join(dir, "ouro.db")]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  test("paste a sequence, get its program; a CSV, get its expression and Pareto front", async () => {
    await page.goto(`${serve.url}#/synthesis`);
    await page.getByText("Find the shortest program").waitFor();
    await page.locator("#seq-example").click();
    expect(await page.locator("#seq-input").inputValue()).toMatch(/^0110100110010110/);
    await page.locator("#seq-go").click();
    await page.locator(".sequence-result[data-ready]").waitFor({ timeout: 30_000 });
    expect(await page.locator("#seq-program").textContent()).toMatch(/^morphism\(0->01,1->10/);
    expect(await page.locator("#seq-reproduces").textContent()).toContain("reproduces the data exactly");
    expect(Number(await page.locator("#seq-length").textContent())).toBeLessThan(
      Number(await page.locator("#seq-literal").textContent()) / 2,
    );

    await page.locator("#reg-go").click();
    await page.locator(".regress-result[data-ready]").waitFor({ timeout: 60_000 });
    expect((await page.locator("#reg-expression").textContent())?.replace(/\s/g, "")).toContain("x1*sin(x2)");
    expect(await page.locator(".pareto svg circle").count()).toBeGreaterThan(0);
    expect(await page.locator(".pareto svg circle.best").count()).toBe(1);
    await screenshot("7-synthesis");
  }, 120_000);

  test("bad input shows the message inline: a stray symbol, a missing cell, an unknown target", async () => {
    await page.goto(`${serve.url}#/synthesis`);
    await page.locator("#seq-input").fill("0110x");
    await page.locator("#seq-go").click();
    await page.locator("#seq-error .error").waitFor();
    expect(await page.locator("#seq-error .error").textContent()).toContain("symbols 0-9");

    await page.locator("#reg-csv").fill("x,y\n1,2\n3,\n5,6\n");
    await page.locator("#reg-go").click();
    await page.locator("#reg-error .error").waitFor();
    expect(await page.locator("#reg-error .error").textContent()).toContain("row 3, column y");

    await page.locator("#reg-csv").fill("x,y\n1,2\n3,4\n5,7\n");
    await page.locator("#reg-target").fill("z");
    await page.locator("#reg-go").click();
    await page.locator("#reg-error .error > p").getByText("a column of the CSV: x, y").waitFor();
    await screenshot("8-synthesis-errors");
  }, 60_000);
});
