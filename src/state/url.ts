// The URL of a view, read in one place and written in one place: query parameters and the map hash.
import type { AggregationRule } from "../data/importedTable.ts";
import { isLevelId, type LevelId } from "../data/levels.ts";
import { isLang } from "../i18n/language.ts";
import { parseSlideEntry } from "../present/slides.ts";
import { joinFragment, splitFragment } from "../publish/fragment.ts";
import { COLOR_RANGES, type ColorRange } from "../scales/choropleth.ts";
import { SCHEMES, type Scheme } from "../scales/colorScale.ts";
import { type PlaceRef, parsePlaceToken, placeToken } from "../search/placeRef.ts";
import { formatMapHash, parseMapHash } from "../share/mapHash.ts";
import { AUTHOR_KEYS, readAuthoring, writeAuthoring } from "./authoringUrl.ts";
import { type AppState, DEFAULT_STATE, VIEWS, type View } from "./store.ts";

/** Every query parameter the app owns; any other parameter belongs to the host page. */
export const URL_KEYS = {
  lang: "lang",
  metric: "metric",
  edition: "edition",
  data: "data",
  period: "period",
  level: "level",
  rule: "rule",
  dim: "dim",
  scheme: "scheme",
  range: "range",
  chart: "chart",
  view: "view",
  county: "county",
  area: "area",
  region: "region",
  place: "place",
  areas: "areas",
  contrast: "contrast",
  present: "present",
  embed: "embed",
  slides: "slides",
  src: "src",
  ...AUTHOR_KEYS,
} as const;

/** The part of the state a URL carries (the imported table as `shared` or `src`, the survey in its files). */
export type UrlState = Omit<AppState, "imported" | "survey">;

/** Page modes fixed for the page's life. */
export interface Modes {
  /** `?embed=1`: the map alone, for a newsroom iframe. */
  embed: boolean;
  /** `?slides=meetings,planning`: the metrics presenter mode steps through (default: all). */
  slides: string[] | null;
}

/** What the URL may name: the codes and metric ids that exist. */
export interface Known {
  counties: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  /** The codes of each level's regions, for `region=<level>:<code>`; absent: no region is read. */
  regions?: Partial<Record<LevelId, ReadonlySet<string>>>;
  /** The survey editions other than the default. */
  editions: ReadonlySet<string>;
  /** The default edition's id: named in a link, it is accepted and dropped from the address. */
  defaultEdition?: string;
  /** The metric ids of each edition known so far, the default's under "". */
  surveyMetrics: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a place (a municipality or a region of a searchable level) exists; absent: none does. */
  place?: (place: PlaceRef) => boolean;
  /** Metric ids of the table imported on this device; absent when there is none. */
  importedMetrics?: ReadonlySet<string>;
  /** Its periods and the levels it can be shown at. */
  importedPeriods?: ReadonlySet<string>;
  importedLevels?: ReadonlySet<string>;
  /** Its dimensions' categories, by dimension id. */
  importedDimensions?: ReadonlyMap<string, readonly string[]>;
  /** The address it was fetched from (`src=`), when it was. */
  importedSrc?: string;
}

export interface ParsedUrl {
  state: UrlState;
  modes: Modes;
  /** Parameters that were ignored, as "name=value" (value cut to 40 characters), or the hash. */
  ignored: string[];
  /** Parameters accepted but naming the default, so the address drops them without a word. */
  dropped: string[];
}

const cut = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * Reads the query string and the fragment (`#zoom/lat/lng`, and `t=` the
 * table: see publish/fragment.ts). A value that is not
 * allowed (an unknown metric, `lang=xx`, a county code that does not exist, a
 * garbled hash) leaves the default and is listed in `ignored`; parameters the
 * app does not own are left alone. Never throws.
 */
export function readUrl(search: string, hash: string, known: Known): ParsedUrl {
  const params = new URLSearchParams(search);
  const { imported: _imported, survey: _survey, ...defaults } = DEFAULT_STATE;
  const state: UrlState = { ...defaults };
  const ignored: string[] = [];
  const dropped: string[] = [];
  const take = <T extends string>(
    key: keyof typeof URL_KEYS,
    accept: (v: string) => v is T,
    assign: (v: T) => void,
  ) => {
    const value = params.get(URL_KEYS[key]);
    if (value === null) return;
    if (accept(value)) assign(value);
    else ignored.push(`${URL_KEYS[key]}=${cut(value)}`);
  };
  const flag = (key: keyof typeof URL_KEYS, on: string, assign: (v: boolean) => void) =>
    take(
      key,
      (v): v is string => v === on || v === "0",
      (v) => assign(v === on),
    );

  take("lang", isLang, (v) => {
    state.lang = v;
  });
  take(
    "edition",
    (v): v is string => known.editions.has(v) || v === known.defaultEdition,
    (v) => {
      if (v === known.defaultEdition) dropped.push(`${URL_KEYS.edition}=${v}`);
      else state.edition = v;
    },
  );
  // With a local table the metric is one of its columns; the table must be on this device.
  const local = known.importedMetrics !== undefined;
  const fragment = splitFragment(hash);
  take(
    "data",
    (v): v is "local" => v === "local" && local,
    () => {
      state.data = "local";
    },
  );
  if (state.data === "local") {
    take(
      "period",
      (v): v is string => known.importedPeriods?.has(v) ?? false,
      (v) => {
        state.period = v;
      },
    );
    take(
      "level",
      (v): v is LevelId => known.importedLevels?.has(v) ?? false,
      (v) => {
        state.level = v;
      },
    );
    const rules = params.get(URL_KEYS.rule);
    if (rules !== null) {
      const pairs = rules.split(",").map((p) => p.split(":"));
      if (
        pairs.every(
          ([id, rule]) =>
            id !== undefined &&
            known.importedMetrics?.has(id) &&
            (rule === "sum" || rule === "mean"),
        )
      )
        state.rules = Object.fromEntries(pairs) as Record<string, AggregationRule>;
      else ignored.push(`${URL_KEYS.rule}=${cut(rules)}`);
    }
    // One `dim` per dimension: "d1:Naiset", the category as the table names it.
    const dims: Record<string, string> = {};
    for (const pair of params.getAll(URL_KEYS.dim)) {
      const at = pair.indexOf(":");
      const [id, category] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
      if (known.importedDimensions?.get(id)?.includes(category) && !(id in dims))
        dims[id] = category;
      else ignored.push(`${URL_KEYS.dim}=${cut(pair)}`);
    }
    if (Object.keys(dims).length) state.dims = dims;
  } else
    for (const key of ["period", "level", "rule", "dim"] as const)
      for (const v of params.getAll(URL_KEYS[key])) ignored.push(`${URL_KEYS[key]}=${cut(v)}`);
  const surveyMetrics = known.surveyMetrics.get(state.edition ?? "");
  const metrics = state.data === "local" ? known.importedMetrics : surveyMetrics;
  // An edition not loaded yet (Back to it) accepts any plain id: the app checks it once loaded.
  take(
    "metric",
    (v): v is string => metrics?.has(v) ?? (state.data === "survey" && /^[a-z][a-z0-9_]*$/.test(v)),
    (v) => {
      state.metric = v;
    },
  );
  take(
    "scheme",
    (v): v is Scheme => (SCHEMES as readonly string[]).includes(v),
    (v) => {
      state.scheme = v;
    },
  );
  take(
    "range",
    (v): v is ColorRange => (COLOR_RANGES as readonly string[]).includes(v),
    (v) => {
      state.range = v;
    },
  );
  flag("chart", "1", (v) => {
    state.chart = v;
  });
  take(
    "view",
    (v): v is View => (VIEWS as readonly string[]).includes(v),
    (v) => {
      state.view = v;
    },
  );
  take(
    "county",
    (v): v is string => known.counties.has(v),
    (v) => {
      state.county = v;
    },
  );
  take(
    "area",
    (v): v is string => known.areas.has(v),
    (v) => {
      state.area = v;
    },
  );
  take(
    "region",
    (v): v is string => {
      const [level, code, ...rest] = v.split(":");
      return !rest.length && isLevelId(level) && !!code && !!known.regions?.[level]?.has(code);
    },
    (v) => {
      const [level, code] = v.split(":") as [LevelId, string];
      state.region = { level, code };
    },
  );
  const place = params.get(URL_KEYS.place);
  if (place !== null) {
    const found = known.place ? parsePlaceToken(place, known.place) : null;
    if (found) state.place = found;
    else ignored.push(`${URL_KEYS.place}=${cut(place)}`);
  }
  flag("areas", "1", (v) => {
    state.areas = v;
  });
  take(
    "contrast",
    (v): v is string => v === "high" || v === "normal",
    (v) => {
      state.contrast = v === "high";
    },
  );
  flag("present", "1", (v) => {
    state.present = v;
  });
  let embed = false;
  flag("embed", "1", (v) => {
    embed = v;
  });
  let slides: string[] | null = null;
  const list = params.get(URL_KEYS.slides);
  if (list !== null) {
    const ids = list
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const all = state.data === "local" ? known.importedMetrics : surveyMetrics;
    // A chart slide is the metric with ":chart".
    if (!ids.length || ids.some((id) => !all?.has(parseSlideEntry(id).metric)))
      ignored.push(`slides=${cut(list)}`);
    else slides = ids;
  }
  if (state.data === "local") {
    // The table came from the fragment or from src=: links made now carry it the same way.
    if (known.importedSrc && params.get(URL_KEYS.src) === known.importedSrc)
      state.src = known.importedSrc;
    else state.shared = fragment.table;
  }
  state.author = readAuthoring(params, (level) => known.regions?.[level], ignored);
  const position = parseMapHash(fragment.position);
  if (position && "ignored" in position) ignored.push(position.ignored);
  else state.position = position;
  return { state, modes: { embed, slides }, ignored, dropped };
}

/**
 * The search and hash for a state, naming only what differs from the defaults,
 * and keeping the host page's own parameters of `base`. The page modes (`embed`,
 * `slides`) are kept as `base` has them, or written from `modes` when given (so
 * a mode the URL named wrongly leaves the address with its notice).
 */
export function writeUrl(state: UrlState, base = "", modes?: Modes): string {
  const params = new URLSearchParams(base);
  for (const key of Object.values(URL_KEYS))
    if (modes || (key !== URL_KEYS.embed && key !== URL_KEYS.slides)) params.delete(key);
  if (modes?.embed) params.set(URL_KEYS.embed, "1");
  if (modes?.slides) params.set(URL_KEYS.slides, modes.slides.join(","));
  const d = DEFAULT_STATE;
  if (state.lang !== d.lang) params.set(URL_KEYS.lang, state.lang);
  if (state.edition) params.set(URL_KEYS.edition, state.edition);
  if (state.data === "local") {
    params.set(URL_KEYS.data, "local");
    if (state.period !== null) params.set(URL_KEYS.period, state.period);
    if (state.level !== null) params.set(URL_KEYS.level, state.level);
    const rules = Object.entries(state.rules);
    if (rules.length) params.set(URL_KEYS.rule, rules.map(([id, r]) => `${id}:${r}`).join(","));
    for (const [id, category] of Object.entries(state.dims))
      params.append(URL_KEYS.dim, `${id}:${category}`);
  }
  if (state.metric) params.set(URL_KEYS.metric, state.metric);
  if (state.scheme !== d.scheme) params.set(URL_KEYS.scheme, state.scheme);
  if (state.range !== d.range && state.range !== null) params.set(URL_KEYS.range, state.range);
  if (state.chart !== d.chart) params.set(URL_KEYS.chart, state.chart ? "1" : "0");
  if (state.view !== d.view) params.set(URL_KEYS.view, state.view);
  if (state.county) params.set(URL_KEYS.county, state.county);
  if (state.area) params.set(URL_KEYS.area, state.area);
  if (state.region) params.set(URL_KEYS.region, `${state.region.level}:${state.region.code}`);
  if (state.place) params.set(URL_KEYS.place, placeToken(state.place));
  if (state.areas !== d.areas) params.set(URL_KEYS.areas, state.areas ? "1" : "0");
  if (state.contrast) params.set(URL_KEYS.contrast, "high");
  if (state.present) params.set(URL_KEYS.present, "1");
  if (state.data === "local" && state.src) params.set(URL_KEYS.src, state.src);
  writeAuthoring(params, state.author);
  const search = params.toString();
  const position = state.position ? formatMapHash(state.position).slice(1) : "";
  const table = state.data === "local" && !state.src ? state.shared : null;
  return `${search ? `?${search}` : ""}${joinFragment(position, table)}`;
}
