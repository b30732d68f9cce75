// The runs in the store: filter by text and status, open one, or tick several and compare them.
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, type RunSummary } from "../api.js";
import { ErrorBox } from "../components/ErrorBox.js";
import { href } from "../route.js";

const PAGE = 200;

export function RunList() {
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("");
  const [picked, setPicked] = useState<readonly string[]>([]);
  // The first rows paint at once; a store of thousands of runs shows the rest on request.
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => {
    api.runs().then(
      (r) => setRuns(r.reverse()),
      (e) => setError(e),
    );
  }, []);
  useEffect(() => {
    if (runs !== null) performance.mark("runs-rendered");
  }, [runs]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (runs ?? []).filter(
      (r) =>
        (status === "" || r.status === status) &&
        (q === "" || r.name.toLowerCase().includes(q) || r.run.toLowerCase().includes(q)),
    );
  }, [runs, query, status]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <section>
      <h1>Runs</h1>
      <ErrorBox error={error} />
      <div class="toolbar">
        <input
          type="search"
          placeholder="filter by name or id"
          aria-label="filter runs"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select aria-label="status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          <option value="">any status</option>
          <option value="done">done</option>
          <option value="running">running</option>
          <option value="failed">failed</option>
          <option value="interrupted">interrupted</option>
        </select>
        {picked.length < 2 ? (
          <span class="button disabled" id="compare" aria-disabled="true">
            Compare {picked.length > 0 ? `(${picked.length})` : "selected"}
          </span>
        ) : (
          <a class="button" id="compare" href={href.compare(picked)}>
            Compare ({picked.length})
          </a>
        )}
        <span class="count">
          {runs === null
            ? "loading…"
            : `${shown.length} of ${runs.length} runs${shown.length > limit ? `, the newest ${limit} shown` : ""}`}
        </span>
      </div>
      {runs !== null && runs.length === 0 && (
        <p>
          The store has no runs yet. <a href="#/launch">Launch one</a>, or run <code>ouro run SPEC</code>.
        </p>
      )}
      {runs !== null && runs.length > 0 && (
        <table class="runs" data-ready="true">
          <thead>
            <tr>
              <th />
              <th>name</th>
              <th>run</th>
              <th>status</th>
              <th>generations</th>
              <th>seed</th>
              <th>compute (s)</th>
              <th>created</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => (
              <tr key={r.run}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`select ${r.run}`}
                    checked={picked.includes(r.run)}
                    onChange={() => toggle(r.run)}
                  />
                </td>
                <td>
                  <a href={href.run(r.run)}>{r.name}</a>
                </td>
                <td>
                  <code>{r.run}</code>
                </td>
                <td class={`status ${r.status}`}>{r.status}</td>
                <td>
                  {r.generations_done} / {r.generations}
                </td>
                <td>{r.seed}</td>
                <td>{r.seconds.toFixed(2)}</td>
                <td>{r.created_at.replace("T", " ").slice(0, 19)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <p>
          <button type="button" id="show-all" onClick={() => setLimit(Number.POSITIVE_INFINITY)}>
            Show all {shown.length} runs
          </button>
        </p>
      )}
    </section>
  );
}
