// Compression baselines beside BDM: deflate (gzip), brotli and LZ76, in bits (issue 3 item 7; docs/ctm.md).
import { brotliCompressSync, constants, deflateRawSync } from "node:zlib";
import { lz76Complexity } from "./lz76Complexity.js";

export interface CompressionBaselines {
  /** Raw deflate at level 9, in bits. */
  readonly deflateBits: number;
  /** Brotli at quality 11, in bits. */
  readonly brotliBits: number;
  /** LZ76 phrase count, and the usual normalisation c * log2(n) / n (bits per symbol) times n. */
  readonly lz76Phrases: number;
  readonly lz76Bits: number;
}

export function compressionBaselines(text: string): CompressionBaselines {
  const bytes = Buffer.from(text, "latin1");
  const phrases = lz76Complexity(text);
  return {
    deflateBits: deflateRawSync(bytes, { level: 9 }).length * 8,
    brotliBits: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length * 8,
    lz76Phrases: phrases,
    lz76Bits: text.length > 1 ? phrases * Math.log2(text.length) : phrases,
  };
}
