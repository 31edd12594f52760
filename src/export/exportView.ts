// Exports of the current view, loaded only when asked for: PNG at 2×, SVG, and CSV.
import type { MapGeometry } from "../map/geometry.ts";
import type { Camera } from "../map/mapView.ts";
import { nationalLabel } from "../scene/regionText.ts";
import type { View } from "../scene/view.ts";
import { attributionText } from "../ui/attribution.ts";
import { composePicture, composeSvg, type ExportPicture, pictureSize } from "./composeSvg.ts";
import { CSV_DIALECTS, toCsv } from "./csvExport.ts";
import { download, rasterize } from "./pngExport.ts";
import { viewRows } from "./viewTable.ts";

export interface ExportContext {
  /** The view on screen: its scene, legend, chart, words. */
  view: View;
  geometry: MapGeometry;
  camera: Camera;
  size: { width: number; height: number };
  /** The labels and the inset as the screen shows them now. */
  placed: { labels: ExportPicture["labels"]; inset: ExportPicture["inset"] };
  /** Whether the screen shows the ranked chart: the picture then shows it beside the map. */
  chart: boolean;
  /** Where the legend stands over the map (its top left corner, map pixels); null when it is below the map. */
  legendAt: { x: number; y: number } | null;
  /** The date for file names, YYYY-MM-DD. */
  date: string;
}

export const fileName = (metric: string, date: string, ext: string) =>
  `hyvinvointialueet-${metric}-${date}.${ext}`;

/** The picture of the view: the scene as drawn now, with its title, legend, chart and sources. */
function picture(ctx: ExportContext): ExportPicture {
  const { view } = ctx;
  return {
    scene: view.scene,
    geometry: ctx.geometry,
    camera: ctx.camera,
    width: ctx.size.width,
    height: ctx.size.height,
    title: view.title,
    subtitle: view.subtitle,
    legend: view.legend,
    // The author's words first, each a paragraph of its own, then the app's sources.
    source: [
      view.story.description,
      view.story.notes,
      view.story.source,
      view.story.byline,
      attributionText(view.lang, view.data.atlas, view.dataset.survey),
    ]
      .filter(Boolean)
      .join("\n"),
    labels: ctx.placed.labels,
    inset: ctx.placed.inset,
    chart: ctx.chart ? view.chart : null,
    legendAt: ctx.legendAt,
  };
}

/** The current view as an SVG file, for print layouts. */
export async function exportSvg(ctx: ExportContext): Promise<void> {
  const text = composeSvg(picture(ctx));
  download(
    new Blob([text], { type: "image/svg+xml" }),
    fileName(ctx.view.choropleth.metric.id, ctx.date, "svg"),
  );
}

/** The current view as a PNG at twice its size: the SVG export's own drawing, painted off the page's thread. */
export async function exportPng(ctx: ExportContext): Promise<void> {
  const p = picture(ctx);
  const size = pictureSize(p);
  const blob = await rasterize(composePicture(p), size.width, size.height, 2);
  download(blob, fileName(ctx.view.choropleth.metric.id, ctx.date, "png"));
}

/** The values behind the view as CSV (every metric by region, and the reference row). */
export async function exportCsv(ctx: ExportContext): Promise<void> {
  const { header, rows } = viewRows(ctx.view, nationalLabel(ctx.view.dataset, ctx.view.lang));
  download(
    new Blob([toCsv(header, rows, CSV_DIALECTS[ctx.view.lang])], {
      type: "text/csv;charset=utf-8",
    }),
    `hyvinvointialueet-${ctx.date}.csv`,
  );
}
