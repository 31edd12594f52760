// Keeps the table's link text (the fragment's `t=`) in step with the imported table and the view.
import type { ImportedTable } from "../data/importedTable.ts";
import type { AppState, Store } from "../state/store.ts";
import type { LinkScope } from "./tableLink.ts";

/** The limit of tableLink.ts, for the notes (that module loads only when a table is encoded). */
export const LINK_LIMIT_TOLD = 60_000;

/** What links of the current view carry. */
export type LinkStatus =
  | { kind: "none" }
  | { kind: "encoding" }
  | { kind: "src"; url: string }
  | { kind: "fits"; length: number; scope: LinkScope | "read" }
  | { kind: "tooLarge"; length: number; limit: number };

let status: LinkStatus = { kind: "none" };
let pending: Promise<void> = Promise.resolve();

/** What links carry now, once any encoding under way has finished. */
export async function linkStatus(): Promise<LinkStatus> {
  await pending;
  return status;
}

/**
 * Writes the imported table into the state's `shared` (and so the address)
 * whenever a table is imported: the whole table where it fits, else the
 * view's part, made again when the view's metric, period or categories change.
 * A table read from the link (`fromLink`) is carried as it came; one fetched by `src=`
 * is carried as its address. The encoding runs after the import's own work,
 * never within it.
 */
export function linkSync(store: Store, fromLink: ImportedTable | null): void {
  let encoded: { table: ImportedTable; scope: LinkScope | "read" | null; key: string } | null =
    null;
  const viewKey = (s: AppState) => JSON.stringify([s.metric, s.period, s.dims]);
  /** What a part of the table depends on: a change elsewhere leaves its text as it is. */
  const scopeKey = (scope: LinkScope | "read" | null, s: AppState) =>
    scope === "combination"
      ? JSON.stringify([s.dims])
      : scope === "metric"
        ? JSON.stringify([s.metric, s.dims])
        : viewKey(s);
  const update = (s: AppState) => {
    const table = s.data === "local" ? s.imported : null;
    if (!table) {
      status = { kind: "none" };
      encoded = null;
      if (s.shared !== null) store.set({ shared: null });
      return;
    }
    if (s.src) {
      status = { kind: "src", url: s.src };
      encoded = { table, scope: null, key: "" };
      return;
    }
    // A table read from the link: its text is the link's, whatever the view.
    if (!encoded && s.shared !== null && table === fromLink) {
      encoded = { table, scope: "read", key: "" };
      status = { kind: "fits", length: s.shared.length, scope: "read" };
      return;
    }
    const key = viewKey(s);
    if (
      encoded?.table === table &&
      (encoded.scope === "whole" ||
        encoded.scope === "read" ||
        encoded.key === scopeKey(encoded.scope, s))
    )
      return;
    encoded = { table, scope: null, key };
    status = { kind: "encoding" };
    const mine = encoded;
    pending = (async () => {
      // After the frame that shows the change: the address is written (a long one costs a
      // replaceState of some 20 ms) once the map has its new colours, never within them.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (encoded !== mine) return;
      // Until the new text is made, links carry no table rather than one that no longer matches
      // (the share buttons wait for it: linkStatus).
      if (store.get().shared !== null) store.set({ shared: null });
      const { encodeLink } = await import("./tableLink.ts");
      const result = await encodeLink(table, { metric: s.metric, period: s.period, dims: s.dims });
      if (encoded !== mine) return;
      mine.scope = result.ok ? result.scope : null;
      mine.key = scopeKey(mine.scope, s);
      status = result.ok
        ? { kind: "fits", length: result.text.length, scope: result.scope }
        : { kind: "tooLarge", length: result.length, limit: result.limit };
      store.set({ shared: result.ok ? result.text : null });
    })().catch(() => {
      status = { kind: "none" };
    });
  };
  store.subscribe((s, previous) => {
    if (
      s.imported !== previous.imported ||
      s.data !== previous.data ||
      s.src !== previous.src ||
      viewKey(s) !== viewKey(previous)
    )
      update(s);
  });
  update(store.get());
}
