// File-safe figure names: anything but letters, digits, '-' and '_' becomes '_'.

export function figureName(...parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/[^A-Za-z0-9_-]+/g, "_"))
    .filter((part) => part !== "")
    .join("-");
}
