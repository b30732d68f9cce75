// Per-unit cost of the CTM enumeration's work units (docs/scaling.md): every STRIDE-th unit of a space, timed in one
// thread, with nodes and simulated steps. Needs `npm run build`. Usage: node bench/sweep-ctm-units.mjs [states] [stride]
import os from "node:os";
import { listWorkUnits, runWorkUnit } from "../dist/complexity/tm/listWorkUnits.js";
import { tmSpace } from "../dist/complexity/tm/tmSpace.js";

const states = Number(process.argv[2] ?? 5);
const stride = Number(process.argv[3] ?? 26);
const space = tmSpace(states, 2);
const plan = listWorkUnits(space);
console.log(
  `# sweep-ctm-units ${new Date().toISOString()} node ${process.version} ${os.cpus()[0]?.model} x${os.cpus().length}; ` +
    `(${states},2) depth ${plan.depth}: ${plan.units.length} units; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
);
const rows = [];
for (let i = 0; i < plan.units.length; i += stride) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const counts = runWorkUnit(space, plan.units[i]);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  rows.push({
    unit: i,
    wall,
    cpu: (used.user + used.system) / 1e6,
    nodes: counts.nodes,
    steps: counts.steps,
  });
  console.log(
    `unit ${i}: ${wall.toFixed(3)} s wall, ${rows.at(-1).cpu.toFixed(3)} s CPU, ${counts.nodes} nodes, ${counts.steps} steps`,
  );
}
const sorted = rows.map((r) => r.cpu).sort((a, b) => a - b);
const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
console.log(
  `sample of ${rows.length}: CPU per unit mean ${(sum("cpu") / rows.length).toFixed(3)} s, median ${sorted[Math.floor(rows.length / 2)].toFixed(3)} s, ` +
    `max ${sorted.at(-1).toFixed(3)} s; ${(sum("nodes") / sum("cpu")).toFixed(0)} nodes per CPU second, ` +
    `${(sum("steps") / sum("cpu")).toExponential(3)} steps per CPU second; ` +
    `whole space estimate ${((sum("cpu") / rows.length) * plan.units.length).toFixed(0)} CPU seconds`,
);
