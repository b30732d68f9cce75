// The synthesis page: paste a sequence, a CSV or an ECA diagram; see the program found for it, its description
// length beside the literal one, whether it reproduces the data, and for regression the Pareto front.
import { useEffect, useState } from "preact/hooks";
import { api, type EcaAnswer, type RegressAnswer, type SequenceAnswer, type SynthesisInfo } from "../api.js";
import { ErrorBox } from "../components/ErrorBox.js";
import { ParetoChart } from "../components/ParetoChart.js";
import "./synthesis.css";

function thueMorse(n: number): string {
  let s = "0";
  while (s.length < n) s += Array.from(s, (c) => (c === "0" ? "1" : "0")).join("");
  return s.slice(0, n);
}

/** y = x1 * sin(x2) + 2.5 on a 10 x 5 grid: the regression finds it back. */
function exampleCsv(): string {
  const rows = ["x1,x2,y"];
  for (let i = 0; i < 50; i++) {
    const a = (i % 10) / 3;
    const b = Math.floor(i / 10) / 2;
    rows.push(`${+a.toFixed(6)},${b},${(a * Math.sin(b) + 2.5).toFixed(6)}`);
  }
  return rows.join("\n");
}

/** Rule 30 from a single 1, 16 rows of 31 cells. */
function exampleDiagram(): string {
  let row: number[] = Array.from({ length: 31 }, (_, i) => (i === 15 ? 1 : 0));
  const rows = [row];
  for (let t = 0; t < 15; t++) {
    const prev = row;
    row = prev.map((c, i) => (30 >> (((prev[i - 1] ?? 0) << 2) | (c << 1) | (prev[i + 1] ?? 0))) & 1);
    rows.push(row);
  }
  return rows.map((r) => r.join("")).join("\n");
}

/** Runs one request at a time for a form: busy flag, answer, error shown inline. */
function useCall<T>() {
  const [answer, setAnswer] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [ms, setMs] = useState(0);
  const call = async (f: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    const t = performance.now();
    try {
      setAnswer(await f());
    } catch (err) {
      setAnswer(null);
      setError(err);
    } finally {
      setMs(performance.now() - t);
      setBusy(false);
    }
  };
  return { answer, error, busy, ms, call };
}

/** Two bars on one scale: the program's bits against spelling the data out. */
function LengthBars({ program, literal }: { program: number; literal: number }) {
  const top = Math.max(program, literal, 1e-9);
  return (
    <div class="lengths">
      <div>
        <span class="label">program</span>
        <span class="bar program" style={{ width: `${(24 * program) / top}rem` }} />
        <span id="seq-length">{program.toFixed(1)}</span> bits
      </div>
      <div>
        <span class="label">literal</span>
        <span class="bar literal" style={{ width: `${(24 * literal) / top}rem` }} />
        <span id="seq-literal">{literal.toFixed(1)}</span> bits
      </div>
    </div>
  );
}

function SequenceResult({ a, ms }: { a: SequenceAnswer; ms: number }) {
  const ratio = a.literal_length > 0 ? a.description_length / a.literal_length : 1;
  return (
    <div class="synth-result sequence-result" data-ready="true">
      <p class="big">
        <code id="seq-program">{a.program}</code>
      </p>
      <LengthBars program={a.description_length} literal={a.literal_length} />
      <p>
        <span id="seq-reproduces" class={a.reproduces ? "yes" : "no"}>
          {a.reproduces ? "reproduces the data exactly" : "does not reproduce every symbol"}
        </span>
        ; {(100 * ratio).toFixed(0)}% of the literal length
        {ratio > 0.95 ? " (no shorter mechanism found: the data look random to this search)" : ""}.{" "}
        <span class="muted">{(ms / 1000).toFixed(2)} s</span>
      </p>
    </div>
  );
}

function RegressResult({ a, ms }: { a: RegressAnswer; ms: number }) {
  const rmse = Math.sqrt(a.best.mse);
  return (
    <div class="synth-result regress-result" data-ready="true">
      <p class="big">
        <code id="reg-expression">{a.best.expression}</code>
      </p>
      <p>
        <span id="reg-length">{a.best.description_length.toFixed(1)}</span> bits (program and residuals),
        complexity {a.best.complexity} nodes; r² = <span id="reg-r2">{a.best.r2 ?? "n/a"}</span>, RMSE{" "}
        {rmse.toExponential(2)}
        {a.best.r2 !== null && a.best.r2 > 1 - 1e-9 ? (
          <span class="yes"> (reproduces the target to rounding)</span>
        ) : null}
        . <span class="muted">{(ms / 1000).toFixed(2)} s</span>
      </p>
      <div class="pareto-row">
        <ParetoChart pareto={a.pareto} best={a.best} />
        <table class="pareto-table">
          <thead>
            <tr>
              <th>complexity</th>
              <th>expression</th>
              <th>MSE</th>
              <th>bits</th>
            </tr>
          </thead>
          <tbody>
            {a.pareto.map((p) => (
              <tr key={p.expression} class={p.expression === a.best.expression ? "best" : undefined}>
                <td>{p.complexity}</td>
                <td>
                  <code>{p.expression}</code>
                </td>
                <td>{p.mse.toExponential(2)}</td>
                <td>{p.description_length.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function EcaResult({ a, ms }: { a: EcaAnswer; ms: number }) {
  return (
    <div class="synth-result eca-result" data-ready="true">
      <p class="big">
        rule <strong id="eca-rule">{a.rule}</strong> ({a.boundary} boundary),{" "}
        {a.description_length.toFixed(1)} bits
      </p>
      <p>
        {a.consistent_rules.length === 0
          ? "no rule reproduces every transition (the diagram has flipped cells)"
          : `consistent rules: ${a.consistent_rules.join(", ")}`}
        . <span class="muted">{(ms / 1000).toFixed(2)} s</span>
      </p>
    </div>
  );
}

export function Synthesis() {
  const [info, setInfo] = useState<SynthesisInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);
  const [text, setText] = useState("");
  const [csv, setCsv] = useState(exampleCsv);
  const [target, setTarget] = useState("y");
  const [diagram, setDiagram] = useState(exampleDiagram);
  const seq = useCall<SequenceAnswer>();
  const reg = useCall<RegressAnswer>();
  const eca = useCall<EcaAnswer>();
  useEffect(() => {
    api.synthesisInfo().then(setInfo, setInfoError);
  }, []);
  const columns = csv
    .split(/\r?\n/, 1)[0]!
    .split(",")
    .map((s) => s.trim());
  const limits = info?.limits;
  return (
    <section class="synthesis">
      <h1>Symbolic synthesis</h1>
      <p class="muted" id="synthesis-status">
        {info === null
          ? "checking…"
          : info.available
            ? `Find the shortest program (minimum description length) for pasted data.${
                limits === undefined
                  ? ""
                  : ` Limits: ${limits.sequence_symbols} symbols, ${limits.csv_rows} rows × ${limits.csv_columns} columns, ${limits.eca_cells} diagram cells, ${limits.seconds} s a search`
              }${
                info.regress_budget === undefined
                  ? ""
                  : `; regression at a fixed budget of ${info.regress_budget.maxEvaluations.toLocaleString("en")} enumerated terms (the CLI's default is 3,000,000).`
              }`
            : info.message}
      </p>
      <ErrorBox error={infoError} />

      <h2>Sequence</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void seq.call(() => api.sequence(text));
        }}
      >
        <textarea
          id="seq-input"
          aria-label="sequence of symbols 0-9"
          rows={3}
          spellcheck={false}
          placeholder="symbols 0-9, e.g. 0110100110010110 (spaces and commas are ignored)"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="toolbar">
          <button id="seq-example" type="button" class="secondary" onClick={() => setText(thueMorse(64))}>
            Thue-Morse example
          </button>
          <button id="seq-go" type="submit" disabled={seq.busy}>
            {seq.busy ? "searching…" : "Find program"}
          </button>
          <span class="hint">{text.replace(/[\s,]/g, "").length} symbols</span>
        </div>
      </form>
      <div id="seq-error">
        <ErrorBox error={seq.error} />
      </div>
      {seq.answer !== null && <SequenceResult a={seq.answer} ms={seq.ms} />}

      <h2>Regression</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void reg.call(() => api.regress(csv, target));
        }}
      >
        <textarea
          id="reg-csv"
          aria-label="CSV with a header row"
          rows={6}
          spellcheck={false}
          value={csv}
          onInput={(e) => setCsv(e.currentTarget.value)}
        />
        <div class="toolbar">
          <label>
            target{" "}
            <input
              id="reg-target"
              list="reg-columns"
              value={target}
              onInput={(e) => setTarget(e.currentTarget.value)}
            />
            <datalist id="reg-columns">
              {columns.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
          <button id="reg-example" type="button" class="secondary" onClick={() => setCsv(exampleCsv())}>
            x1·sin(x2) + 2.5 example
          </button>
          <button id="reg-go" type="submit" disabled={reg.busy}>
            {reg.busy ? "searching (a few seconds)…" : "Find expression"}
          </button>
        </div>
      </form>
      <div id="reg-error">
        <ErrorBox error={reg.error} />
      </div>
      {reg.answer !== null && <RegressResult a={reg.answer} ms={reg.ms} />}

      <h2>Elementary cellular automaton</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void eca.call(() => api.eca(diagram));
        }}
      >
        <textarea
          id="eca-input"
          aria-label="space-time diagram: one row of 0/1 per time step, oldest first"
          rows={5}
          spellcheck={false}
          value={diagram}
          onInput={(e) => setDiagram(e.currentTarget.value)}
        />
        <div class="toolbar">
          <button id="eca-go" type="submit" disabled={eca.busy}>
            {eca.busy ? "searching…" : "Identify rule"}
          </button>
          <span class="hint">one row of 0/1 per time step, oldest first</span>
        </div>
      </form>
      <div id="eca-error">
        <ErrorBox error={eca.error} />
      </div>
      {eca.answer !== null && <EcaResult a={eca.answer} ms={eca.ms} />}
    </section>
  );
}
