// A task with a ground truth (issue 6): questions with one correct answer among K candidates; by default x + y mod K.
import { z } from "zod";
import { integerAtLeast, strictObject } from "../../core/schema.js";
import type { CheckIssue } from "../family.js";

export const answerTaskSchema = strictObject({
  candidates: integerAtLeast(2),
  questions: integerAtLeast(1).optional(),
  correct: z
    .array(integerAtLeast(0), { error: "a list of answer indices" })
    .min(1, { error: "a non-empty list of answer indices" })
    .optional(),
});

export type AnswerTask = z.infer<typeof answerTaskSchema>;

/** Questions beyond which the per-replicate tables (Q x K doubles, several per replicate) are refused. */
const MAX_CELLS = 1 << 20;

export function checkAnswerTask(task: AnswerTask): CheckIssue[] {
  if ((task.questions === undefined) === (task.correct === undefined)) {
    return [
      {
        path: "truth",
        value: task,
        allowed:
          "exactly one of questions (the generated task x + y mod K) or correct (a list of answer indices)",
      },
    ];
  }
  const issues: CheckIssue[] = [];
  const bad = task.correct?.findIndex((c) => c >= task.candidates) ?? -1;
  if (bad >= 0) {
    issues.push({
      path: `truth.correct.${bad}`,
      value: task.correct![bad],
      allowed: `an answer index in [0, ${task.candidates}) (truth.candidates = ${task.candidates})`,
    });
  }
  const q = task.questions ?? task.correct!.length;
  if (q * task.candidates > MAX_CELLS) {
    issues.push({ path: "truth", value: task, allowed: `questions x candidates <= ${MAX_CELLS}` });
  }
  return issues;
}

/**
 * The correct answer of every question. Generated: question q asks (x + y) mod K with x = q mod K and
 * y = floor(q / K) mod K, so the answer key has structure a verifier can be wrong about.
 */
export function answerKey(task: AnswerTask): Uint32Array {
  if (task.correct) return Uint32Array.from(task.correct);
  const K = task.candidates;
  return Uint32Array.from({ length: task.questions! }, (_, q) => ((q % K) + (Math.floor(q / K) % K)) % K);
}
