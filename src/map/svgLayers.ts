// The scene's layers as SVG nodes in a viewport: the SVG map and the exports both draw these.

import {
  COLORS,
  LINE_JOIN,
  type Pattern,
  type SceneLayer,
  STROKE_REACH,
  widthAt,
} from "../scene/layers.ts";
import type { Scene } from "../scene/scene.ts";
import { type MapGeometry, ringBox, sourceFeatures } from "./geometry.ts";
import type { Viewport } from "./mercator.ts";
import { type SvgNode, svgNode } from "./svgNode.ts";
import { type ClipBox, linesOf, meets, projectedBox, svgPath, within } from "./svgPath.ts";

/** An SVG pattern drawing the same stripes as the GL map's run-time image. */
export function svgPattern(p: Pattern, prefix = ""): SvgNode {
  const [r, g, b, a] = p.rgba;
  const s = p.spacing;
  // Diagonal: "/" strokes through each tile's corners, as pixels where (x + y) mod s < width.
  const d =
    p.direction === "diagonal"
      ? `M${-s},${s} L${s},${-s} M0,${2 * s} L${2 * s},0 M0,${s} L${s},0`
      : `M0,${p.width / 2} L${s},${p.width / 2}`;
  // The pixels' stripe is centred on x + y = (1 + width) / 2: the strokes move there.
  const shift = (1 + p.width) / 4;
  return svgNode(
    "pattern",
    {
      id: `${prefix}${p.id}`,
      patternUnits: "userSpaceOnUse",
      width: s,
      height: s,
      ...(p.direction === "diagonal" ? { patternTransform: `translate(${shift} ${shift})` } : {}),
    },
    svgNode("path", {
      d,
      stroke: `rgba(${r},${g},${b},${a})`,
      "stroke-width": p.direction === "diagonal" ? p.width / Math.SQRT2 + 0.01 : p.width,
      fill: "none",
    }),
  );
}

const pathCache = new WeakMap<object, { key: string; d: string }>();

/** Each geometry's bounds in longitude and latitude: [west, south, east, north]. */
const boundsCache = new WeakMap<object, [number, number, number, number]>();

/** A geometry's bounds in longitude and latitude, kept per geometry object. */
function geographicBounds(geometry: Parameters<typeof svgPath>[0]) {
  let bbox = boundsCache.get(geometry);
  if (!bbox) {
    bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of linesOf(geometry)) {
      const [w, s, e, n] = ringBox(ring);
      bbox = [
        Math.min(bbox[0], w),
        Math.min(bbox[1], s),
        Math.max(bbox[2], e),
        Math.max(bbox[3], n),
      ];
    }
    boundsCache.set(geometry, bbox);
  }
  return bbox;
}

/**
 * Path data of a geometry in a viewport, kept per geometry object until the viewport
 * changes. What lies wholly outside the viewport and its stroke reach is left out: zoomed
 * in, most of Finland's borders are, and the renderer would stroke and dash them all. A
 * geometry wholly inside (each of Finland's regions at country scale) is drawn without a
 * test per point, as before.
 */
function cachedPath(geometry: GeoJSON.Geometry, viewport: Viewport): string {
  const key = viewport.key;
  const hit = pathCache.get(geometry);
  if (hit?.key === key) return hit.d;
  const g = geometry as Parameters<typeof svgPath>[0];
  const drawn = projectedBox(geographicBounds(g), viewport.project);
  const box = clipBox(viewport);
  const d = within(drawn, box)
    ? svgPath(g, viewport.project, 0.5)
    : meets(drawn, box)
      ? svgPath(g, viewport.project, 0.5, box)
      : "";
  pathCache.set(geometry, { key, d });
  return d;
}

/** What of a viewport's drawing can show: the viewport and, around it, the strokes' reach. */
export const clipBox = (viewport: Pick<Viewport, "width" | "height">): ClipBox => ({
  left: -STROKE_REACH,
  top: -STROKE_REACH,
  right: viewport.width + STROKE_REACH,
  bottom: viewport.height + STROKE_REACH,
});

/** Computes and keeps the paths of features in a viewport, so that drawing them later costs nothing. */
export function warmPaths(
  features: readonly { geometry: GeoJSON.Geometry }[],
  viewport: Viewport,
): void {
  for (const f of features) cachedPath(f.geometry, viewport);
}

export interface SvgLayerOptions {
  /** Prefix of pattern ids, so two SVGs on one page do not share them. */
  idPrefix?: string;
}

/**
 * One node per layer, in the scene's order, each marked `data-layer`: the sea as
 * a rectangle, fills and patterns as groups of region paths (`data-code`), lines
 * as stroked paths whose width is the layer's width at the viewport's zoom and
 * whose dashes are in pixels (MapLibre's are in line widths).
 */
export function svgLayers(
  scene: Pick<Scene, "layers" | "fills">,
  geometry: MapGeometry,
  viewport: Viewport,
  options: SvgLayerOptions = {},
): SvgNode[] {
  const prefix = options.idPrefix ?? "";
  const patterns = new Map<string, Pattern>();
  const regions = (layer: Extract<SceneLayer, { source: unknown }>) => {
    const all = sourceFeatures(geometry, layer.source).features;
    const keep = layer.codes ? new Set(layer.codes) : null;
    return keep ? all.filter((f) => keep.has(String(f.properties?.code))) : all;
  };
  const nodes = scene.layers.map((layer): SvgNode => {
    switch (layer.kind) {
      case "background":
        return svgNode("rect", {
          "data-layer": layer.id,
          width: viewport.width,
          height: viewport.height,
          fill: layer.color,
        });
      case "fill":
        return svgNode(
          "g",
          { "data-layer": layer.id, ...(layer.color === "by-code" ? {} : { fill: layer.color }) },
          ...regions(layer).map((f) => {
            const code = String(f.properties?.code ?? "");
            return svgNode("path", {
              d: cachedPath(f.geometry, viewport),
              ...(code ? { "data-code": code } : {}),
              ...(layer.color === "by-code"
                ? { fill: scene.fills.get(code) ?? COLORS.noData }
                : {}),
            });
          }),
        );
      case "pattern":
        patterns.set(layer.pattern.id, layer.pattern);
        return svgNode(
          "g",
          { "data-layer": layer.id, fill: `url(#${prefix}${layer.pattern.id})` },
          ...regions(layer).map((f) => svgNode("path", { d: cachedPath(f.geometry, viewport) })),
        );
      default: {
        const width = widthAt(layer.width, viewport.zoom);
        return svgNode(
          "g",
          {
            "data-layer": layer.id,
            fill: "none",
            stroke: layer.color,
            "stroke-width": Number(width.toFixed(2)),
            "stroke-linejoin": LINE_JOIN.join,
            "stroke-miterlimit": LINE_JOIN.miterLimit,
            "stroke-linecap": layer.cap,
            "vector-effect": "non-scaling-stroke",
            ...(layer.dash
              ? {
                  "stroke-dasharray": layer.dash
                    .map((d) => Number((d * width).toFixed(2)))
                    .join(" "),
                }
              : {}),
          },
          ...regions(layer).map((f) =>
            svgNode("path", {
              d: cachedPath(f.geometry, viewport),
              "vector-effect": "non-scaling-stroke",
            }),
          ),
        );
      }
    }
  });
  return [
    svgNode("defs", {}, ...[...patterns.values()].map((p) => svgPattern(p, prefix))),
    ...nodes,
  ];
}

/**
 * The nodes of `svgLayers` in two drawings: the fills (up to the shaded
 * regions' fill), and the rest with the pattern definitions (hatches, borders,
 * selection). Each goes into its own SVG element on its own compositor layer,
 * so a recolour repaints the fills only.
 */
export function splitAtFills(nodes: readonly SvgNode[]): { fills: SvgNode[]; above: SvgNode[] } {
  const [defs, ...layers] = nodes;
  const split = layers.findIndex((n) => n.attrs["data-layer"] === "region-fill") + 1;
  return {
    fills: layers.slice(0, split),
    above: [...(defs ? [defs] : []), ...layers.slice(split)],
  };
}
