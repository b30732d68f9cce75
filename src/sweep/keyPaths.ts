// Dotted key paths of plain JSON objects: which exist, and the list shown when an axis names one that does not.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Every key path of `value`, objects and their leaves alike (`data`, `data.alpha`, `data.alpha.value`). */
export function keyPaths(value: unknown, prefix = ""): string[] {
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return [path, ...keyPaths(child, path)];
  });
}

/** True when the dotted path names a key of `value`. */
export function hasKeyPath(value: unknown, path: string): boolean {
  let node = value;
  for (const key of path.split(".")) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return false;
    node = node[key];
  }
  return true;
}

/** The value at a dotted path, or undefined. */
export function valueAtKeyPath(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split(".")) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}
