// A dependency loaded on first use: for modules whose import costs more than the commands and threads that never need them should pay.
import { createRequire } from "node:module";

/** A getter that requires `specifier` (resolved from the calling module's `from` URL) the first time it is called. */
export function loadOnFirstUse<T>(from: string, specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= createRequire(from)(specifier) as T;
    return loaded;
  };
}
