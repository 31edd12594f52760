// Reads and writes the view state in the URL's query string; bad values fall back, and are named.
import { isMetricId } from "../data/metrics.ts";
import { isLang } from "../i18n/language.ts";
import { SCHEMES, type Scheme } from "../scales/colorScale.ts";
import { DEFAULT_STATE, VIEWS, type View, type ViewState } from "./viewState.ts";

export interface ParsedUrl {
  state: ViewState;
  /** Parameters that were ignored, as "name=value" (value cut to 40 characters). */
  ignored: string[];
}

/**
 * Parses `?lang=&metric=&scheme=&view=&county=&area=&areas=&contrast=`. A value that is
 * not allowed (an unknown metric, `lang=xx`, a county code not in `countyCodes`)
 * leaves the default and is listed in `ignored`; unknown parameters are left
 * alone for the host page. Never throws.
 */
export function parseUrlState(
  search: string,
  known: {
    counties: ReadonlySet<string>;
    areas: ReadonlySet<string>;
    /** Metric ids of an imported table on this device, accepted with `data=local`. */
    importedMetrics?: ReadonlySet<string>;
  },
): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE };
  const ignored: string[] = [];
  const take = <T>(
    name: string,
    accept: (v: string) => v is string & T,
    assign: (v: T) => void,
  ) => {
    const value = params.get(name);
    if (value === null) return;
    if (accept(value)) assign(value);
    else ignored.push(`${name}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
  };
  take("lang", isLang, (v) => {
    state.lang = v;
  });
  // With a local table the metric is one of its columns; the table must be on this device.
  const local = params.get("data") === "local" && known.importedMetrics !== undefined;
  take(
    "data",
    (v): v is "local" => v === "local" && local,
    () => {
      state.data = "local";
    },
  );
  take(
    "metric",
    (v): v is string => (local ? (known.importedMetrics?.has(v) ?? false) : isMetricId(v)),
    (v: string) => {
      state.metric = v;
    },
  );
  if (local && !params.get("metric"))
    state.metric = [...(known.importedMetrics ?? [])][0] ?? state.metric;
  take(
    "scheme",
    (v): v is Scheme => (SCHEMES as readonly string[]).includes(v),
    (v) => {
      state.scheme = v;
    },
  );
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
    (v: string) => {
      state.county = v;
    },
  );
  take(
    "area",
    (v): v is string => known.areas.has(v),
    (v: string) => {
      state.area = v;
    },
  );
  take(
    "areas",
    (v): v is "0" | "1" => v === "0" || v === "1",
    (v) => {
      state.areas = v === "1";
    },
  );
  take(
    "contrast",
    (v): v is "high" | "normal" => v === "high" || v === "normal",
    (v) => {
      state.contrast = v === "high";
    },
  );
  return { state, ignored };
}

/** The query string for a state, naming only what differs from the defaults ("" for none). */
/** The query parameters the view state owns; any other parameter belongs to the host page. */
const STATE_KEYS = [
  "lang",
  "metric",
  "scheme",
  "view",
  "county",
  "area",
  "areas",
  "contrast",
  "data",
];

export function urlSearch(state: ViewState, base = ""): string {
  const params = new URLSearchParams(base);
  for (const key of STATE_KEYS) params.delete(key);
  const d = DEFAULT_STATE;
  if (state.lang !== d.lang) params.set("lang", state.lang);
  if (state.data === "local") params.set("data", "local");
  if (state.metric !== d.metric || state.data === "local") params.set("metric", state.metric);
  if (state.scheme !== d.scheme) params.set("scheme", state.scheme);
  if (state.view !== d.view) params.set("view", state.view);
  if (state.county) params.set("county", state.county);
  if (state.area) params.set("area", state.area);
  if (state.areas !== d.areas) params.set("areas", state.areas ? "1" : "0");
  if (state.contrast) params.set("contrast", "high");
  const text = params.toString();
  return text ? `?${text}` : "";
}
