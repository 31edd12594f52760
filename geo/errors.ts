// The one error type of the geo build: its message names the culprit.

/** A build failure that stops the run; `message` says what is wrong and where. */
export class GeoBuildError extends Error {
  override name = "GeoBuildError";
}
