// Checks that a Redis server answers before a sweep or a worker starts: a clear error within seconds instead of a hang.
import { Redis } from "ioredis";
import { inputError } from "../core/errors.js";
import type { QueueAddress } from "./parseQueueUrl.js";

/** Connects once (no retries), sends PING and disconnects; an unreachable server throws InputError on --queue. */
export async function probeRedis(address: QueueAddress, timeoutMs = 3000): Promise<void> {
  const client = new Redis({
    host: address.host,
    port: address.port,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: string | undefined;
  client.on("error", (error: Error) => {
    lastError = error.message;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs + 500);
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (error) {
    const reason = lastError ?? (error instanceof Error ? error.message : String(error));
    throw inputError(
      "--queue",
      address.url,
      `the address of a running Redis server (${reason})`,
      "cannot reach Redis",
    );
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
