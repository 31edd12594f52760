// Keeps the address and the store in step: the one place that writes history and reads Back and Forward.
import type { AppState, Store } from "./store.ts";
import { type Known, readUrl, writeUrl } from "./url.ts";

/**
 * Changes that replace the current history entry instead of adding one: moving
 * the map, presenting, the table's link text arriving after an import.
 */
const QUIET_KEYS: readonly (keyof AppState)[] = ["position", "present", "shared"];

/**
 * Writes every change of the store to the address: a new history entry for a
 * new view, a replaced one when only the map moved. Back and Forward set the
 * store from the address (with the metrics `known` at that moment, the imported
 * table's included), and are not written back: forward history survives.
 */
export function syncUrl(store: Store, known: () => Known): void {
  store.subscribe((state, previous, meta) => {
    if (meta.fromHistory) return;
    const next = writeUrl(state, location.search);
    if (next === location.search + location.hash) return;
    const changed = (Object.keys(state) as (keyof AppState)[]).filter(
      (k) => state[k] !== previous[k],
    );
    const quiet = changed.every((k) => QUIET_KEYS.includes(k));
    history[quiet ? "replaceState" : "pushState"](null, "", `${location.pathname}${next}`);
  });
  addEventListener("popstate", () => {
    const { state } = readUrl(location.search, location.hash, known());
    // The map stays where it is: Back steps through views, not pans; the table shown stays too.
    const { position: _position, shared: _shared, src: _src, ...view } = state;
    store.set(view, { fromHistory: true });
  });
}
