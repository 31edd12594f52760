// The legend of an exported picture: the same model as the screen's legend, as SVG, every
// text broken to its box.
import { svgPattern } from "../map/svgLayers.ts";
import { type SvgNode, svgNode } from "../map/svgNode.ts";
import type { LegendModel } from "../scene/legendModel.ts";
import { INK, svgText } from "./svgText.ts";
import { wrapToWidth } from "./wrap.ts";

const text = svgText;

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
  const title = wrapToWidth(model.title, LEGEND_TEXT, 13, true);
  const scale = wrapToWidth(model.scale, LEGEND_TEXT, 11);
  const titleTop = 18;
  const scaleTop = titleTop + Math.max(0, title.length - 1) * 16 + 16;
  // The ramp (or the classes' swatches) below the scale's last line.
  const rampTop = scaleTop + Math.max(0, scale.length - 1) * 14 + 8;
  const rows = [model.reference, ...model.n, ...(model.note ? [model.note] : [])].flatMap((row) =>
    wrapToWidth(row, LEGEND_TEXT, 11),
  );
  const rowsTop = model.classes ? rampTop + 8 + model.classes.length * 16 : rampTop + 44;
  let y = rowsTop + rows.length * 15;
  const symbols = model.symbols.map((symbol) => {
    const lines = wrapToWidth(symbol.label, SYMBOL_TEXT, 11);
    const top = y;
    y += 16 + Math.max(0, lines.length - 1) * 13;
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
export function legendSvg(model: LegendModel, x: number, y: number): SvgNode {
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
