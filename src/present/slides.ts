// Presenter mode's sequence of slides: which metric comes next.
import { METRIC_IDS, type MetricId } from "../data/metrics.ts";

/**
 * The slide after stepping `delta` from the current metric, clamped to the
 * sequence (no wrap: the last slide stays the last). A metric not in the
 * sequence steps from its start.
 */
export function stepSlide(slides: readonly string[], current: string, delta: number): number {
  const at = Math.max(0, slides.indexOf(current));
  return Math.max(0, Math.min(slides.length - 1, at + delta));
}

/** The URL's sequence, or every metric of the shown data (the survey's ten). */
export function slideSequence(
  fromUrl: readonly MetricId[] | null,
  all: readonly string[] = METRIC_IDS,
): readonly string[] {
  return fromUrl?.length ? fromUrl : all;
}
