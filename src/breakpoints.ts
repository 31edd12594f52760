// Layout breakpoints and the map's fit padding: defined once for the map, the panels and the CSS.

/**
 * At or below this width (CSS px) the layout is narrow: the map comes first, the
 * legend and sources sit below it, the toolbar folds into a menu, panels are a
 * bottom sheet. Up to a portrait tablet: beside a map that narrow, a legend would
 * cover the south, where most people live.
 */
export const NARROW_MAX_WIDTH = 1024;

export const isNarrow = (width: number) => width <= NARROW_MAX_WIDTH;

/** The media query of the narrow layout; styles.css uses the same width (a test checks). */
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;
