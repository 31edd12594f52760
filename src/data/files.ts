// The app's data files, relative to the page: what the first view loads, and what loads when a view needs it.

export const DATA_FILES = {
  /**
   * The first view's topology: counties, employment areas, Åland and the
   * crossing segments with their shapes at country scale (4 % of the vertices); every other region (municipalities,
   * regions, sub-regions) with its names, figures and label point, no shape.
   */
  first: "data/finland-2025-first.topo.json",
  /** Every level's shapes at the default resolution: loaded on the first move, or when a view shows another level. */
  atlas: "data/finland-2025.topo.json",
  /** Every level's shapes at full detail: loaded from zoom 7. */
  detailed: "data/finland-2025-detailed.topo.json",
  /** The neighbouring countries at country scale: the first view's. */
  neighboursFirst: "data/neighbours-first.topo.json",
  /** The neighbouring countries as the map shows them from the first move on. */
  neighbours: "data/neighbours.topo.json",
  /** Region types the map does not draw, with their municipalities, and Sotkanet's ids: loaded with an import. */
  regionTypes: "data/region-types-2025.json",
  /** The survey editions: `{ default, editions: [id…] }`; each is `<id>.meta.json` and its table. */
  editions: "data/survey/editions.json",
} as const;

/** The folder of the survey editions' files. */
export const SURVEY_FOLDER = "data/survey/";

/**
 * The first view's files, requested together with the page's script as it
 * loads (the build writes preload hints for them). The neighbours are not
 * among them: they are context, requested when the script runs, so on a slow
 * link they take no bandwidth from what the first paint needs.
 */
export const FIRST_VIEW_FILES: readonly string[] = [DATA_FILES.first];
