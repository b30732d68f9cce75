// Run ids: readable (UTC time first), in creation order, and unique.
import { describe, expect, it } from "vitest";
import { newRunId } from "../../src/store/runId.js";

describe("newRunId", () => {
  it("starts with the UTC second and ends with 8 hex digits", () => {
    expect(newRunId(new Date(Date.UTC(2025, 5, 7, 15, 30, 12, 999)))).toMatch(
      /^r20250607T153012Z-[0-9a-f]{8}$/,
    );
  });

  it("sorts by creation time", () => {
    const early = newRunId(new Date(Date.UTC(2025, 0, 9, 23, 59, 59)));
    const late = newRunId(new Date(Date.UTC(2025, 0, 10, 0, 0, 0)));
    expect(early < late).toBe(true);
  });

  it("differs between ids made in the same second", () => {
    const at = new Date();
    const ids = new Set(Array.from({ length: 10_000 }, () => newRunId(at)));
    expect(ids.size).toBe(10_000);
  });
});
