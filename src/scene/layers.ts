// The layer table: every layer the map draws, bottom to top, with its paint values written once.
import {
  type BorderKind,
  LEVEL_IDS,
  LEVELS,
  type LevelId,
  OVERLAY_LEVELS,
  type WidthAt4And9,
} from "../data/levels.ts";
import { NO_DATA_COLOR } from "../scales/colorScale.ts";

/**
 * How every line layer joins its segments, in every renderer: mitred, bevelled past twice
 * the half-width (MapLibre's default limit, and SVG's `stroke-miterlimit`). Round joins
 * cost the GL map about a tenth of its frame rate in software WebGL, for corners a
 * person cannot tell apart at these widths.
 */
export const LINE_JOIN = { join: "miter", miterLimit: 2 } as const;

/**
 * How far beyond the drawn area, in pixels, any stroke of the table can reach into it:
 * at least half the widest line (the 7 px halos) times the miter limit. Geometry further
 * out than this is left out of a drawing (the SVG map's paths, the GL map's tile buffers),
 * as nothing of it could show.
 */
export const STROKE_REACH = 32;

export const COLORS = {
  sea: "#dce8f0",
  land: "#f2f1ec",
  /** Borders between the shaded regions: white separates colours. */
  regionBorder: "#ffffff",
  /** County borders over another level's fills, where white would vanish on pale colours. */
  countyOutline: "#3a3a3a",
  areaBorder: "#2b2b2b",
  crossingBorder: "#c51b7d",
  selected: "#000000",
  /** The place found by search, and the regions it lies within. */
  place: "#000000",
  placeHalo: "#ffffff",
  /** The author's highlighted regions: a black line on a white halo, clear on every palette. */
  highlight: "#000000",
  highlightHalo: "#ffffff",
  outside: "#e4e2dc",
  noData: NO_DATA_COLOR,
} as const;

/** A repeating pattern drawn at run time (no sprite file): stripes `width` px wide every `spacing` px. */
export interface Pattern {
  id: string;
  direction: "diagonal" | "horizontal";
  spacing: number;
  width: number;
  /** [r, g, b, alpha 0–1] */
  rgba: [number, number, number, number];
}

export const PATTERNS = {
  /** Few respondents; also Åland, outside both reforms. */
  hatch: { id: "hatch", direction: "diagonal", spacing: 8, width: 2, rgba: [40, 40, 40, 0.6] },
  /** No value in the data: sparse horizontal lines over the no-data grey. */
  noData: {
    id: "no-data",
    direction: "horizontal",
    spacing: 6,
    width: 1,
    rgba: [90, 90, 90, 0.55],
  },
} as const satisfies Record<string, Pattern>;

/** A line width that grows with zoom: linear between [zoom, width] stops, constant beyond them. */
export type Width = readonly (readonly [number, number])[];

/** The width at a zoom, as MapLibre's linear interpolation gives it. */
export function widthAt(width: Width, zoom: number): number {
  const first = width[0];
  const last = width[width.length - 1];
  if (!first || !last) return 1;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  for (let i = 1; i < width.length; i++) {
    const [z0, w0] = width[i - 1] as readonly [number, number];
    const [z1, w1] = width[i] as readonly [number, number];
    if (zoom <= z1) return w0 + ((w1 - w0) * (zoom - z0)) / (z1 - z0);
  }
  return last[1];
}

/** Where a layer's features come from: a level's regions, the neighbours, or a border mesh. */
export type LayerSource = LevelId | "neighbours" | `border:${BorderKind}`;

/** A layer as drawn now: the table's paint with the scene's choices applied. */
export type SceneLayer =
  | { id: string; kind: "background"; color: string }
  | {
      id: string;
      kind: "fill";
      source: LayerSource;
      /** A colour, or "by-code": each region's colour from the scene's fills. */
      color: string;
      /** Only these regions; undefined for all. */
      codes?: readonly string[];
    }
  | {
      id: string;
      kind: "pattern";
      source: LayerSource;
      pattern: Pattern;
      codes?: readonly string[];
    }
  | {
      id: string;
      kind: "line";
      source: LayerSource;
      color: string;
      width: Width;
      /** Dash and gap lengths in line widths (MapLibre's convention); none for solid. */
      dash?: readonly number[];
      cap: "butt" | "round";
      codes?: readonly string[];
    };

/** What the table needs to know of a scene to resolve its layers. */
export interface LayerChoices {
  shaded: LevelId;
  noData: readonly string[];
  smallSample: readonly string[];
  overlay: boolean;
  selected: { level: LevelId; code: string } | null;
  /** The place found by search, with the regions it lies within; absent or null for none. */
  place?: PlaceHighlight | null;
  /** The author's highlighted regions, outlined; null or absent for none. */
  highlight?: { level: LevelId; codes: readonly string[] } | null;
}

/** A place found by search: outlined boldly, the regions it lies within outlined each in its own dash. */
export interface PlaceHighlight {
  level: LevelId;
  code: string;
  within: readonly { level: LevelId; code: string }[];
}

/** How the region a place lies within is outlined, by level: solid county, dashed area, dotted region. */
export const PLACE_WITHIN_DASH: Partial<Record<LevelId, readonly number[]>> = {
  county: [],
  employmentArea: [3, 1.5],
  maakunta: [0.5, 1.5],
};

/** The outline of the region of `level` that the place lies within, if it lies within one. */
const placeWithin =
  (level: LevelId): LayerRow =>
  (c) => {
    const region = c.place?.within.find((w) => w.level === level);
    const dash = PLACE_WITHIN_DASH[level];
    return region && dash
      ? {
          id: `place-within-${level}`,
          kind: "line",
          source: level,
          color: COLORS.place,
          width: width(2, 2.5),
          ...(dash.length ? { dash } : {}),
          cap: "butt",
          codes: [region.code],
        }
      : null;
  };

/** Resolves a layer for a scene; null when it is not drawn. */
type LayerRow = (choices: LayerChoices) => SceneLayer | null;

const width = (at4: number, at9: number): Width => [
  [4, at4],
  [9, at9],
];

/** A layer id from a level's: "employmentArea" → "employment-area". */
const kebab = (level: LevelId) => level.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A level's border as a line layer, where it has one. */
const borderOf = (id: string, level: LevelId, color: string, [at4, at9]: WidthAt4And9) => {
  const border = LEVELS[level].border;
  return border
    ? ({
        id,
        kind: "line",
        source: `border:${border}`,
        color,
        width: width(at4, at9),
        cap: "butt",
      } satisfies SceneLayer)
    : null;
};

/**
 * The outlines of the registry's levels (`outline`): the shaded level's white
 * borders between its colours (`<level>-border`), then the dark outlines of the
 * levels drawn over any other level's fills (`<level>-outline`: the counties).
 */
const OUTLINES: readonly LayerRow[] = [
  ...LEVEL_IDS.map((level): LayerRow => {
    const shaded = LEVELS[level].outline.shaded;
    return (c) =>
      shaded && c.shaded === level
        ? borderOf(`${kebab(level)}-border`, level, COLORS.regionBorder, shaded)
        : null;
  }),
  ...LEVEL_IDS.map((level): LayerRow => {
    const context = LEVELS[level].outline.context;
    return (c) =>
      context && c.shaded !== level
        ? borderOf(`${kebab(level)}-outline`, level, COLORS.countyOutline, context)
        : null;
  }),
];

/** The overlay's outlines: with the overlay, or when its level is shaded. */
const showsAreas = (c: LayerChoices) => c.overlay || OVERLAY_LEVELS.includes(c.shaded);

/**
 * The table, bottom to top. Each row is written once; the SVG renderer, the
 * MapLibre style and the exports all draw what `sceneLayers` resolves from it.
 */
export const LAYER_TABLE: readonly LayerRow[] = [
  () => ({ id: "sea", kind: "background", color: COLORS.sea }),
  () => ({ id: "neighbours", kind: "fill", source: "neighbours", color: COLORS.land }),
  (c) =>
    LEVELS[c.shaded].coversOutside
      ? null
      : { id: "outside", kind: "fill", source: "outside", color: COLORS.outside },
  (c) =>
    LEVELS[c.shaded].coversOutside
      ? null
      : { id: "outside-hatch", kind: "pattern", source: "outside", pattern: PATTERNS.hatch },
  (c) => ({ id: "region-fill", kind: "fill", source: c.shaded, color: "by-code" }),
  (c) => ({
    id: "no-data-hatch",
    kind: "pattern",
    source: c.shaded,
    pattern: PATTERNS.noData,
    codes: c.noData,
  }),
  (c) => ({
    id: "small-sample-hatch",
    kind: "pattern",
    source: c.shaded,
    pattern: PATTERNS.hatch,
    codes: c.smallSample,
  }),
  ...OUTLINES,
  (c) =>
    showsAreas(c)
      ? {
          id: "employment-area-border",
          kind: "line",
          source: "border:employmentArea",
          color: COLORS.areaBorder,
          width: width(0.7, 1.6),
          dash: [3, 2],
          cap: "butt",
        }
      : null,
  (c) =>
    showsAreas(c)
      ? {
          id: "crossing-area-border",
          kind: "line",
          source: "border:crossingArea",
          color: COLORS.areaBorder,
          width: width(1.8, 3.2),
          dash: [3, 1.5],
          cap: "butt",
        }
      : null,
  (c) =>
    showsAreas(c)
      ? {
          id: "crossing-border",
          kind: "line",
          source: "border:crossing",
          color: COLORS.crossingBorder,
          width: width(2.2, 4.5),
          cap: "round",
        }
      : null,
  (c) =>
    c.highlight?.codes.length
      ? {
          id: "highlight-halo",
          kind: "line",
          source: c.highlight.level,
          color: COLORS.highlightHalo,
          width: width(6, 7),
          cap: "round",
          codes: c.highlight.codes,
        }
      : null,
  (c) =>
    c.highlight?.codes.length
      ? {
          id: "highlight",
          kind: "line",
          source: c.highlight.level,
          color: COLORS.highlight,
          width: width(2.5, 3),
          cap: "round",
          codes: c.highlight.codes,
        }
      : null,
  (c) =>
    c.selected
      ? {
          id: "selected",
          kind: "line",
          source: c.selected.level,
          color: COLORS.selected,
          width: width(3, 3),
          cap: "round",
          codes: [c.selected.code],
        }
      : null,
  placeWithin("maakunta"),
  placeWithin("employmentArea"),
  placeWithin("county"),
  (c) =>
    c.place
      ? {
          id: "place-halo",
          kind: "line",
          source: c.place.level,
          color: COLORS.placeHalo,
          width: width(6, 7),
          cap: "round",
          codes: [c.place.code],
        }
      : null,
  (c) =>
    c.place
      ? {
          id: "place",
          kind: "line",
          source: c.place.level,
          color: COLORS.place,
          width: width(3, 3.5),
          cap: "round",
          codes: [c.place.code],
        }
      : null,
];

/** The layers drawn for a scene's choices, bottom to top. */
export function sceneLayers(choices: LayerChoices): SceneLayer[] {
  return LAYER_TABLE.map((row) => row(choices)).filter((l): l is SceneLayer => l !== null);
}

/** The sources a scene's layers draw from. */
export function sceneSources(layers: readonly SceneLayer[]): LayerSource[] {
  return [...new Set(layers.flatMap((l) => ("source" in l ? [l.source] : [])))];
}
