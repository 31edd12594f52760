// The exported picture as one SVG document: title, the scene's map and labels, the legend, the sources.

import { clippedTo, type MapGeometry } from "../map/geometry.ts";
import type { Box } from "../map/insetLayout.ts";
import type { PlacedLabel } from "../map/labels.ts";
import type { Camera } from "../map/mapView.ts";
import { type Viewport, viewportAt } from "../map/mercator.ts";
import { svgLayers, svgPattern } from "../map/svgLayers.ts";
import { type SvgNode, svgMarkup, svgNode } from "../map/svgNode.ts";
import type { ChartModel } from "../scene/chartModel.ts";
import type { LegendModel } from "../scene/legendModel.ts";
import type { Scene } from "../scene/scene.ts";
import { chartHeight, chartSvg, chartWidth } from "./chartSvg.ts";
import { INK, svgText } from "./svgText.ts";
import { wrap, wrapToWidth } from "./wrap.ts";

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
  const legendBelow = p.legendAt === null;
  const mapBlock = p.height + (legendBelow ? legendHeight(p.legend) + 12 : 0);
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
    legend: p.legendAt ?? { x: 12, y: p.height + 12 },
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

/** The legend box's width, CSS px. */
const LEGEND_WIDTH = 250;
/** Room for text inside the box (10 px each side), and beside a symbol's 20 px swatch. */
const LEGEND_TEXT = LEGEND_WIDTH - 20;
const SYMBOL_TEXT = LEGEND_WIDTH - 36 - 10;

/**
 * Where everything in the legend box goes, every text broken to the box's width (by the
 * exports' estimate of its width, so no word runs past the box's edge): the title, the
 * scale's wording, the ramp or the classes, the rows (reference, N, a note), the symbols.
 * Offsets from the box's top; `height` is the box's.
 */
function legendLayout(model: LegendModel) {
  const title = wrapToWidth(model.title, LEGEND_TEXT, 13 * 1.1);
  const scale = wrapToWidth(model.scale, LEGEND_TEXT, 11);
  const titleTop = 18;
  const scaleTop = titleTop + (title.length - 1) * 16 + 16;
  // The ramp (or the classes' swatches) below the scale's last line.
  const rampTop = scaleTop + (scale.length - 1) * 14 + 8;
  const rows = [model.reference, ...model.n, ...(model.note ? [model.note] : [])].flatMap((row) =>
    wrapToWidth(row, LEGEND_TEXT, 11),
  );
  const rowsTop = model.classes ? rampTop + 8 + model.classes.length * 16 : rampTop + 44;
  let y = rowsTop + rows.length * 15;
  const symbols = model.symbols.map((symbol) => {
    const lines = wrapToWidth(symbol.label, SYMBOL_TEXT, 11);
    const top = y;
    y += 16 + (lines.length - 1) * 13;
    return { symbol, lines, top };
  });
  return { title, titleTop, scale, scaleTop, rampTop, rows, rowsTop, symbols, height: y };
}

/** The legend box's height. */
export const legendHeight = (model: LegendModel) => legendLayout(model).height;

/** A classed scale's classes, one row a class, lowest first, from y. */
const classRows = (model: LegendModel, x: number, y: number) =>
  (model.classes ?? []).map((k, i) =>
    svgNode(
      "g",
      { "data-class": i },
      svgNode("rect", {
        x: x + 10,
        y: y + i * 16,
        width: 20,
        height: 12,
        fill: k.color,
        stroke: "#cfccc4",
      }),
      text(x + 36, y + i * 16 + 10, 11, k.label),
    ),
  );

/** The legend box, LEGEND_WIDTH px wide, its top left corner at (x, y). */
function legend(model: LegendModel, x: number, y: number): SvgNode {
  const w = LEGEND_WIDTH;
  const layout = legendLayout(model);
  const ramp = svgNode(
    "linearGradient",
    { id: "export-ramp", x1: 0, x2: 1, y1: 0, y2: 0 },
    ...model.ramp.stops.map((s) =>
      svgNode("stop", { offset: Math.max(0, Math.min(1, s.offset)), "stop-color": s.color }),
    ),
  );
  const rampY = y + layout.rampTop;
  const symbols = layout.symbols.map(({ symbol: s, lines, top }) => {
    const sy = y + top;
    const swatch =
      s.kind === "line"
        ? svgNode("line", {
            x1: x + 10,
            x2: x + 30,
            y1: sy - 4,
            y2: sy - 4,
            stroke: s.color === "#ffffff" ? "#bdbdbd" : s.color,
            "stroke-width": 3,
            ...(s.dash ? { "stroke-dasharray": s.dash.map((d) => d * 3).join(" ") } : {}),
          })
        : svgNode(
            "g",
            {},
            svgNode("rect", {
              x: x + 10,
              y: sy - 10,
              width: 20,
              height: 11,
              fill: s.color,
              stroke: "#cfccc4",
            }),
            s.pattern
              ? svgNode("rect", {
                  x: x + 10,
                  y: sy - 10,
                  width: 20,
                  height: 11,
                  fill: `url(#export-${s.pattern.id})`,
                })
              : null,
          );
    return svgNode(
      "g",
      { "data-symbol": s.layer },
      swatch,
      ...lines.map((line, i) => text(x + 36, sy + i * 13, 11, line)),
    );
  });
  return svgNode(
    "g",
    { "data-legend": "" },
    svgNode(
      "defs",
      {},
      ramp,
      ...model.symbols.flatMap((s) => (s.pattern ? [svgPattern(s.pattern, "export-")] : [])),
    ),
    svgNode("rect", {
      x,
      y,
      width: w,
      height: layout.height,
      fill: "rgba(255,255,255,0.94)",
      stroke: "#cfccc4",
    }),
    ...layout.title.map((line, i) =>
      text(x + 10, y + layout.titleTop + i * 16, 13, line, { "font-weight": "bold" }),
    ),
    ...layout.scale.map((line, i) => text(x + 10, y + layout.scaleTop + i * 14, 11, line)),
    ...classRows(model, x, rampY),
    model.classes
      ? null
      : svgNode("rect", {
          x: x + 10,
          y: rampY,
          width: w - 20,
          height: 12,
          fill: "url(#export-ramp)",
        }),
    model.ramp.reference !== null && !model.classes
      ? svgNode("rect", {
          x: x + 10 + (w - 20) * model.ramp.reference - 1,
          y: rampY - 3,
          width: 2,
          height: 18,
          fill: INK,
        })
      : null,
    model.classes ? null : text(x + 10, rampY + 26, 11, model.ramp.min),
    model.classes
      ? null
      : text(x + w - 10, rampY + 26, 11, model.ramp.max, { "text-anchor": "end" }),
    ...layout.rows.map((row, i) => text(x + 10, y + layout.rowsTop - 2 + i * 15, 11, row)),
    ...symbols,
  );
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
      legend(p.legend, size.legend.x, size.legend.y),
    ),
    size.chart ? chartSvg(p.chart as ChartModel, size.chart.x, HEADER) : null,
    ...size.source.map((line, i) =>
      text(14, size.sourceTop + 12 + i * 15, 11, line, { fill: MUTED }),
    ),
  );
}
