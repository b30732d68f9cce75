// A generation's data on the answer task: per (question, answer) cell, candidates judged, accepted, and labels.
import { decodeFloat64, encodeFloat64 } from "../../core/encoding.js";

/** Counts over the Q x K cells (index q * K + a). Labels are ground-truth (question, correct answer) pairs. */
export interface AnswerData {
  readonly judged: Float64Array;
  readonly accepted: Float64Array;
  readonly labels: Float64Array;
}

export function emptyAnswerData(cells: number): AnswerData {
  return {
    judged: new Float64Array(cells),
    accepted: new Float64Array(cells),
    labels: new Float64Array(cells),
  };
}

function add(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! + b[i]!;
  return out;
}

export function combineAnswerData(a: AnswerData, b: AnswerData): AnswerData {
  return {
    judged: add(a.judged, b.judged),
    accepted: add(a.accepted, b.accepted),
    labels: add(a.labels, b.labels),
  };
}

/** Samples in the data: labels plus candidates judged (best-of-k counts every try). */
export function answerDataSize(data: AnswerData): number {
  let total = 0;
  for (let i = 0; i < data.judged.length; i++) total += data.judged[i]! + data.labels[i]!;
  return total;
}

export function encodeAnswerData(data: AnswerData): unknown {
  return {
    judged: encodeFloat64(data.judged),
    accepted: encodeFloat64(data.accepted),
    labels: encodeFloat64(data.labels),
  };
}

export function decodeAnswerData(json: unknown): AnswerData {
  const o = json as Record<string, unknown>;
  return {
    judged: decodeFloat64(o.judged),
    accepted: decodeFloat64(o.accepted),
    labels: decodeFloat64(o.labels),
  };
}
