// The details panel of a county: all nine metrics against the national figure, municipalities, employment areas.
import type { AppData } from "../appData.ts";
import { SCORE_METRICS } from "../data/metrics.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { h } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

const pct = (value: number, max: number) =>
  `${Math.max(0, Math.min(100, (value / max) * 100)).toFixed(1)}%`;

function metricBars(data: AppData, code: string, lang: Lang): HTMLElement {
  const values = data.survey.byCounty.get(code);
  const { max } = data.survey.meta.scale;
  const rows = SCORE_METRICS.map((id) => {
    const info = data.survey.meta.metrics.find((m) => m.id === id);
    const value = values?.[id] ?? null;
    const national = data.survey.national[id];
    return h(
      "li",
      { class: "bar-row" },
      h("span", { class: "bar-label" }, info?.short[lang] ?? id),
      h(
        "span",
        { class: "bar-track", "aria-hidden": "true" },
        value !== null ? h("span", { class: "bar-fill", style: `width:${pct(value, max)}` }) : null,
        national !== null
          ? h("span", { class: "bar-national", style: `left:${pct(national, max)}` })
          : null,
      ),
      h(
        "span",
        { class: "bar-value" },
        `${formatNumber(value, lang, 1)} `,
        h(
          "span",
          { class: "bar-vs" },
          `(${t(lang, "national")} ${formatNumber(national, lang, 1)})`,
        ),
      ),
    );
  });
  return h("ul", { class: "bars" }, ...rows);
}

/** The panel's content for one county, with a close button that calls `onClose`. */
export function countyDetails(
  data: AppData,
  code: string,
  lang: Lang,
  actions: { onClose(): void; onArea(code: string): void },
): HTMLElement {
  const county = data.regions.county.get(code);
  const municipalities = data.atlas.municipalities
    .filter((m) => m.county === code)
    .map((m) => (lang === "sv" ? m.name.sv : m.name.fi))
    .sort((a, b) => a.localeCompare(b, lang));
  const areas = data.areasByCounty.get(code) ?? [];
  const respondents = data.survey.byCounty.get(code)?.respondents ?? null;
  const small = respondents !== null && respondents < data.survey.meta.smallSample;
  return h(
    "section",
    { class: "details", "aria-labelledby": "details-title" },
    panelHead("details-title", county?.name[lang] ?? code, t(lang, "close"), actions.onClose),
    h("p", {}, t(lang, "respondents", { n: formatNumber(respondents, lang, 0) })),
    small ? h("p", { class: "warning" }, t(lang, "smallSample")) : null,
    h("h3", {}, t(lang, "detailsMetrics")),
    metricBars(data, code, lang),
    h("h3", {}, t(lang, "detailsEmploymentAreas", { n: areas.length })),
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
          span?.crosses ? ` (${t(lang, "partly")}, ${t(lang, "crosses")})` : "",
        );
      }),
    ),
    h("h3", {}, t(lang, "detailsMunicipalities", { n: municipalities.length })),
    h("p", { class: "municipality-list" }, municipalities.join(", ")),
  );
}
