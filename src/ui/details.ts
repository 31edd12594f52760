// The details panel of a county: every score against the national figure, its N, municipalities, employment areas.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { compareNames } from "../i18n/collate.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { listOf } from "../i18n/plural.ts";
import { tv } from "../i18n/viewMessages.ts";
import { importedRegionLines, setAsideText } from "../scene/provenanceText.ts";
import { municipalityName } from "../scene/regionText.ts";
import { h } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

const pct = (value: number, max: number) =>
  `${Math.max(0, Math.min(100, (value / max) * 100)).toFixed(1)}%`;

/** The survey's mean scores for a county as bars, each against the national figure and its N. */
function metricBars(dataset: Dataset, code: string, lang: Lang): HTMLElement | null {
  const meta = dataset.survey;
  if (!meta) return null;
  const rows = dataset.metrics
    .filter((m) => m.kind === "mean")
    .map((m) => {
      const value = dataset.value(code, m.id);
      const national = dataset.summary(m.id);
      return h(
        "li",
        { class: "bar-row" },
        h("span", { class: "bar-label" }, m.label[lang]),
        h(
          "span",
          { class: "bar-track", "aria-hidden": "true" },
          value !== null
            ? h("span", { class: "bar-fill", style: `width:${pct(value, meta.scale.max)}` })
            : null,
          national !== null
            ? h("span", { class: "bar-national", style: `left:${pct(national, meta.scale.max)}` })
            : null,
        ),
        h(
          "span",
          { class: "bar-value" },
          `${formatNumber(value, lang, 1)} `,
          h(
            "span",
            { class: "bar-vs" },
            `(${tv(lang, "detailsNational", {
              value: formatNumber(national, lang, 1),
              n: formatNumber(m.n, lang, 0),
            })})`,
          ),
        ),
      );
    });
  return h("ul", { class: "bars" }, ...rows);
}

/** The panel's content for one county, with a close button that calls `onClose`. */
export function countyDetails(
  data: AppData,
  dataset: Dataset,
  code: string,
  lang: Lang,
  actions: { onClose(): void; onArea(code: string): void },
  metric = "",
): HTMLElement {
  const county = data.regions.county.get(code);
  const municipalities = data.atlas.municipalities
    .filter((m) => m.county === code)
    .map((m) => municipalityName(data, m.code, lang))
    .sort((a, b) => compareNames(a, b, lang));
  const areas = data.areasByCounty.get(code) ?? [];
  const survey = dataset.kind === "survey" && dataset.level === "county";
  const respondents = survey ? dataset.respondents(code) : null;
  const small = survey && dataset.smallSample.includes(code);
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    panelHead("details-title", county?.name[lang] ?? code, t(lang, "close"), actions.onClose),
    survey ? h("p", {}, t(lang, "respondents", { n: formatNumber(respondents, lang, 0) })) : null,
    small
      ? h("p", { class: "warning" }, t(lang, "notRanked", { min: dataset.smallSampleMin ?? 0 }))
      : null,
    // An imported figure says how it was made, and what the file set aside.
    ...(dataset.imported
      ? [
          ...importedRegionLines(
            dataset,
            metric || (dataset.metrics[0]?.id ?? ""),
            code,
            lang,
            county?.name[lang],
          ),
          setAsideText(dataset.imported.table, lang),
        ].map((line) => (line ? h("p", { class: "details-provenance" }, line) : null))
      : []),
    survey ? h("h3", {}, tv(lang, "detailsMetrics")) : null,
    survey ? metricBars(dataset, code, lang) : null,
    h("h3", {}, tv(lang, "detailsEmploymentAreas", { n: areas.length })),
    h(
      "ul",
      { class: "area-list" },
      ...areas.map((a) => {
        const span = data.spans.get(a);
        return h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link", onclick: () => actions.onArea(a) },
            data.regions.employmentArea.get(a)?.name[lang] ?? a,
          ),
          span?.crosses ? ` (${tv(lang, "partly")}, ${t(lang, "crosses")})` : "",
        );
      }),
    ),
    h("h3", {}, tv(lang, "detailsMunicipalities", { n: municipalities.length })),
    h("p", { class: "municipality-list" }, listOf(lang, municipalities)),
  );
}
