// Files the page carries (written at build time as a JSON data block): read instead of fetched.

/** The id of the page's `<script type="application/json">` that carries them. */
export const CARRIED_FILES_ID = "carried-files";

/**
 * The JSON of the data block: path → text. Every `<` is escaped, so no text
 * can close the script element or open a comment in it.
 */
export function carriedFilesJson(files: ReadonlyMap<string, string>): string {
  return JSON.stringify(Object.fromEntries(files)).replace(/</g, "\\u003c");
}

let carried: Record<string, unknown> | null = null;

/**
 * The text of a file the page carries, by its path relative to the page; null
 * where the page carries none (the dev server's page, an older build, a block
 * that is not valid JSON).
 */
export function carriedFile(path: string): string | null {
  if (!carried) {
    const block = document.getElementById(CARRIED_FILES_ID);
    try {
      carried = block?.textContent
        ? (JSON.parse(block.textContent) as Record<string, unknown>)
        : {};
    } catch {
      carried = {};
    }
  }
  const text = carried[path];
  return typeof text === "string" ? text : null;
}
