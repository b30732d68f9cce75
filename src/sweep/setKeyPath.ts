// Sets an axis value in a spec document by dotted key path, filling the way from the normalised spec where needed.
import { valueAtKeyPath } from "./keyPaths.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Returns a copy of `document` with `path` set to `value`. Where the document has no object on the way (a key left
 * to its default, or `alpha: 0.1` under the axis `data.alpha.value`), the normalised spec's object is copied in, so
 * every key path of either can be swept.
 */
export function setKeyPath(document: unknown, path: string, value: unknown, normalised: unknown): unknown {
  const keys = path.split(".");
  const root: Record<string, unknown> = isPlainObject(document) ? { ...document } : {};
  let node = root;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = structuredClone(value);
      return;
    }
    const here = node[key];
    const fallback = valueAtKeyPath(normalised, keys.slice(0, i + 1).join("."));
    const next = isPlainObject(here)
      ? { ...here }
      : isPlainObject(fallback)
        ? (structuredClone(fallback) as Record<string, unknown>)
        : {};
    node[key] = next;
    node = next;
  });
  return root;
}
