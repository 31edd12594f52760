// Presenter mode's sequence of slides: which metric comes next.

/**
 * The slide after stepping `delta` from the current metric, clamped to the
 * sequence (no wrap: the last slide stays the last). A metric not in the
 * sequence steps from its start.
 */
export function stepSlide(slides: readonly string[], current: string, delta: number): number {
  const at = Math.max(0, slides.indexOf(current));
  return Math.max(0, Math.min(slides.length - 1, at + delta));
}

/** The URL's sequence where it names metrics of the shown data, or every metric of it. */
export function slideSequence(
  fromUrl: readonly string[] | null,
  all: readonly string[],
): readonly string[] {
  const named = fromUrl?.filter((id) => all.includes(id)) ?? [];
  return named.length ? named : all;
}

/** A slide: a metric, and a period where the data has more than one. */
export interface Slide {
  metric: string;
  period: string | null;
}

/**
 * Slides over time: each metric of the sequence through every period, oldest
 * first, as a presenter steps through a time series. Without periods, one
 * slide per metric.
 */
export function slidesOverTime(metrics: readonly string[], periods: readonly string[]): Slide[] {
  if (periods.length < 2) return metrics.map((metric) => ({ metric, period: null }));
  return metrics.flatMap((metric) => periods.map((period) => ({ metric, period })));
}

/** The key of a slide, for finding the current one in a sequence. */
export const slideKey = (s: Slide) => (s.period === null ? s.metric : `${s.metric}@${s.period}`);
