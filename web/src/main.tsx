// The dashboard page: navigation and the page for the current hash route.
import { render } from "preact";
import { Calculator } from "./pages/Calculator.js";
import { Compare } from "./pages/Compare.js";
import { Launch } from "./pages/Launch.js";
import { RunList } from "./pages/RunList.js";
import { RunView } from "./pages/RunView.js";
import { Synthesis } from "./pages/Synthesis.js";
import { useRoute } from "./route.js";
import "uplot/dist/uPlot.min.css";
import "./style.css";

function App() {
  const route = useRoute();
  const active = (page: string) =>
    route.page === page || (page === "runs" && route.page === "run") ? "active" : "";
  return (
    <>
      <header>
        <strong>ouroboros</strong>
        <nav>
          <a class={active("runs")} href="#/">
            Runs
          </a>
          <a class={active("launch")} href="#/launch">
            Launch
          </a>
          <a class={active("bdm")} href="#/bdm">
            CTM/BDM
          </a>
          <a class={active("synthesis")} href="#/synthesis">
            Synthesis
          </a>
        </nav>
      </header>
      <main>
        {route.page === "runs" && <RunList />}
        {route.page === "run" && <RunView id={route.id} />}
        {route.page === "compare" && <Compare ids={route.ids} />}
        {route.page === "launch" && <Launch />}
        {route.page === "bdm" && <Calculator />}
        {route.page === "synthesis" && <Synthesis />}
      </main>
    </>
  );
}

const root = document.getElementById("app")!;
// The static "Loading" note is replaced, not kept beside the app.
root.textContent = "";
render(<App />, root);
