// Numbers in report tables: four significant digits, exponent form outside [1e-3, 1e5), '-' for none.

export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined) return "-";
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  if (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5) return value.toExponential(digits - 1);
  return value.toPrecision(digits);
}
