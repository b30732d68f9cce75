// The stop for a verifier that accepts nothing (issue 6, bad input): a fit with no data would divide by zero.
import { InputError } from "../../core/errors.js";

/**
 * Thrown by a verified family's fit when none of the candidates was accepted and no ground-truth label came in:
 * there is nothing to fit. The loop stops; a stored run is marked failed with this message (CLI exit status 2).
 */
export function nothingAccepted(verifier: unknown, candidates: number): InputError {
  return new InputError(
    [
      {
        path: "model.verifier",
        value: verifier,
        allowed: `a verifier that accepts some candidates: it accepted none of ${candidates} and data.alpha gave no ground-truth labels, so there is nothing to fit`,
      },
    ],
    "the verifier accepted nothing",
  );
}
