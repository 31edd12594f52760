// Exports of the current view, loaded only when asked for: PNG at 2× and CSV.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { MapView } from "../map/mapView.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { attributionText } from "../ui/attribution.ts";
import { nationalLabel } from "../ui/regionText.ts";
import { toCsv } from "./csvExport.ts";
import { composePng, download } from "./pngExport.ts";
import { viewRows } from "./viewTable.ts";

export interface ExportContext {
  data: AppData;
  dataset: Dataset;
  lang: Lang;
  choropleth: Choropleth;
  /** The date for file names, YYYY-MM-DD. */
  date: string;
}

export function pngFileName(metric: string, date: string): string {
  return `hyvinvointialueet-${metric}-${date}.png`;
}

/** The current map view as a PNG at twice its size, with title, labels, legend and sources. */
export async function exportPng(
  view: MapView,
  mapElement: HTMLElement,
  ctx: ExportContext,
): Promise<void> {
  const { lang, choropleth: c, dataset } = ctx;
  const metric = c.metric;
  const survey = dataset.kind === "survey";
  const scale = 2;
  const image = await view.snapshot(scale);
  const box = mapElement.getBoundingClientRect();
  const labels = [
    ...document.querySelectorAll<HTMLElement>("#labels .county-label:not(.label-hidden)"),
  ].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      lines: [
        el.querySelector(".label-name")?.textContent ?? "",
        el.querySelector(".label-value")?.textContent ?? "",
      ],
      x: r.left + r.width / 2 - box.left,
      y: r.top + r.height / 2 - box.top,
    };
  });
  const [first, last] = [c.scale.domain[0] ?? 0, c.scale.domain[c.scale.domain.length - 1] ?? 1];
  const offset = (v: number) => (v - first) / (last - first || 1);
  const digits = metric.digits;
  const meta = ctx.data.survey.meta;
  const blob = await composePng({
    map: image,
    width: box.width,
    height: box.height,
    scale,
    title: t(lang, "appTitle"),
    subtitle: survey
      ? `${metric.text[lang]} (${meta.publisher[lang]} ${meta.period.label})`
      : `${metric.text[lang]} (${t(lang, "importSource", { name: dataset.name })})`,
    labels,
    legend: {
      title: metric.label[lang],
      scale: !survey
        ? t(lang, dataset.level === "area" ? "importLevelArea" : "importLevelCounty")
        : metric.id === "respondents"
          ? t(lang, "legendCount")
          : t(lang, "legendScale", { low: meta.scale.low[lang], high: meta.scale.high[lang] }),
      stops: c.scale.stops.map((s) => ({ offset: offset(s.value), color: s.color })),
      min: formatNumber(first, lang, digits),
      max: formatNumber(last, lang, digits),
      national: c.national === null ? null : offset(c.national),
      notes: [
        `| ${nationalLabel(dataset, lang)}: ${formatNumber(c.national, lang, Math.max(1, digits))}`,
        ...(survey ? [`* ${t(lang, "legendSmallSample", { n: meta.smallSample })}`] : []),
      ],
    },
    source: attributionText(lang),
  });
  download(blob, pngFileName(metric.id, ctx.date));
}

/** The values behind the view as CSV (every metric by county, and the national row). */
export async function exportCsv(ctx: ExportContext): Promise<void> {
  const { header, rows } = viewRows(
    ctx.data,
    ctx.dataset,
    ctx.lang,
    nationalLabel(ctx.dataset, ctx.lang),
  );
  download(
    new Blob([toCsv(header, rows)], { type: "text/csv;charset=utf-8" }),
    `hyvinvointialueet-${ctx.date}.csv`,
  );
}
