// What a synthesis worker thread answers the dashboard: the contract's JSON, or the input error it met.
import type { InputIssue } from "../core/errors.js";
import type { SynthesisAnswer } from "./synthesisRequests.js";

export type SynthesisMessage =
  | { readonly type: "done"; readonly answer: SynthesisAnswer }
  | { readonly type: "input"; readonly message: string; readonly issues: readonly InputIssue[] }
  | { readonly type: "failed"; readonly message: string };
