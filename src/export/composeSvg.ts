// The exported picture as one SVG document: title, the scene's map and labels, the legend, the sources.

import { clippedTo, type MapGeometry } from "../map/geometry.ts";
import type { Box } from "../map/insetLayout.ts";
import type { PlacedLabel } from "../map/labels.ts";
import type { Camera } from "../map/mapView.ts";
import { type Viewport, viewportAt } from "../map/mercator.ts";
import { svgLayers } from "../map/svgLayers.ts";
import { type SvgNode, svgMarkup, svgNode } from "../map/svgNode.ts";
import type { ChartModel } from "../scene/chartModel.ts";
import type { LegendModel } from "../scene/legendModel.ts";
import type { Scene } from "../scene/scene.ts";
import { chartHeight, chartSvg, chartWidth } from "./chartSvg.ts";
import { legendHeight, legendSvg } from "./legendSvg.ts";
import { INK, svgText } from "./svgText.ts";
import { wrap } from "./wrap.ts";

export interface ExportPicture {
  scene: Scene;
  geometry: MapGeometry;
  camera: Camera;
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: LegendModel;
  source: string;
  /** The map's labels as the screen placed them. */
  labels: readonly PlacedLabel[];
  /** The capital-region inset, where the screen shows one. */
  inset: ExportInset | null;
  /** The ranked chart, where the screen shows it. */
  chart: ChartModel | null;
  /** Where the screen's legend stands over the map (its top left corner); null for below the map. */
  legendAt: { x: number; y: number } | null;
}

/** The inset as the screen shows it: its box in the map, its map's viewport, caption and labels. */
export interface ExportInset {
  box: Box;
  viewport: Viewport;
  title: string;
  /** The caption's height above its map, CSS px. */
  caption: number;
  labels: readonly PlacedLabel[];
}

/** The bands above and below the map, in CSS pixels. */
export const HEADER = 56;
export const FOOTER = 26;
const MUTED = "#55534e";

/** The size of the picture: the map plus a title band and a source band. */
export function pictureSize(p: ExportPicture) {
  const layout = pictureLayout(p);
  return { width: layout.width, height: layout.height };
}

/**
 * Where the parts of the picture go: the title band; the map, with the legend
 * where the screen has it (over the map's lower left corner, or below the
 * map); the chart beside the map when the screen shows it; the source lines.
 */
function pictureLayout(p: ExportPicture) {
  const legendH = legendHeight(p.legend);
  // Where the screen has it, raised to end 12 px above the map's bottom (broken to its box
  // here, it may be taller than on the screen); below the map when it is taller than the map.
  const over =
    p.legendAt && legendH + 24 <= p.height
      ? { x: p.legendAt.x, y: Math.max(12, Math.min(p.legendAt.y, p.height - legendH - 12)) }
      : null;
  const mapBlock = p.height + (over ? 0 : legendH + 12);
  const chart = p.chart ? { x: p.width + 16, height: chartHeight(p.chart) } : null;
  const width = p.width + (p.chart ? chartWidth(p.chart) + 28 : 0);
  // Paragraphs (the author's notes, source line, byline, then the app's sources) each wrap on their own.
  const source = p.source
    .split("\n")
    .flatMap((paragraph) => wrap(paragraph, Math.max(40, Math.floor(width / 6.2))));
  const body = Math.max(mapBlock, chart?.height ?? 0);
  return {
    width,
    height: HEADER + body + 8 + source.length * 15 + 6,
    legend: over ?? { x: 12, y: p.height + 12 },
    chart,
    source,
    sourceTop: HEADER + body + 8,
  };
}

const text = svgText;

const LEADER = "#1d1d1b";

/**
 * The labels as the screen shows them: each where the map's label layer
 * placed it (on its region, or off the land with its leader line), at the
 * size it has there.
 */
function labels(placed: readonly PlacedLabel[]): SvgNode[] {
  const leaders = placed.flatMap(({ leader, label }) =>
    leader
      ? [
          svgNode("line", {
            "data-for": label.key,
            x1: round(leader[0]),
            y1: round(leader[1]),
            x2: round(leader[2]),
            y2: round(leader[3]),
            stroke: LEADER,
            "stroke-width": 1,
          }),
          svgNode("circle", {
            "data-for": label.key,
            cx: round(leader[2]),
            cy: round(leader[3]),
            r: 2.5,
            fill: LEADER,
          }),
        ]
      : [],
  );
  const boxes = placed.map(({ label, x, y, width, height, fontSize }) => {
    const lines = label.value ? [label.name, label.value] : [label.name];
    const lineHeight = fontSize * 1.15;
    const top = y - (lines.length * lineHeight) / 2;
    return svgNode(
      "g",
      { "data-label": label.key, "data-code": label.code, "data-level": label.level },
      label.role === "area-name"
        ? null
        : svgNode("rect", {
            x: round(x - width / 2),
            y: round(y - height / 2),
            width: round(width),
            height: round(height),
            rx: 3,
            fill: "rgba(255,255,255,0.85)",
          }),
      ...lines.map((line, i) =>
        text(round(x), round(top + (i + 0.8) * lineHeight), fontSize, line, {
          "text-anchor": "middle",
          ...(i === 1 ? { "font-weight": "bold" } : {}),
          ...(label.role === "area-name" ? { "font-style": "italic" } : {}),
        }),
      ),
    );
  });
  return [svgNode("g", { "data-leaders": "" }, ...leaders), ...boxes];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The capital-region inset as the screen shows it: its frame, caption, map and labels. */
function inset(p: ExportPicture, frame: ExportInset): SvgNode {
  const { box, viewport } = frame;
  const clipId = "export-inset-clip";
  return svgNode(
    "g",
    { "data-inset": "", transform: `translate(${round(box.x)} ${round(box.y)})` },
    svgNode(
      "defs",
      {},
      svgNode(
        "clipPath",
        { id: clipId },
        svgNode("rect", { x: 0, y: 0, width: box.width, height: box.height }),
      ),
    ),
    svgNode("rect", {
      x: 0,
      y: 0,
      width: box.width,
      height: box.height,
      fill: "#ffffff",
      stroke: INK,
    }),
    svgNode(
      "g",
      { "clip-path": `url(#${clipId})` },
      svgNode(
        "svg",
        {
          x: 0,
          y: frame.caption,
          width: viewport.width,
          height: viewport.height,
          viewBox: `0 0 ${viewport.width} ${viewport.height}`,
        },
        ...svgLayers(p.scene, clippedTo(p.geometry, insetClip(frame)), viewport, {
          idPrefix: "export-inset-",
        }),
      ),
      ...labels(frame.labels),
    ),
    text(6, frame.caption * 0.72, Math.round(frame.caption / 1.45), frame.title, {
      "font-weight": "bold",
    }),
  );
}

/** The inset's region with a margin, for clipping the geometry it draws. */
function insetClip(frame: ExportInset): [[number, number], [number, number]] {
  const [west, north] = frame.viewport.unproject(0, 0);
  const [east, south] = frame.viewport.unproject(frame.viewport.width, frame.viewport.height);
  return [
    [west - 0.5, south - 0.25],
    [east + 0.5, north + 0.25],
  ];
}

/**
 * The picture as an SVG document: the same layers as the map (svgLayers, in the
 * map's viewport), the labels that fit, the legend, a title band and a source
 * band. Text is escaped; the document names no external resource.
 */
export function composeSvg(p: ExportPicture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(composePicture(p))}\n`;
}

/** The picture as a tree of SVG nodes: what the SVG export writes and the PNG export paints. */
export function composePicture(p: ExportPicture): SvgNode {
  const viewport = viewportAt(p.camera.center, p.camera.zoom, p.width, p.height);
  const size = pictureLayout(p);
  return svgNode(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${size.width} ${size.height}`,
    },
    svgNode("title", {}, `${p.title}: ${p.subtitle}`),
    svgNode("rect", { width: size.width, height: size.height, fill: "#ffffff" }),
    text(14, 24, 20, p.title, { "font-weight": "bold" }),
    text(14, 45, 14, p.subtitle, { fill: MUTED }),
    svgNode(
      "svg",
      { x: 0, y: HEADER, width: p.width, height: p.height, viewBox: `0 0 ${p.width} ${p.height}` },
      ...svgLayers(p.scene, p.geometry, viewport, { idPrefix: "export-map-" }),
      ...labels(p.labels),
      p.inset ? inset(p, p.inset) : null,
    ),
    svgNode(
      "g",
      { transform: `translate(0 ${HEADER})` },
      legendSvg(p.legend, size.legend.x, size.legend.y),
    ),
    size.chart ? chartSvg(p.chart as ChartModel, size.chart.x, HEADER) : null,
    ...size.source.map((line, i) =>
      text(14, size.sourceTop + 12 + i * 15, 11, line, { fill: MUTED }),
    ),
  );
}
