// End-to-end: `ouro ctm` and `ouro bdm` as a user runs them (through main with captured output).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { hasReference, referencePath } from "./reference.js";

async function ouro(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    interactive: false,
  });
  return { code, out, err };
}

describe("ouro ctm", () => {
  it("builds a table and prints the contract's JSON summary", async () => {
    const file = join(tmpdir(), `ouro-cli-d3-${process.pid}.ctm`);
    const r = await ouro("ctm", "build", "--states", "3", "--workers", "1", "--out", file, "--json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({
      states: 3,
      symbols: 2,
      machines: 7_529_536,
      halting: 2_147_184,
      nonhalting: 5_382_352,
      strings: 128,
      max_steps: 21,
    });
    expect(typeof s.seconds).toBe("number");
    const l = JSON.parse((await ouro("ctm", "lookup", "0101", "--table", file, "--json")).out);
    expect(Object.keys(l).slice(0, 5)).toEqual(["string", "count", "D", "K", "produced"]);
  });

  it("looks up an unproduced string as count 0, D 0, K null", async () => {
    const r = await ouro("ctm", "lookup", "0".repeat(20), "--table", "d4", "--json");
    expect(JSON.parse(r.out)).toMatchObject({
      string: "0".repeat(20),
      count: 0,
      D: 0,
      K: null,
      produced: false,
    });
  });

  it("exits 2 naming the problem for an unknown table and a bad symbol", async () => {
    const a = await ouro("ctm", "lookup", "01", "--table", "d7");
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/table/);
    const b = await ouro("ctm", "lookup", "0a1", "--table", "d4");
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/symbols 0..1/);
  });

  it.skipIf(!hasReference)("imports the published table and computes BDM with it", async () => {
    const file = join(tmpdir(), `ouro-cli-b2-${process.pid}.ctm`);
    const i = await ouro(
      "ctm",
      "import",
      "--format",
      "pybdm",
      referencePath("ctm/published-ctm-b2-d12.tsv"),
      "--out",
      file,
    );
    expect(i.code).toBe(0);
    const r = await ouro("bdm", "0".repeat(24), "--table", file, "--json");
    const doc = JSON.parse(r.out);
    expect(Math.abs(doc.bdm - 26.610413747641715)).toBeLessThan(1e-9);
    expect(doc.blocks).toEqual([{ block: "0".repeat(12), count: 2, ctm: expect.any(Number) }]);
    expect(doc.missing).toEqual([]);
  });

  it("requires --table in 2-D", async () => {
    const r = await ouro("bdm", "0101-1100", "--ndim", "2");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--table/);
  });
});
