// The state of a view: what the user chose, and nothing derived from data.

import { DEFAULT_METRIC } from "../data/metrics.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/language.ts";
import type { Scheme } from "../scales/colorScale.ts";

export type View = "map" | "table" | "crossings";
export const VIEWS: readonly View[] = ["map", "table", "crossings"];

export interface ViewState {
  lang: Lang;
  /** A metric id of the shown dataset: the survey's ids, or c1, c2… of an imported table. */
  metric: string;
  /** Which data is shown: the survey, or a table imported on this device. */
  data: "survey" | "local";
  scheme: Scheme;
  view: View;
  /** Selected county code, its details open. */
  county: string | null;
  /** Selected employment-area code. */
  area: string | null;
  /** Employment-area overlay shown. */
  areas: boolean;
  /** High-contrast theme. */
  contrast: boolean;
}

export const DEFAULT_STATE: ViewState = {
  lang: DEFAULT_LANG,
  metric: DEFAULT_METRIC,
  data: "survey",
  scheme: "sequential",
  view: "map",
  county: null,
  area: null,
  areas: true,
  contrast: false,
};

export type Listener = (state: ViewState, previous: ViewState) => void;

/** A minimal store: `set` merges a change and tells every listener, once, if anything changed. */
export function createStore(initial: ViewState) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(change: Partial<ViewState>) {
      const next = { ...state, ...change };
      if ((Object.keys(next) as (keyof ViewState)[]).every((k) => next[k] === state[k])) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
