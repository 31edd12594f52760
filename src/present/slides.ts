// Presenter mode's sequence of slides: which metric comes next.
import { METRIC_IDS, type MetricId } from "../data/metrics.ts";

/**
 * The slide after stepping `delta` from the current metric, clamped to the
 * sequence (no wrap: the last slide stays the last). A metric not in the
 * sequence steps from its start.
 */
export function stepSlide(slides: readonly MetricId[], current: MetricId, delta: number): number {
  const at = Math.max(0, slides.indexOf(current));
  return Math.max(0, Math.min(slides.length - 1, at + delta));
}

export function slideSequence(fromUrl: readonly MetricId[] | null): readonly MetricId[] {
  return fromUrl?.length ? fromUrl : METRIC_IDS;
}
