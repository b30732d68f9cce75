// Benchmark of BDM throughput (docs/ctm.md): 1-D block 12 on 10^6 and 10^8 random bits (streamed file), 2-D 1000x1000.
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { bdm1d } from "../dist/complexity/bdm/bdm1d.js";
import { bdm2d } from "../dist/complexity/bdm/bdm2d.js";
import { bdmFile } from "../dist/complexity/bdm/bdmFile.js";
import { importPublishedTable } from "../dist/complexity/ctm/importPublishedTable.js";

const ref = new URL("../../shared/reference/ctm/", import.meta.url).pathname;
const t1 = importPublishedTable(`${ref}published-ctm-b2-d12.tsv`, "pybdm");
const t2 = importPublishedTable(`${ref}published-ctm-b2-d4x4.tsv`, "pybdm");

// xorshift32 with a fixed seed: the benchmark input is the same on every run.
let v = 2463534242;
function bit() {
  v ^= v << 13;
  v ^= v >>> 17;
  v ^= v << 5;
  return (v >>> 0) & 1;
}
function writeBits(path, n) {
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(1 << 20);
  for (let done = 0; done < n; done += chunk.length) {
    const m = Math.min(chunk.length, n - done);
    for (let i = 0; i < m; i++) chunk[i] = 48 + bit();
    writeSync(fd, chunk, 0, m);
  }
  closeSync(fd);
}
const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);

console.log(
  `# bdm ${new Date().toISOString()} node ${process.version} ${os.cpus()[0]?.model} x${os.cpus().length}`,
);
const s6 = Array.from({ length: 1e6 }, bit).join("");
bdm1d(s6, t1);
let t = performance.now();
const r6 = bdm1d(s6, t1);
console.log(
  `1-D 10^6 bits (string): ${((performance.now() - t) / 1000).toFixed(3)} s, BDM ${r6.bdm.toFixed(3)}`,
);
for (const n of [1e6, 1e8]) {
  const file = join(os.tmpdir(), `ouro-bench-bdm-${n}.txt`);
  writeBits(file, n);
  const before = mb();
  t = performance.now();
  const r = bdmFile(file, t1);
  console.log(
    `1-D 10^${Math.log10(n)} bits (file, streamed): ${((performance.now() - t) / 1000).toFixed(3)} s, ` +
      `BDM ${r.bdm.toFixed(3)}, RSS ${before} -> ${mb()} MiB`,
  );
  rmSync(file);
}
const rows = Array.from({ length: 1000 }, () => Uint8Array.from({ length: 1000 }, bit));
t = performance.now();
const r2 = bdm2d(rows, t2);
console.log(
  `2-D 1000x1000 (4x4 blocks): ${((performance.now() - t) / 1000).toFixed(3)} s, BDM ${r2.bdm.toFixed(3)}`,
);
