// In-memory CTM tables: exact counts from our enumeration, or K values imported from a published table (docs/ctm.md "Table file").

export type CtmTableKind = "counts" | "bits";

export interface CtmTableHeader {
  readonly version: 1;
  /** counts: exact blank-0 output counts c(s); bits: K in bits per normalised block (imported). */
  readonly kind: CtmTableKind;
  readonly symbols: number;
  readonly ndim: 1 | 2;
  readonly states: number | null;
  readonly maxSteps: number | null;
  /** counts tables: (k(2n+1))^(nk) and H = sum of c(s); null for imported tables. */
  readonly machines: bigint | null;
  readonly halting: bigint | null;
  /** Where the table came from ("enumeration", or the imported file's name and format). */
  readonly source: string;
}

export interface CtmTable {
  readonly header: CtmTableHeader;
  /** counts tables: c(s) for every s a blank-0 machine produced (empty for bits tables). */
  readonly counts: ReadonlyMap<string, number>;
  /** bits tables: shape ("12", "4x4") to normalised block (rows joined without separator) to K in bits. */
  readonly bits: ReadonlyMap<string, ReadonlyMap<string, number>>;
}
