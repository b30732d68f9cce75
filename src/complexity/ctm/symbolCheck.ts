// Input validation for symbol strings (house-style: errors name what was wrong and what is allowed).
import { inputError } from "../../core/errors.js";

/** Throws unless text is a non-empty string of digits 0..k-1. */
export function checkSymbols(text: string, symbols: number, path = "string"): void {
  if (text.length === 0) throw inputError(path, text, `a non-empty string of the symbols 0..${symbols - 1}`);
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d >= symbols) {
      throw inputError(path, text, `only the symbols 0..${symbols - 1} (found "${text[i]}" at ${i})`);
    }
  }
}
