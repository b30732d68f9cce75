// Benchmark of the partial-machine tree enumeration (docs/ctm.md): nodes/s and machines/s; needs `npm run build`.
import os from "node:os";
import { enumerateParallel } from "../dist/complexity/tm/enumerateParallel.js";
import { enumerateTree } from "../dist/complexity/tm/enumerateTree.js";
import { tmSpace } from "../dist/complexity/tm/tmSpace.js";

const spaces = [
  [3, 2],
  [4, 2],
];
console.log(
  `# ctm-enumerate ${new Date().toISOString()} node ${process.version} ${os.cpus()[0]?.model} x${os.cpus().length}`,
);
for (const [n, k] of spaces) {
  const space = tmSpace(n, k);
  enumerateTree(space);
  const a = enumerateTree(space);
  const b = await enumerateParallel(space, { workers: 2 });
  for (const [label, r] of [
    ["1 thread", a],
    [`${b.workers} workers`, b],
  ]) {
    console.log(
      `(${n},${k}) ${label}: ${r.seconds.toFixed(3)} s, ${r.nodes} nodes, ${(r.nodes / r.seconds).toFixed(0)} nodes/s, ` +
        `${(Number(r.machines) / r.seconds).toExponential(3)} machines/s, ${(r.steps / r.seconds).toExponential(3)} steps/s`,
    );
  }
}
