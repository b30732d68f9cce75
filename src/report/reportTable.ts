// A table of text cells for a report (the metrics table, and tables callers such as `ouro paper` bring).

export interface ReportTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
