// The complexity layer's public API (re-exports only): TM enumeration, CTM tables, BDM, perturbation, compression.

export { aggregateBdm, multiplicityLog } from "./bdm/aggregateBdm.js";
export { bdm1d } from "./bdm/bdm1d.js";
export { bdm2d } from "./bdm/bdm2d.js";
export { bdmFile, countFileBlocks } from "./bdm/bdmFile.js";
export { type BdmOptions, type Boundary, resolveBdmOptions } from "./bdm/bdmOptions.js";
export { type BdmResult, bdmResult } from "./bdm/bdmResult.js";
export { type BlockCounts, mergeBlockCounts } from "./bdm/blockCounts.js";
export { blockEntropy, normalizedBlockEntropy } from "./bdm/blockEntropy.js";
export { Decompose1d, decompose1d } from "./bdm/decompose1d.js";
export { Decompose2d, decompose2d } from "./bdm/decompose2d.js";
export { lookupBlocks } from "./bdm/lookupBlocks.js";
export { maxBdm, minBdm, normalizedBdm } from "./bdm/normalizedBdm.js";
export { ctmView } from "./bdm/shapeCtm.js";
export { compressionBaselines } from "./compression/compressionBaselines.js";
export { lz76Complexity } from "./compression/lz76Complexity.js";
export { builtinTableFiles, defaultTableName, loadCtmTable } from "./ctm/builtinTables.js";
export { ctmCount, ctmLookup } from "./ctm/ctmLookup.js";
export type { CtmTable, CtmTableHeader } from "./ctm/ctmTable.js";
export { importPublishedTable } from "./ctm/importPublishedTable.js";
export { normalizeBlock } from "./ctm/normalizeBlock.js";
export { parseCtmTable, readCtmTable } from "./ctm/readCtmTable.js";
export { tableFromCounts } from "./ctm/tableFromCounts.js";
export { formatCtmTable, writeCtmTable } from "./ctm/writeCtmTable.js";
export { occurrences1d, perturbation1d } from "./perturbation/perturbation1d.js";
export { occurrences2d, perturbation2d } from "./perturbation/perturbation2d.js";
export {
  informationSignature,
  type Perturbation,
  perturbOccurrences,
} from "./perturbation/perturbOccurrences.js";
export type { CtmCounts } from "./tm/ctmCounts.js";
export { enumerateBrute } from "./tm/enumerateBrute.js";
export { enumerateParallel } from "./tm/enumerateParallel.js";
export { enumerateTree } from "./tm/enumerateTree.js";
export { listWorkUnits, runWorkUnit } from "./tm/listWorkUnits.js";
export { simulateMachine } from "./tm/simulateMachine.js";
export { machineCount, tmSpace } from "./tm/tmSpace.js";
