// Loads one or more runs by id for a page; a missing id yields the server's 404 message.
import { useEffect, useState } from "preact/hooks";
import { api, type RunDetail } from "../api.js";

export function useRuns(ids: readonly string[]): { runs: RunDetail[] | null; error: unknown } {
  const [state, setState] = useState<{ runs: RunDetail[] | null; error: unknown }>({
    runs: null,
    error: null,
  });
  const key = ids.join(",");
  useEffect(() => {
    setState({ runs: null, error: null });
    Promise.all(ids.map((id) => api.run(id))).then(
      (runs) => setState({ runs, error: null }),
      (error) => setState({ runs: null, error }),
    );
  }, [key]);
  return state;
}

/** Metric names in first-seen order over all runs. */
export function metricNames(runs: readonly RunDetail[]): string[] {
  const names = new Set<string>();
  for (const r of runs)
    for (const g of r.generations.slice(0, 1)) for (const m of Object.keys(g.metrics)) names.add(m);
  return [...names];
}
