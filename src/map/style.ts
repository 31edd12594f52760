// The map's local style: sea, neighbours, county fills and the border layers. No tile, glyph or sprite URL.
import type { FilterSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { MapGeometry } from "./geojson.ts";

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

const empty: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
const byCodes = (codes: readonly string[]): FilterSpecification => [
  "in",
  ["get", "code"],
  ["literal", [...codes]],
];

/** The layer ids, bottom to top. */
export const LAYERS = {
  countyFill: "county-fill",
  smallSample: "county-small-sample",
  countyBorder: "county-border",
  areaHit: "employment-area-hit",
  areaBorder: "employment-area-border",
  crossingArea: "crossing-area-border",
  crossingBorder: "crossing-border",
  selected: "county-selected",
} as const;

/**
 * The complete style for a geometry: sources for neighbours, the outside region,
 * counties, employment areas and crossing borders, and their layers. County fill
 * colours start as `fill` and are replaced by paint updates.
 */
export function atlasStyle(
  geometry: MapGeometry | null,
  neighbours: GeoJSON.FeatureCollection | null,
): StyleSpecification {
  const source = (data: GeoJSON.GeoJSON | null) => ({
    type: "geojson" as const,
    data: data ?? empty,
    tolerance: 0.2,
  });
  const layers: LayerSpecification[] = [
    { id: "sea", type: "background", paint: { "background-color": COLORS.sea } },
    { id: "neighbours", type: "fill", source: "neighbours", paint: { "fill-color": COLORS.land } },
    { id: "outside", type: "fill", source: "outside", paint: { "fill-color": COLORS.outside } },
    { id: "outside-hatch", type: "fill", source: "outside", paint: { "fill-pattern": HATCH } },
    {
      id: LAYERS.countyFill,
      type: "fill",
      source: "counties",
      paint: { "fill-color": COLORS.land },
    },
    {
      id: LAYERS.smallSample,
      type: "fill",
      source: "counties",
      filter: byCodes([]),
      paint: { "fill-pattern": HATCH },
    },
    {
      id: LAYERS.countyBorder,
      type: "line",
      source: "counties",
      layout: { "line-join": "round" },
      paint: {
        "line-color": COLORS.countyBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1.2, 9, 3],
      },
    },
    {
      id: LAYERS.areaHit,
      type: "fill",
      source: "employmentAreas",
      paint: { "fill-color": "#000000", "fill-opacity": 0 },
    },
    {
      id: LAYERS.areaBorder,
      type: "line",
      source: "employmentAreas",
      layout: { "line-join": "round" },
      paint: {
        "line-color": COLORS.areaBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.7, 9, 1.6],
        "line-dasharray": [3, 2],
      },
    },
    {
      id: LAYERS.crossingArea,
      type: "line",
      source: "employmentAreas",
      filter: byCodes([]),
      layout: { "line-join": "round" },
      paint: {
        "line-color": COLORS.areaBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1.8, 9, 3.2],
        "line-dasharray": [3, 1.5],
      },
    },
    {
      id: LAYERS.crossingBorder,
      type: "line",
      source: "crossingBorders",
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": COLORS.crossingBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 2.2, 9, 4.5],
      },
    },
    {
      id: LAYERS.selected,
      type: "line",
      source: "counties",
      filter: byCodes([]),
      paint: { "line-color": COLORS.selected, "line-width": 3 },
    },
  ];
  return {
    version: 8,
    sources: {
      neighbours: source(neighbours),
      outside: source(geometry?.outside ?? null),
      counties: source(geometry?.counties ?? null),
      employmentAreas: source(geometry?.employmentAreas ?? null),
      crossingBorders: source(geometry?.crossingBorders ?? null),
    },
    layers,
  };
}

/** The filter that shows a layer only for the given region codes. */
export function codesFilter(codes: readonly string[]): FilterSpecification {
  return byCodes(codes);
}
