// Layout breakpoints and the map's fit padding: defined once for the map, the panels and the CSS.

/** At or below this width (CSS px) the layout is narrow: panels stack, the legend folds. */
export const NARROW_MAX_WIDTH = 700;

export const isNarrow = (width: number) => width <= NARROW_MAX_WIDTH;

/** The media query of the narrow layout; styles.css uses the same width (a test checks). */
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;
