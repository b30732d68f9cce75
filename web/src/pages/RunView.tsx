// One run: provenance, a chart per metric, the normalised spec, and the full report as one HTML file.
import { ErrorBox } from "../components/ErrorBox.js";
import { MetricChart } from "../components/MetricChart.js";
import { metricNames, useRuns } from "../components/useRuns.js";

export function RunView({ id }: { id: string }) {
  const { runs, error } = useRuns([id]);
  const r = runs?.[0];
  if (error !== null)
    return (
      <section>
        <h1>Run {id}</h1>
        <ErrorBox error={error} />
        <p>
          <a href="#/">Back to the runs</a>
        </p>
      </section>
    );
  if (r === undefined) return <p class="loading">Loading run {id}…</p>;
  const s = r.summary;
  return (
    <section>
      <h1>
        {r.name} <code>{r.run}</code>
      </h1>
      <table class="facts" data-ready="true">
        <tbody>
          <tr>
            <th>status</th>
            <td class={`status ${s.status}`}>
              {s.error === null ? s.status : `${s.status}: ${s.error.split("\n")[0]}`}
            </td>
            <th>generations</th>
            <td>
              {s.generations_done} of {s.generations}
            </td>
            <th>seed</th>
            <td>{s.seed}</td>
          </tr>
          <tr>
            <th>compute</th>
            <td>{s.seconds.toFixed(3)} s</td>
            <th>ouroboros</th>
            <td>{s.version}</td>
            <th>created</th>
            <td>{s.created_at}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a
          class="button"
          href={`/api/runs/${encodeURIComponent(r.run)}/report`}
          target="_blank"
          rel="noopener"
        >
          Report (HTML, figures inline)
        </a>
      </p>
      <div class="charts">
        {metricNames([r]).map((m) => (
          <MetricChart key={m} metric={m} runs={[{ label: r.name, generations: r.generations }]} />
        ))}
      </div>
      <h2>Normalised spec</h2>
      <pre class="spec">{JSON.stringify(r.spec, null, 2)}</pre>
    </section>
  );
}
