// Presenter mode's sequence of slides: which metric, period and view (the map or its ranked chart) comes next.

/** A slide's view: the map, or the ranked chart filling the screen. */
export type SlideView = "map" | "chart";

/** An entry of a slide sequence: a metric, and the view it is shown in. */
export interface SlideEntry {
  metric: string;
  view: SlideView;
}

/** A slide: a metric, a period where the data has more than one, and its view. */
export interface Slide extends SlideEntry {
  period: string | null;
}

/** The suffix that makes an entry of the URL's `slides` a chart slide: `planning:chart`. */
export const CHART_SUFFIX = ":chart";

/** An entry of the URL's list: "planning" (the map) or "planning:chart" (the chart). */
export function parseSlideEntry(text: string): SlideEntry {
  return text.endsWith(CHART_SUFFIX)
    ? { metric: text.slice(0, -CHART_SUFFIX.length), view: "chart" }
    : { metric: text, view: "map" };
}

/**
 * The slide after stepping `delta` from the current one, clamped to the
 * sequence (no wrap: the last slide stays the last). A slide not in the
 * sequence steps from its start.
 */
export function stepSlide(slides: readonly string[], current: string, delta: number): number {
  const at = Math.max(0, slides.indexOf(current));
  return Math.max(0, Math.min(slides.length - 1, at + delta));
}

/**
 * The URL's sequence where it names metrics of the shown data (each entry its
 * metric's map, or with ":chart" its chart); else every metric, its map and
 * then its ranked chart.
 */
export function slideSequence(
  fromUrl: readonly string[] | null,
  all: readonly string[],
): SlideEntry[] {
  const named = (fromUrl ?? []).map(parseSlideEntry).filter((e) => all.includes(e.metric));
  if (named.length) return named;
  return all.flatMap((metric): SlideEntry[] => [
    { metric, view: "map" },
    { metric, view: "chart" },
  ]);
}

/**
 * Slides over time: each map of the sequence through every period, oldest
 * first, as a presenter steps through a time series; a chart slide shows the
 * latest period. Without periods, one slide per entry.
 */
export function slidesOverTime(
  entries: readonly SlideEntry[],
  periods: readonly string[],
): Slide[] {
  if (periods.length < 2) return entries.map((e) => ({ ...e, period: null }));
  const latest = periods[periods.length - 1] ?? null;
  return entries.flatMap((e) =>
    e.view === "chart" ? [{ ...e, period: latest }] : periods.map((period) => ({ ...e, period })),
  );
}

/** The key of a slide, for finding the current one in a sequence. */
export const slideKey = (s: Slide) =>
  `${s.period === null ? s.metric : `${s.metric}@${s.period}`}${s.view === "chart" ? CHART_SUFFIX : ""}`;
