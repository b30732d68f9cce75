// The report layer's public API (re-exports only): figure specs, server-side rendering, HTML reports.

export {
  type BlockDecomposition,
  blockDecomposition1d,
  blockDecomposition2d,
  type DecomposedBlock,
} from "./blockDecomposition.js";
export { blockDecompositionFigure } from "./blockDecompositionFigure.js";
export { escapeHtml } from "./escapeHtml.js";
export type { Figure, Json, RenderedFigure, VegaLiteSpec } from "./figure.js";
export { metricFigure } from "./metricFigure.js";
export { type MetricRow, type MetricSeries, metricRows, seriesMetrics } from "./metricRows.js";
export { metricsTable } from "./metricsTable.js";
export { paretoFigure } from "./paretoFigure.js";
export { type ParetoPoint, paretoFront } from "./paretoFront.js";
export { pngSize } from "./pngSize.js";
export { prefersLogScale } from "./prefersLogScale.js";
export { type ProgramData, programFigure } from "./programFigure.js";
export { figureSvg, renderFigure, svgToPng } from "./renderFigure.js";
export { loadReportRuns, type ReportRun } from "./reportRun.js";
export type { ReportTable } from "./reportTable.js";
export { runFigures } from "./runFigures.js";
export { seriesLabels } from "./seriesLabels.js";
export { type SignatureData, signatureFigure } from "./signatureFigure.js";
export { smallMultiplesFigure } from "./smallMultiplesFigure.js";
export { writePaperReport } from "./writePaperReport.js";
export { type ReportInput, renderReport, type WrittenReport, writeReport } from "./writeReport.js";
