// Reads `--queue redis://HOST:PORT` into the host and port of a Redis server (the BullMQ backend's only setting).
import { inputError } from "../core/errors.js";

export interface QueueAddress {
  readonly host: string;
  readonly port: number;
  /** As given, for messages. */
  readonly url: string;
}

const ALLOWED = "redis://HOST:PORT, e.g. redis://127.0.0.1:6379";

export function parseQueueUrl(url: string): QueueAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw inputError("--queue", url, ALLOWED, "bad queue address");
  }
  if (
    parsed.protocol !== "redis:" ||
    parsed.hostname === "" ||
    (parsed.pathname !== "" && parsed.pathname !== "/")
  ) {
    throw inputError("--queue", url, ALLOWED, "bad queue address");
  }
  const port = parsed.port === "" ? 6379 : Number(parsed.port);
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  return { host, port, url };
}
