// The worker thread that runs one synthesis search for the dashboard, off the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../core/errors.js";
import type { SynthesisMessage } from "./synthesisMessages.js";
import { runSynthesis, type SynthesisRequest } from "./synthesisRequests.js";

const post = (message: SynthesisMessage): void => parentPort?.postMessage(message);
try {
  post({ type: "done", answer: runSynthesis(workerData as SynthesisRequest) });
} catch (error) {
  if (error instanceof InputError) post({ type: "input", message: error.message, issues: error.issues });
  else post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
