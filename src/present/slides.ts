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
