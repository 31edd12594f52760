// The exported picture as one SVG document: title, the scene's map and labels, the legend, the sources.

import type { MapGeometry } from "../map/geometry.ts";
import { placeLabels } from "../map/labelCollision.ts";
import type { Camera } from "../map/mapView.ts";
import { viewportAt } from "../map/mercator.ts";
import { svgLayers, svgPattern } from "../map/svgLayers.ts";
import { type SvgNode, svgMarkup, svgNode } from "../map/svgNode.ts";
import type { LegendModel } from "../scene/legendModel.ts";
import type { Scene } from "../scene/scene.ts";

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
}

/** The bands above and below the map, in CSS pixels. */
export const HEADER = 56;
export const FOOTER = 26;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = "#1d1d1b";
const MUTED = "#55534e";

/** The size of the picture: the map plus a title band and a source band. */
export function pictureSize(width: number, height: number) {
  return { width, height: height + HEADER + FOOTER };
}

/** A text broken into lines of at most `max` characters, at spaces (a longer word keeps its line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text's width in pixels at a font size, estimated (no DOM to measure in): 0.58 em a character. */
const textWidth = (text: string, size: number) => text.length * size * 0.58;

const text = (
  x: number,
  y: number,
  size: number,
  content: string,
  extra: Record<string, string | number> = {},
) =>
  svgNode("text", { x, y, "font-size": size, "font-family": FONT, fill: INK, ...extra }, content);

/** The shown labels: the scene's, projected and thinned by the same collision rule as the map's. */
function labels(
  p: ExportPicture,
  project: (lngLat: [number, number]) => [number, number],
): SvgNode[] {
  const size = 12;
  const boxes = p.scene.labels
    .filter(
      (l) =>
        p.camera.zoom >= l.minZoom &&
        (l.role === "value" || l.role === "name" || l.role === "outside"),
    )
    .map((l) => {
      const [x, y] = project(l.lngLat);
      const lines = l.value ? [l.name, l.value] : [l.name];
      return {
        label: l,
        lines,
        box: {
          key: l.key,
          x,
          y,
          width: Math.max(...lines.map((line) => textWidth(line, size))) + 8,
          height: lines.length * 14 + 4,
          priority: l.priority,
        },
      };
    })
    .filter(({ box }) => box.x > 0 && box.y > 0 && box.x < p.width && box.y < p.height);
  const shown = placeLabels(boxes.map((b) => b.box));
  return boxes
    .filter((b) => shown.has(b.box.key))
    .map(({ lines, box: anchor, label }) => {
      const [dx, dy] = shown.get(anchor.key) ?? [0, 0];
      const box = { ...anchor, x: anchor.x + dx, y: anchor.y + dy };
      return svgNode(
        "g",
        { "data-label": label.key },
        svgNode("rect", {
          x: box.x - box.width / 2,
          y: box.y - box.height / 2,
          width: box.width,
          height: box.height,
          rx: 3,
          fill: "rgba(255,255,255,0.85)",
        }),
        ...lines.map((line, i) =>
          text(box.x, box.y - box.height / 2 + 13 + i * 14, size, line, {
            "text-anchor": "middle",
            ...(i === 1 ? { "font-weight": "bold" } : {}),
          }),
        ),
      );
    });
}

/** The legend box, in the map's lower left corner. */
function legend(model: LegendModel, x: number, bottom: number): SvgNode {
  const w = 250;
  const rows = [model.reference, ...model.n, ...(model.note ? [model.note] : [])].flatMap((row) =>
    wrap(row, 44),
  );
  const h = 86 + rows.length * 15 + model.symbols.length * 16;
  const y = bottom - h;
  const ramp = svgNode(
    "linearGradient",
    { id: "export-ramp", x1: 0, x2: 1, y1: 0, y2: 0 },
    ...model.ramp.stops.map((s) =>
      svgNode("stop", { offset: Math.max(0, Math.min(1, s.offset)), "stop-color": s.color }),
    ),
  );
  const symbols = model.symbols.map((s, i) => {
    const sy = y + 86 + rows.length * 15 + i * 16;
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
    return svgNode("g", { "data-symbol": s.layer }, swatch, text(x + 36, sy, 11, s.label));
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
      height: h,
      fill: "rgba(255,255,255,0.94)",
      stroke: "#cfccc4",
    }),
    text(x + 10, y + 18, 13, model.title, { "font-weight": "bold" }),
    text(x + 10, y + 34, 11, model.scale),
    svgNode("rect", { x: x + 10, y: y + 42, width: w - 20, height: 12, fill: "url(#export-ramp)" }),
    model.ramp.reference !== null
      ? svgNode("rect", {
          x: x + 10 + (w - 20) * model.ramp.reference - 1,
          y: y + 39,
          width: 2,
          height: 18,
          fill: INK,
        })
      : null,
    text(x + 10, y + 68, 11, model.ramp.min),
    text(x + w - 10, y + 68, 11, model.ramp.max, { "text-anchor": "end" }),
    ...rows.map((row, i) => text(x + 10, y + 84 + i * 15, 11, row)),
    ...symbols,
  );
}

/**
 * The picture as an SVG document: the same layers as the map (svgLayers, in the
 * map's viewport), the labels that fit, the legend, a title band and a source
 * band. Text is escaped; the document names no external resource.
 */
export function composeSvg(p: ExportPicture): string {
  const viewport = viewportAt(p.camera.center, p.camera.zoom, p.width, p.height);
  const size = pictureSize(p.width, p.height);
  const doc = svgNode(
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
      ...labels(p, ([lng, lat]) => viewport.project(lng, lat)),
      legend(p.legend, 12, p.height - 12),
    ),
    text(14, HEADER + p.height + 17, 11, p.source, { fill: MUTED }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(doc)}\n`;
}
