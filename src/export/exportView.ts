// Exports of the current view, loaded only when asked for: PNG at 2×, SVG, and CSV.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { MapGeometry } from "../map/geometry.ts";
import type { Camera } from "../map/mapView.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { legendModel } from "../scene/legendModel.ts";
import { nationalLabel } from "../scene/regionText.ts";
import type { Scene } from "../scene/scene.ts";
import { attributionText } from "../ui/attribution.ts";
import { composeSvg, type ExportPicture, pictureSize } from "./composeSvg.ts";
import { CSV_DIALECTS, toCsv } from "./csvExport.ts";
import { download, rasterize } from "./pngExport.ts";
import { viewRows } from "./viewTable.ts";

export interface ExportContext {
  data: AppData;
  dataset: Dataset;
  lang: Lang;
  choropleth: Choropleth;
  scene: Scene;
  geometry: MapGeometry;
  camera: Camera;
  size: { width: number; height: number };
  /** The date for file names, YYYY-MM-DD. */
  date: string;
}

export const fileName = (metric: string, date: string, ext: string) =>
  `hyvinvointialueet-${metric}-${date}.${ext}`;

/** The picture of the view: the scene as drawn now, with its title, legend and sources. */
function picture(ctx: ExportContext): ExportPicture {
  const { lang, choropleth: c, dataset } = ctx;
  const meta = dataset.survey;
  return {
    scene: ctx.scene,
    geometry: ctx.geometry,
    camera: ctx.camera,
    width: ctx.size.width,
    height: ctx.size.height,
    title: t(lang, "appTitle"),
    subtitle: meta
      ? `${c.metric.text[lang]} (${meta.publisher[lang]} ${meta.period.label})`
      : `${c.metric.text[lang]} (${t(lang, "importSource", { name: dataset.name })})`,
    legend: legendModel({ data: ctx.data, lang, dataset, choropleth: c, layers: ctx.scene.layers }),
    source: attributionText(lang, ctx.data.atlas, meta),
  };
}

/** The current view as an SVG file, for print layouts. */
export async function exportSvg(ctx: ExportContext): Promise<void> {
  const text = composeSvg(picture(ctx));
  download(
    new Blob([text], { type: "image/svg+xml" }),
    fileName(ctx.choropleth.metric.id, ctx.date, "svg"),
  );
}

/** The current view as a PNG at twice its size: the same SVG, rasterized. */
export async function exportPng(ctx: ExportContext): Promise<void> {
  const p = picture(ctx);
  const size = pictureSize(p.width, p.height);
  const blob = await rasterize(composeSvg(p), size.width, size.height, 2);
  download(blob, fileName(ctx.choropleth.metric.id, ctx.date, "png"));
}

/** The values behind the view as CSV (every metric by region, and the reference row). */
export async function exportCsv(ctx: ExportContext): Promise<void> {
  const { header, rows } = viewRows(
    ctx.data,
    ctx.dataset,
    ctx.lang,
    nationalLabel(ctx.dataset, ctx.lang),
  );
  download(
    new Blob([toCsv(header, rows, CSV_DIALECTS[ctx.lang])], { type: "text/csv;charset=utf-8" }),
    `hyvinvointialueet-${ctx.date}.csv`,
  );
}
