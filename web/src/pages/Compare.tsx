// Several runs overlaid: one colour per run (labelled by the spec values that differ), a chart per shared metric.
import { seriesLabels } from "../../../src/report/seriesLabels.js";
import { ErrorBox } from "../components/ErrorBox.js";
import { Legend, MetricChart } from "../components/MetricChart.js";
import { metricNames, useRuns } from "../components/useRuns.js";

export function Compare({ ids }: { ids: readonly string[] }) {
  const { runs, error } = useRuns(ids);
  if (ids.length === 0)
    return (
      <p>
        Tick two or more runs on the <a href="#/">runs page</a> to compare them.
      </p>
    );
  if (error !== null) return <ErrorBox error={error} />;
  if (runs === null) return <p class="loading">Loading {ids.length} runs…</p>;
  const labels = seriesLabels(runs.map((r) => ({ run: r.run, name: r.name, spec: r.spec })));
  const series = runs.map((r, i) => ({ label: labels[i]!, generations: r.generations }));
  return (
    <section>
      <h1>Comparing {runs.length} runs</h1>
      <Legend labels={labels} />
      <div class="charts" data-ready="true">
        {metricNames(runs).map((m) => (
          <MetricChart
            key={m}
            metric={m}
            runs={series.filter((_, i) => runs[i]!.generations[0]?.metrics[m] !== undefined)}
          />
        ))}
      </div>
    </section>
  );
}
