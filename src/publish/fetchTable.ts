// Fetches a table named by `src=` from an allowed origin, with a time limit and the file size limit.
import { MAX_BYTES } from "../import/importFile.ts";
import { allowedSrc, type SrcRefusal } from "./tableOrigins.ts";

/** How long a table may take to arrive. */
export const FETCH_TIMEOUT_MS = 20_000;

export type Fetched =
  | { ok: true; file: Blob; name: string; url: string }
  | {
      ok: false;
      problem:
        | SrcRefusal
        | { kind: "status"; status: number }
        | { kind: "timeout"; seconds: number }
        | { kind: "network" }
        | { kind: "html" }
        | { kind: "tooLarge"; bytes: number; max: number };
    };

/** The file name an address gives (its last path segment), for the notice and the legend. */
export function nameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? url.hostname;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return name.slice(0, 100) || url.hostname;
}

/**
 * The table at `src`: refused by name before any request when its origin is
 * neither the page's nor listed; else fetched without credentials, with a
 * time limit, and refused when the answer is not 200, is an HTML page (a
 * host's "not found" page), or is larger than a file may be.
 */
export async function fetchTable(
  src: string,
  page: string,
  listed: readonly string[],
  timeout = FETCH_TIMEOUT_MS,
): Promise<Fetched> {
  const allowed = allowedSrc(src, page, listed);
  if (!("url" in allowed)) return { ok: false, problem: allowed };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(allowed.url, {
      credentials: "omit",
      signal: abort.signal,
      headers: { Accept: "text/csv, application/json, text/plain, */*" },
    });
    if (!response.ok) return { ok: false, problem: { kind: "status", status: response.status } };
    const final = allowedSrc(response.url || allowed.url.href, page, listed);
    if (!("url" in final)) return { ok: false, problem: final };
    const declared = Number(response.headers.get("content-length"));
    if (declared > MAX_BYTES)
      return { ok: false, problem: { kind: "tooLarge", bytes: declared, max: MAX_BYTES } };
    const file = await response.blob();
    if (file.size > MAX_BYTES)
      return { ok: false, problem: { kind: "tooLarge", bytes: file.size, max: MAX_BYTES } };
    const head = (await file.slice(0, 200).text()).trimStart().toLowerCase();
    if (
      /^text\/html/.test(response.headers.get("content-type") ?? "") ||
      /^<(!doctype html|html)/.test(head)
    )
      return { ok: false, problem: { kind: "html" } };
    return { ok: true, file, name: nameOf(allowed.url), url: allowed.url.href };
  } catch {
    return abort.signal.aborted
      ? { ok: false, problem: { kind: "timeout", seconds: Math.round(timeout / 1000) } }
      : { ok: false, problem: { kind: "network" } };
  } finally {
    clearTimeout(timer);
  }
}
