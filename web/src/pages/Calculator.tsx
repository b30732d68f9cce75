// The CTM/BDM calculator: paste a string or a 2-D array; see K by BDM, the blocks coloured by CTM, the signature.
import { useState } from "preact/hooks";
import { api, type BdmAnswer, svgDataUri } from "../api.js";
import { ErrorBox } from "../components/ErrorBox.js";

export function Calculator() {
  const [input, setInput] = useState("010101010101010101010101110100100111010001011101");
  const [ndim, setNdim] = useState<1 | 2>(1);
  const [block, setBlock] = useState("12");
  const [boundary, setBoundary] = useState("recursive");
  const [table, setTable] = useState("d5");
  const [answer, setAnswer] = useState<BdmAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setAnswer(await api.bdm({ input, ndim, block: Number(block), boundary, table }));
    } catch (err) {
      setAnswer(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>CTM / BDM calculator</h1>
      <form onSubmit={submit}>
        <textarea
          id="bdm-input"
          aria-label="input symbols"
          rows={4}
          spellcheck={false}
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <div class="toolbar">
          <label>
            <input type="radio" name="ndim" checked={ndim === 1} onChange={() => setNdim(1)} /> string (1-D)
          </label>
          <label>
            <input type="radio" name="ndim" checked={ndim === 2} onChange={() => setNdim(2)} /> 2-D array
            (rows on lines)
          </label>
          <label>
            block{" "}
            <input
              type="number"
              min={1}
              max={64}
              value={block}
              onInput={(e) => setBlock(e.currentTarget.value)}
            />
          </label>
          <label>
            boundary{" "}
            <select value={boundary} onChange={(e) => setBoundary(e.currentTarget.value)}>
              <option>recursive</option>
              <option>ignore</option>
              <option>correlated</option>
              <option>cyclic</option>
            </select>
          </label>
          <label>
            table{" "}
            <select value={table} onChange={(e) => setTable(e.currentTarget.value)}>
              {["d5", "d4", "d3", "d2", "d1"].map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <button id="bdm-go" type="submit" disabled={busy}>
            {busy ? "computing…" : "Compute"}
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      {answer !== null && (
        <div class="bdm" data-ready="true">
          <p class="big">
            K ≈ <strong id="bdm-value">{answer.bdm.toFixed(3)}</strong> bits by BDM over {answer.nBlocks}{" "}
            blocks ({answer.blocks.length} distinct) of {answer.length} symbols; normalised{" "}
            {answer.normalized.toFixed(3)}; table {answer.table}
          </p>
          {answer.missing.length > 0 && (
            <p class="muted">
              {answer.missing.length} blocks not in the table, imputed as the largest K + 1 bit.
            </p>
          )}
          <img alt="block decomposition coloured by CTM" src={svgDataUri(answer.figures.blocks)} />
          <img alt="information signature" src={svgDataUri(answer.figures.signature)} />
          <table>
            <thead>
              <tr>
                <th>block</th>
                <th>count</th>
                <th>CTM (bits)</th>
              </tr>
            </thead>
            <tbody>
              {answer.blocks.slice(0, 50).map((b) => (
                <tr key={b.block}>
                  <td>
                    <code>{b.block}</code>
                  </td>
                  <td>{b.count}</td>
                  <td>{b.ctm.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
