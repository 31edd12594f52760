// Page modes read from the URL besides the view state: embed, presenter, slides.
import { isMetricId, type MetricId } from "../data/metrics.ts";

export interface Modes {
  /** `?embed=1`: the map alone, for a newsroom iframe. */
  embed: boolean;
  /** `?present=1`: presenter mode. */
  present: boolean;
  /** `?slides=meetings,planning`: the metrics presenter mode steps through (default: all ten). */
  slides: MetricId[] | null;
  /** Parameters that were ignored, as "name=value". */
  ignored: string[];
}

const cut = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Reads the modes; a bad value is named in `ignored` and the mode stays off. Never throws. */
export function parseModes(search: string): Modes {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const flag = (name: string, on: string) => {
    const v = params.get(name);
    if (v === null) return false;
    if (v === on) return true;
    if (v !== "0") ignored.push(`${name}=${cut(v)}`);
    return false;
  };
  let slides: MetricId[] | null = null;
  const list = params.get("slides");
  if (list !== null) {
    const ids = list
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = ids.filter((id) => !isMetricId(id));
    if (bad.length || !ids.length) ignored.push(`slides=${cut(list)}`);
    else slides = ids as MetricId[];
  }
  return {
    embed: flag("embed", "1"),
    present: flag("present", "1"),
    slides,
    ignored,
  };
}
