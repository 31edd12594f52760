// The map's local style: sea, neighbours, county fills and the border layers. No tile, glyph or sprite URL.
import type { FilterSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { MapGeometry } from "./geojson.ts";

/** County borders over shaded employment areas, where white would vanish on grey. */
export const COUNTY_OUTLINE = "#3a3a3a";

export const COLORS = {
  sea: "#dce8f0",
  land: "#f2f1ec",
  countyBorder: "#ffffff",
  areaBorder: "#2b2b2b",
  crossingBorder: "#c51b7d",
  selected: "#000000",
  outside: "#e4e2dc",
} as const;

/** Name of the runtime-drawn hatch image (small-sample counties, Åland). */
export const HATCH = "hatch";

/** The layer ids whose filter or visibility the app changes. */
export const LAYERS = {
  countyFill: "county-fill",
  smallSample: "county-small-sample",
  selected: "county-selected",
} as const;
/** The layers of the employment-area overlay, switched together. */
export const OVERLAY_LAYERS = ["employment-area-border", "crossing-area-border", "crossing-border"];

/** What the style starts with, so the first frame needs no change (and no re-layout) after load. */
export interface StyleState {
  smallSample: readonly string[];
  selected: string | null;
  overlay: boolean;
}

const empty: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** The filter that shows a layer only for the given region codes. */
export function codesFilter(codes: readonly string[]): FilterSpecification {
  return ["in", ["get", "code"], ["literal", [...codes]]];
}

const kind = (k: string): FilterSpecification => ["==", ["get", "kind"], k];
const width = (at4: number, at9: number) =>
  ["interpolate", ["linear"], ["zoom"], 4, at4, 9, at9] as unknown as number;

/** A dashed employment-area outline from the border mesh, switched with the overlay. */
function areaOutline(
  id: string,
  borderKind: string,
  lineWidth: number,
  dashes: number[],
  visibility: "visible" | "none",
): LayerSpecification {
  return {
    id,
    type: "line",
    source: "borders",
    filter: kind(borderKind),
    layout: { "line-join": "round", visibility },
    paint: { "line-color": COLORS.areaBorder, "line-width": lineWidth, "line-dasharray": dashes },
  };
}

/**
 * The complete style: sources for neighbours, the outside region, counties and
 * border lines, and their layers, bottom to top. County fill colours come from
 * each feature's state `color` (land colour until set). No fill draws its
 * antialiased outline: borders are line layers of their own, and every outline
 * would cost another shader program at start-up.
 */
export function atlasStyle(
  geometry: MapGeometry | null,
  neighbours: GeoJSON.FeatureCollection | null,
  state: StyleState = { smallSample: [], selected: null, overlay: true },
): StyleSpecification {
  const source = (data: GeoJSON.GeoJSON | null) => ({
    type: "geojson" as const,
    data: data ?? empty,
    tolerance: 0.2,
    promoteId: "code", // feature ids from the region code, for feature state
  });
  const overlay = state.overlay ? "visible" : "none";
  const layers: LayerSpecification[] = [
    { id: "sea", type: "background", paint: { "background-color": COLORS.sea } },
    {
      id: "neighbours",
      type: "fill",
      source: "neighbours",
      paint: { "fill-color": COLORS.land, "fill-antialias": false },
    },
    {
      id: "outside",
      type: "fill",
      source: "outside",
      paint: { "fill-color": COLORS.outside, "fill-antialias": false },
    },
    {
      id: "outside-hatch",
      type: "fill",
      source: "outside",
      paint: { "fill-pattern": HATCH, "fill-antialias": false },
    },
    {
      id: LAYERS.countyFill,
      type: "fill",
      source: "counties",
      paint: {
        "fill-color": ["to-color", ["coalesce", ["feature-state", "color"], COLORS.land]],
        "fill-antialias": false,
      },
    },
    {
      id: LAYERS.smallSample,
      type: "fill",
      source: "counties",
      filter: codesFilter(state.smallSample),
      paint: { "fill-pattern": HATCH, "fill-antialias": false },
    },
    {
      id: "county-border",
      type: "line",
      source: "borders",
      filter: kind("county"),
      layout: { "line-join": "round" },
      paint: { "line-color": COLORS.countyBorder, "line-width": width(1.2, 3) },
    },
    areaOutline("employment-area-border", "area", width(0.7, 1.6), [3, 2], overlay),
    areaOutline("crossing-area-border", "crossing-area", width(1.8, 3.2), [3, 1.5], overlay),
    {
      id: "crossing-border",
      type: "line",
      source: "borders",
      filter: kind("crossing"),
      layout: { "line-join": "round", "line-cap": "round", visibility: overlay },
      paint: { "line-color": COLORS.crossingBorder, "line-width": width(2.2, 4.5) },
    },
    {
      id: LAYERS.selected,
      type: "line",
      source: "counties",
      filter: codesFilter(state.selected ? [state.selected] : []),
      paint: { "line-color": COLORS.selected, "line-width": 3 },
    },
  ];
  return {
    version: 8,
    sources: {
      neighbours: source(neighbours),
      outside: source(geometry?.outside ?? null),
      counties: source(geometry?.counties ?? null),
      borders: source(geometry?.borders ?? null),
    },
    layers,
  };
}

/** The employment-area fill, added on demand (most views never need it) below the hatches. */
export function areaFillLayer(): LayerSpecification {
  return {
    id: "area-fill",
    type: "fill",
    source: "areas",
    paint: {
      "fill-color": ["to-color", ["coalesce", ["feature-state", "color"], COLORS.land]],
      "fill-antialias": false,
    },
  };
}
