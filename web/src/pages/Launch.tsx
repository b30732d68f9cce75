// Launch a spec: an editor validated as you type (issues inline, with their lines), then a live progress bar (SSE).
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiFailure, api, type Issue, type JobState } from "../api.js";
import { ErrorBox } from "../components/ErrorBox.js";
import { href } from "../route.js";

const EXAMPLE = `# A small categorical run: entropy falls as the model trains on its own samples.
name: dashboard-example
seed: 1
replicates: 200
generations: 50
truth: { family: categorical, probs: [0.4, 0.3, 0.2, 0.1] }
data: { n: 50, alpha: 0 }
`;

type Check =
  | { state: "checking" }
  | { state: "ok" }
  | { state: "bad"; message: string; issues: readonly Issue[] };

export function Launch() {
  const [text, setText] = useState(EXAMPLE);
  const [check, setCheck] = useState<Check>({ state: "checking" });
  const [job, setJob] = useState<JobState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const source = useRef<EventSource | null>(null);

  useEffect(() => {
    setCheck({ state: "checking" });
    const timer = setTimeout(() => {
      api.validate(text).then(
        () => setCheck({ state: "ok" }),
        (e) =>
          setCheck({
            state: "bad",
            message: e instanceof Error ? e.message : String(e),
            issues: e instanceof ApiFailure ? e.issues : [],
          }),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => () => source.current?.close(), []);

  const launch = async () => {
    setError(null);
    try {
      const started = await api.launch(text);
      setJob(started);
      source.current?.close();
      const events = new EventSource(`/api/jobs/${encodeURIComponent(started.job)}/events`);
      source.current = events;
      events.addEventListener("progress", (e) => {
        const state = JSON.parse((e as MessageEvent<string>).data) as JobState;
        setJob(state);
        if (state.status !== "running") events.close();
      });
      events.onerror = () => {
        if (events.readyState === EventSource.CLOSED) return;
        events.close();
        setError(new Error("lost the connection to the server; the run goes on (see the runs page)"));
      };
    } catch (e) {
      setError(e);
    }
  };

  const badLines = new Set(check.state === "bad" ? check.issues.map((i) => i.line ?? -1) : []);
  const lines = text.split("\n");
  const percent = job === null ? 0 : Math.round((100 * Math.max(0, job.t)) / Math.max(1, job.generations));
  const running = job?.status === "running";
  return (
    <section>
      <h1>Launch a run</h1>
      <p>
        Write a spec (YAML or JSON, as for <code>ouro run</code>). It is checked as you type.
      </p>
      <div class="editor">
        <pre class="gutter" aria-hidden="true">
          {lines.map((_, i) => (
            <span key={i} class={badLines.has(i + 1) ? "bad" : ""}>
              {i + 1}
              {"\n"}
            </span>
          ))}
        </pre>
        <textarea
          id="spec"
          aria-label="spec"
          spellcheck={false}
          rows={Math.max(12, lines.length + 1)}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="validation" aria-live="polite">
        {check.state === "checking" && <p class="muted">checking…</p>}
        {check.state === "ok" && <p class="ok">The spec is valid.</p>}
        {check.state === "bad" && <ErrorBox error={new ApiFailure(422, check.message, check.issues)} />}
      </div>
      <p>
        <button id="launch" type="button" disabled={check.state !== "ok" || running} onClick={launch}>
          Launch
        </button>
      </p>
      <ErrorBox error={error} />
      {job !== null && (
        <div class="job" data-status={job.status}>
          <p>
            {job.name}: {job.status}
            {job.run !== null && (
              <>
                {" "}
                · run <code>{job.run}</code>
              </>
            )}
          </p>
          <progress id="progress" max={100} value={percent} />
          <span id="percent">{percent}%</span>{" "}
          <span class="muted">
            generation {Math.max(0, job.t)} of {job.generations}
          </span>
          {job.error !== null && <ErrorBox error={new Error(job.error.split("\n")[0])} />}
          {job.status === "done" && job.run !== null && (
            <p>
              <a id="open-run" class="button" href={href.run(job.run)}>
                Open the run
              </a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
