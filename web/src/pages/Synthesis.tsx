// The synthesis page: a stub until a symbolic synthesis library ships (the report's Pareto and program views are ready).
import { useEffect, useState } from "preact/hooks";

export function Synthesis() {
  const [message, setMessage] = useState("checking…");
  useEffect(() => {
    fetch("/api/synthesis").then(
      async (r) => setMessage(((await r.json()) as { message: string }).message),
      () => setMessage("the server did not answer"),
    );
  }, []);
  return (
    <section>
      <h1>Symbolic synthesis</h1>
      <p id="synthesis-status">{message}.</p>
      <p>
        When it ships, this page takes pasted data and shows the program found for it, the data it
        regenerates, and the Pareto front of complexity against error.
      </p>
    </section>
  );
}
