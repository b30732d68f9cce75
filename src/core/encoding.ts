// Exact, JSON-safe encodings of typed arrays for checkpoints (base64 of the IEEE-754 bytes).

export function encodeFloat64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

export function decodeFloat64(text: unknown): Float64Array {
  if (typeof text !== "string") throw new TypeError("checkpoint: expected a base64 string of float64 values");
  const bytes = Buffer.from(text, "base64");
  const out = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
