// The scene's layers as a MapLibre style: the same table the SVG map draws, in MapLibre's terms.
import type {
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "maplibre-gl";
import {
  COLORS,
  type LayerSource,
  LINE_JOIN,
  PATTERNS,
  type SceneLayer,
  STROKE_REACH,
  sceneSources,
} from "../scene/layers.ts";
import type { Scene } from "../scene/scene.ts";
import { type MapGeometry, sourceFeatures } from "./geometry.ts";

export { sceneSources };

/** MapLibre source ids: a level's id, "neighbours", or "border-<kind>". */
export const glSourceId = (source: LayerSource) => source.replace(":", "-");

/** The filter that shows a layer only for the given region codes. */
export function codesFilter(codes: readonly string[]): FilterSpecification {
  return ["in", ["get", "code"], ["literal", [...codes]]];
}

const interpolate = (width: readonly (readonly [number, number])[]) =>
  ["interpolate", ["linear"], ["zoom"], ...width.flat()] as unknown as number;

/**
 * One scene layer as a MapLibre layer. Fills "by code" read each feature's
 * state `color` (set by the adapter), the no-data grey until then; other fills
 * read it too, falling back to their own colour always (no feature of theirs gets
 * a state): one shader program for every fill, one compile fewer when the GL map
 * starts (tens of milliseconds each in software WebGL); patterns are
 * the run-time images named by `PATTERNS`; no fill draws its antialiased outline
 * (borders are line layers of their own, and every outline costs a shader).
 */
export function glLayer(layer: SceneLayer): LayerSpecification {
  const filter = "codes" in layer && layer.codes ? { filter: codesFilter(layer.codes) } : {};
  switch (layer.kind) {
    case "background":
      return { id: layer.id, type: "background", paint: { "background-color": layer.color } };
    case "fill":
      return {
        id: layer.id,
        type: "fill",
        source: glSourceId(layer.source),
        ...filter,
        paint: {
          "fill-color": [
            "to-color",
            [
              "coalesce",
              ["feature-state", "color"],
              layer.color === "by-code" ? COLORS.noData : layer.color,
            ],
          ],
          "fill-antialias": false,
        },
      };
    case "pattern":
      return {
        id: layer.id,
        type: "fill",
        source: glSourceId(layer.source),
        ...filter,
        paint: { "fill-pattern": layer.pattern.id, "fill-antialias": false },
      };
    case "line":
      return {
        id: layer.id,
        type: "line",
        source: glSourceId(layer.source),
        ...filter,
        layout: {
          "line-join": LINE_JOIN.join,
          "line-miter-limit": LINE_JOIN.miterLimit,
          "line-cap": layer.cap,
        },
        paint: {
          "line-color": layer.color,
          "line-width": interpolate(layer.width),
          ...(layer.dash ? { "line-dasharray": [...layer.dash] } : {}),
        },
      };
  }
}

/** A GeoJSON source for a layer source; region features get their ids from `code`, for feature state. */
export function glSource(geometry: MapGeometry, source: LayerSource): SourceSpecification {
  return {
    type: "geojson",
    data: sourceFeatures(geometry, source),
    // MapLibre's own simplification (0.375 px), and a tile buffer as wide as the furthest any
    // stroke reaches (MapLibre's default is 128 px): each tile's vertices are cut, sent and
    // drawn on every frame, and in software WebGL each of them costs the frame rate.
    buffer: STROKE_REACH,
    promoteId: "code",
  };
}

/** The complete style for a scene: its sources and layers; no tile, glyph or sprite URL. */
export function glStyle(scene: Pick<Scene, "layers">, geometry: MapGeometry): StyleSpecification {
  return {
    version: 8,
    sources: Object.fromEntries(
      sceneSources(scene.layers).map((s) => [glSourceId(s), glSource(geometry, s)]),
    ),
    layers: scene.layers.map(glLayer),
  };
}

/** The images the style's patterns name, for the adapter to draw at run time. */
export const GL_PATTERNS = Object.values(PATTERNS);
