// Checks what the machine gives two threads before trusting a speed-up figure (docs/performance.md "Sweeps"): a
// register-only loop in 1 thread and in 2 threads at once; on an idle machine with 2 real cores the times match.
// Usage: node bench/sweep-cpu-check.mjs [iterations]
import os from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

function spin(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 1103515245 + 12345) | 0;
  return x;
}

if (!isMainThread) {
  const start = performance.now();
  spin(workerData);
  parentPort.postMessage(performance.now() - start);
} else {
  const n = Number(process.argv[2] ?? 1.5e9);
  const run = (threads) =>
    Promise.all(
      Array.from(
        { length: threads },
        () =>
          new Promise((resolve) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: n });
            worker.on("message", (ms) => {
              resolve(ms);
              void worker.terminate();
            });
          }),
      ),
    );
  console.log(
    `# sweep-cpu-check ${new Date().toISOString()} ${os.cpus()[0]?.model} x${os.cpus().length}; load ${os.loadavg()[0].toFixed(2)}`,
  );
  for (const threads of [1, 2, 1, 2]) {
    const each = await run(threads);
    console.log(`${threads} thread(s): ${each.map((ms) => (ms / 1000).toFixed(2)).join(" s, ")} s each`);
  }
}
