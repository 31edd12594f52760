// The ranked chart in an exported picture: the same model as the screen's chart, as SVG.
import { type SvgNode, svgNode } from "../map/svgNode.ts";
import type { ChartModel } from "../scene/chartModel.ts";
import { INK, svgText, textWidth } from "./svgText.ts";
import { wrapToWidth } from "./wrap.ts";

const MUTED = "#55534e";

/** Width of the chart beside the map, CSS px, when its names fit the usual column. */
const CHART_WIDTH = 320;
const ROW = 20;
/** The name column's usual width; a longer name widens it, and the chart with it. */
const NAME_WIDTH = 112;

/** The name column's width: the longest name's (by the exports' estimate), at least the usual. */
const nameWidth = (model: ChartModel) =>
  Math.ceil(Math.max(NAME_WIDTH, ...model.rows.map((r) => textWidth(r.name, 12, true) + 4)));

/** The chart's width: wider than usual by what its longest name needs, so no name is cut. */
export const chartWidth = (model: ChartModel) => CHART_WIDTH + nameWidth(model) - NAME_WIDTH;

/** The title's lines, broken to the chart's width. */
const titleLines = (model: ChartModel) => wrapToWidth(model.title, chartWidth(model), 13, true);

/** Where the rows start: below the title's lines and the reference. */
const rowsTop = (model: ChartModel) => 46 + Math.max(0, titleLines(model).length - 1) * 16;

/** The chart's height for its rows: the title and reference above, the axis and notes below. */
export const chartHeight = (model: ChartModel) =>
  rowsTop(model) + model.rows.length * ROW + 24 + noteLines(model).length * 14;

/** The notes, broken to the chart's width. */
const noteLines = (model: ChartModel) =>
  model.notes.flatMap((note) => wrapToWidth(note, chartWidth(model), 10));

const text = svgText;

/**
 * The chart drawn from (x, y): a row per region (rank, name, bar in its map
 * colour, value), the reference line across the bars, the axis's ends and
 * the notes. Rows keep the screen's order; the selected one is bold.
 */
export function chartSvg(model: ChartModel, x: number, y: number): SvgNode {
  const width = chartWidth(model);
  const rowsStart = rowsTop(model);
  const title = titleLines(model);
  const below = Math.max(0, title.length - 1) * 16;
  const name = { x: 26, width: nameWidth(model) };
  const track = { x: name.x + name.width + 4, width: width - (name.x + name.width + 4) - 48 };
  const rows = model.rows.map((r, i) => {
    const top = rowsStart + i * ROW;
    const weight: Record<string, string> = r.selected ? { "font-weight": "bold" } : {};
    return svgNode(
      "g",
      { "data-code": r.code, "data-chart-row": "" },
      text(name.x - 4, top + 14, 11, r.rankText, { "text-anchor": "end", fill: MUTED }),
      text(name.x, top + 14, 12, r.name, weight),
      svgNode("rect", {
        x: track.x + r.start * track.width,
        y: top + 3,
        width: Math.max(0, (r.end - r.start) * track.width),
        height: ROW - 6,
        fill: r.color,
        stroke: r.selected ? INK : "none",
      }),
      text(width - 4, top + 14, 12, r.valueText, { "text-anchor": "end", ...weight }),
    );
  });
  const bottom = rowsStart + model.rows.length * ROW;
  return svgNode(
    "g",
    { "data-chart": "", transform: `translate(${x} ${y})` },
    ...title.map((line, i) => text(0, 16 + i * 16, 13, line, { "font-weight": "bold" })),
    model.reference ? text(0, 34 + below, 11, `┆ ${model.reference.text}`, { fill: MUTED }) : null,
    ...rows,
    model.reference
      ? svgNode("line", {
          x1: track.x + model.reference.position * track.width,
          x2: track.x + model.reference.position * track.width,
          y1: rowsStart,
          y2: bottom,
          stroke: INK,
          "stroke-dasharray": "3 2",
        })
      : null,
    text(track.x, bottom + 14, 10, model.domainText[0], { fill: MUTED }),
    text(track.x + track.width, bottom + 14, 10, model.domainText[1], {
      fill: MUTED,
      "text-anchor": "end",
    }),
    ...noteLines(model).map((line, i) => text(0, bottom + 34 + i * 14, 10, line, { fill: MUTED })),
  );
}
