// The JSON body of every 4xx answer: a message and, for bad input, the issues (key path, value, what is allowed).
import type { InputError } from "../core/errors.js";

export interface ApiError {
  readonly error: string;
  readonly issues?: readonly { readonly path: string; readonly value: unknown; readonly allowed: string }[];
}

export function inputErrorBody(error: InputError): ApiError {
  return { error: error.message, issues: error.issues };
}
