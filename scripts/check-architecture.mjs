// Checks what the linter cannot: src/ has no import cycles and its layers depend one way (docs: house-style.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..", "src");
// A module may import from its own layer or a lower one, never a higher one.
const layers = {
  core: 0,
  complexity: 1,
  synthesis: 2,
  families: 3,
  spec: 4,
  theory: 5,
  loop: 6,
  verify: 7,
  store: 8,
  report: 9,
  sweep: 9,
  paper: 9,
  cli: 10,
  web: 10,
  "index.ts": 11,
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return path.endsWith(".ts") || path.endsWith(".tsx") ? [path] : [];
  });
}

function layerOf(file) {
  const top = relative(root, file).split("/")[0];
  if (!(top in layers))
    throw new Error(`src/${top} is not a known layer; add it to scripts/check-architecture.mjs`);
  return { name: top, rank: layers[top] };
}

const files = walk(root);
const graph = new Map();
const problems = [];
const importPattern =
  /(?:import|export)\s[^'"]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const targets = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2];
    const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
    targets.push(target);
    const from = layerOf(file);
    const to = layerOf(target);
    if (to.rank > from.rank) {
      problems.push(
        `${relative(root, file)} imports ${spec}: layer ${from.name} may not depend on ${to.name}`,
      );
    }
  }
  graph.set(file, targets);
}

const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, "open");
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === "open") {
      const cycle = stack.slice(stack.indexOf(next)).concat(next);
      problems.push(`import cycle: ${cycle.map((f) => relative(root, f)).join(" -> ")}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, "done");
}
for (const file of files) if (!state.has(file)) visit(file);

for (const file of files) {
  if (/\bMath\.random\b/.test(readFileSync(file, "utf8")))
    problems.push(`${relative(root, file)} uses Math.random`);
}

if (problems.length > 0) {
  console.error(`architecture check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`architecture check: ${files.length} modules, no cycles, layers point one way`);
