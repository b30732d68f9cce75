// The aggregate stage: BDM = sum over unique blocks of CTM(block) + log(multiplicity) (Zenil et al. 2018, eq. 2).
import type { BdmConvention } from "./bdmOptions.js";
import type { BlockEntry } from "./lookupBlocks.js";

/** log2 for pybdm, log base k for acss. */
export function multiplicityLog(convention: BdmConvention, symbols: number): (n: number) => number {
  const scale = convention === "acss" ? Math.log2(symbols) : 1;
  return (n) => Math.log2(n) / scale;
}

export function aggregateBdm(entries: readonly BlockEntry[], log: (n: number) => number): number {
  let bdm = 0;
  for (const e of entries) bdm += e.ctm + log(e.count);
  return bdm;
}
