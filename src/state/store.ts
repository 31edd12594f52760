// The app's one store: everything the user chose, the imported table included, and nothing derived.
import type { AggregationRule, ImportedTable } from "../data/importedTable.ts";
import type { LevelId } from "../data/levels.ts";
import type { Survey } from "../data/survey.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/language.ts";
import type { ColorRange } from "../scales/choropleth.ts";
import type { Scheme } from "../scales/colorScale.ts";
import type { PlaceRef } from "../search/placeRef.ts";
import type { MapPosition } from "../share/mapHash.ts";
import { type Authoring, NO_AUTHORING } from "./authoring.ts";

export type View = "map" | "table" | "chart" | "crossings";
export const VIEWS: readonly View[] = ["map", "table", "chart", "crossings"];

export interface AppState {
  lang: Lang;
  /**
   * A metric id of the shown dataset: the survey's ids, or c1, c2… of an
   * imported table; "" for the dataset's first metric.
   */
  metric: string;
  /** The survey edition shown, by id; null for the default edition. */
  edition: string | null;
  /** That edition, loaded (null only before the first one arrives). */
  survey: Survey | null;
  /** Which data is shown: the survey, or the table imported on this device. */
  data: "survey" | "local";
  /** The table imported on this device (kept in storage); shown while `data` is "local". */
  imported: ImportedTable | null;
  /** The imported table's period shown; null for its latest. */
  period: string | null;
  /** The level an imported table is shown at; null for its own (municipal data aggregates). */
  level: LevelId | null;
  /** Aggregation rules the user chose for metrics of the imported table, by metric id. */
  rules: Readonly<Record<string, AggregationRule>>;
  /** The category chosen of each dimension of the imported table, by dimension id; its total otherwise. */
  dims: Readonly<Record<string, string>>;
  scheme: Scheme;
  /**
   * What the colours span: the values' own range, or a survey's answer scale
   * (1–5) so one colour means one score on every question; null for the
   * default (the answer scale when presenting survey data, else the data's).
   */
  range: ColorRange | null;
  /** The ranked chart beside (or below) the map. */
  chart: boolean;
  view: View;
  /** Selected county code, its details open. */
  county: string | null;
  /** Selected employment-area code. */
  area: string | null;
  /** A selected region of another level (a sub-region, a municipality…), outlined; null for none. */
  region: { level: LevelId; code: string } | null;
  /** The place found by search, highlighted with the regions it lies within and framed; null for none. */
  place: PlaceRef | null;
  /** Employment-area overlay shown. */
  areas: boolean;
  /** High-contrast theme. */
  contrast: boolean;
  /** Presenter mode. */
  present: boolean;
  /** The map's position (the URL hash); null while Finland is fitted to the window. */
  position: MapPosition | null;
  /** The author's title, notes, highlights, classes, palette, decimals and unit. */
  author: Authoring;
  /**
   * The imported table as links carry it (the fragment's `t=`: its bytes,
   * deflated, base64url); null for the survey, a table too large for a link,
   * or one read from `src`. Made when a table is imported (publish/linkSync.ts).
   */
  shared: string | null;
  /** The address the imported table was fetched from (`src=`); null for none. */
  src: string | null;
}

export const DEFAULT_STATE: AppState = {
  lang: DEFAULT_LANG,
  metric: "",
  edition: null,
  survey: null,
  data: "survey",
  imported: null,
  period: null,
  level: null,
  rules: {},
  dims: {},
  scheme: "sequential",
  range: null,
  chart: true,
  view: "map",
  county: null,
  area: null,
  region: null,
  place: null,
  areas: true,
  contrast: false,
  present: false,
  position: null,
  author: NO_AUTHORING,
  shared: null,
  src: null,
};

/** How a change came about: the history handler's changes must not be written back as new entries. */
export interface ChangeMeta {
  fromHistory?: boolean;
}

export type Listener = (state: AppState, previous: AppState, meta: ChangeMeta) => void;

/**
 * A minimal store: `set` merges a change and tells every listener, once, if
 * any key changed (compared with ===). A change made by a listener while the
 * others are still being told is queued and told after them, so every listener
 * sees the changes in order.
 */
export function createStore(initial: AppState) {
  let state = initial;
  const listeners = new Set<Listener>();
  const queue: [Partial<AppState>, ChangeMeta][] = [];
  let telling = false;
  function apply(change: Partial<AppState>, meta: ChangeMeta) {
    const next = { ...state, ...change };
    if ((Object.keys(next) as (keyof AppState)[]).every((k) => next[k] === state[k])) return;
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous, meta);
  }
  return {
    get: () => state,
    set(change: Partial<AppState>, meta: ChangeMeta = {}) {
      queue.push([change, meta]);
      if (telling) return;
      telling = true;
      try {
        for (let item = queue.shift(); item; item = queue.shift()) apply(...item);
      } finally {
        telling = false;
      }
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
