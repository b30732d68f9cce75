// The Pareto front of a regression as an SVG scatter: complexity (nodes) against error (MSE, log scale when it
// spans decades), the front as a step line, the best expression (shortest description) highlighted.
import type { RegressView } from "../api.js";
import { PALETTE } from "./palette.js";

const W = 560;
const H = 300;
const M = { left: 64, right: 16, top: 16, bottom: 40 };
/** Errors below this are drawn at it (an exact fit's MSE is rounding noise, down to 0). */
const FLOOR = 1e-30;

function ticks(lo: number, hi: number, count: number): number[] {
  if (hi <= lo) return [lo];
  const step = 10 ** Math.floor(Math.log10((hi - lo) / count));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => (hi - lo) / s <= count) ?? step * 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / nice) * nice; v <= hi + 1e-9; v += nice) out.push(Number(v.toPrecision(12)));
  return out;
}

export function ParetoChart({ pareto, best }: { pareto: readonly RegressView[]; best: RegressView }) {
  const points = pareto.map((p) => ({ ...p, error: Math.max(p.mse, FLOOR) }));
  const errors = points.map((p) => p.error);
  const log = Math.max(...errors) / Math.min(...errors) > 100;
  const fy = (e: number) => (log ? Math.log10(e) : e);
  const xs = points.map((p) => p.complexity);
  const ys = points.map((p) => fy(p.error));
  const pad = (lo: number, hi: number, zero: boolean) => {
    const span = hi - lo || Math.abs(hi) || 1;
    return [zero ? Math.min(0, lo) : lo - 0.08 * span, hi + 0.08 * span] as const;
  };
  const [x0, x1] = pad(Math.min(...xs), Math.max(...xs), false);
  const [y0, y1] = pad(Math.min(...ys), Math.max(...ys), !log);
  const sx = (v: number) => M.left + ((v - x0) / (x1 - x0)) * (W - M.left - M.right);
  const sy = (v: number) => H - M.bottom - ((v - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const step = points
    .map((p, i) => {
      const x = sx(p.complexity);
      const y = sy(fy(p.error));
      if (i === 0) return `M${x},${y}`;
      return `H${x}V${y}`;
    })
    .join("");
  const xt = ticks(x0, x1, 6).filter((v) => Number.isInteger(v));
  const yt = log
    ? ticks(Math.ceil(y0), Math.floor(y1), 6).filter((v) => Number.isInteger(v))
    : ticks(y0, y1, 5);
  const yLabel = (v: number) => (log ? `1e${v}` : v.toPrecision(3));
  return (
    <figure class="chart pareto" data-points={points.length}>
      <figcaption>
        Pareto front: complexity vs error{log ? " (log error)" : ""}; {points.length} expressions
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label="Pareto front of complexity against error"
      >
        <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="#fff" />
        {xt.map((v) => (
          <g key={`x${v}`}>
            <line x1={sx(v)} x2={sx(v)} y1={M.top} y2={H - M.bottom} stroke="#eee" />
            <text x={sx(v)} y={H - M.bottom + 16} text-anchor="middle" font-size="11" fill="#555">
              {v}
            </text>
          </g>
        ))}
        {yt.map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left} x2={W - M.right} y1={sy(v)} y2={sy(v)} stroke="#eee" />
            <text x={M.left - 6} y={sy(v) + 4} text-anchor="end" font-size="11" fill="#555">
              {yLabel(v)}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#888" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#888" />
        <text x={(M.left + W - M.right) / 2} y={H - 6} text-anchor="middle" font-size="12" fill="#333">
          complexity (nodes)
        </text>
        <text
          transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
          text-anchor="middle"
          font-size="12"
          fill="#333"
        >
          mean squared error
        </text>
        <path d={step} fill="none" stroke={PALETTE[0]} stroke-width="1.5" />
        {points.map((p) => {
          const isBest = p.expression === best.expression;
          return (
            <circle
              key={p.expression}
              class={isBest ? "best" : undefined}
              cx={sx(p.complexity)}
              cy={sy(fy(p.error))}
              r={isBest ? 7 : 4.5}
              fill={isBest ? PALETTE[1] : PALETTE[0]}
              stroke={isBest ? "#333" : "#fff"}
              stroke-width="1.5"
            >
              <title>
                {p.expression}: complexity {p.complexity}, MSE {p.mse.toExponential(2)},{" "}
                {p.description_length.toFixed(1)} bits
              </title>
            </circle>
          );
        })}
      </svg>
    </figure>
  );
}
