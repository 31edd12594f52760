// The legend: metric, scale, colour ramp with the national figure, and the symbols' meanings.
import type { Dataset } from "../data/dataset.ts";
import type { SurveyMeta } from "../data/survey.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { COLORS } from "../map/style.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { NO_DATA_COLOR } from "../scales/colorScale.ts";
import { h, replace } from "./dom.ts";

export interface LegendInput {
  lang: Lang;
  meta: SurveyMeta;
  dataset: Dataset;
  choropleth: Choropleth;
  overlay: boolean;
  hasOutside: boolean;
}

const digits = (c: Choropleth) => c.metric.digits;

function ramp(c: Choropleth, lang: Lang): HTMLElement {
  const first = c.scale.domain[0] as number;
  const last = c.scale.domain[c.scale.domain.length - 1] as number;
  const at = (v: number) => `${(((v - first) / (last - first || 1)) * 100).toFixed(1)}%`;
  const gradient = c.scale.stops.map((s) => `${s.color} ${at(s.value)}`).join(", ");
  const national = c.national;
  return h(
    "div",
    { class: "legend-ramp" },
    h("div", {
      class: "legend-gradient",
      style: `background: linear-gradient(to right, ${gradient})`,
    }),
    national !== null
      ? h("div", {
          class: "legend-national-mark",
          style: `left: ${at(national)}`,
          "aria-hidden": "true",
        })
      : null,
    h(
      "div",
      { class: "legend-ticks" },
      h("span", {}, formatNumber(first, lang, digits(c))),
      h("span", {}, formatNumber(last, lang, digits(c))),
    ),
  );
}

function swatch(kind: string, label: string, style = ""): HTMLElement {
  return h(
    "li",
    {},
    h("span", { class: `legend-swatch ${kind}`, style, "aria-hidden": "true" }),
    label,
  );
}

export function renderLegend(container: HTMLElement, input: LegendInput): void {
  const { lang, meta, dataset, choropleth: c } = input;
  const survey = dataset.kind === "survey";
  const isScore = survey && c.metric.id !== "respondents";
  const scaleText = !survey
    ? `${t(lang, "importSource", { name: dataset.name })} (${t(lang, dataset.level === "area" ? "importLevelArea" : "importLevelCounty")})`
    : isScore
      ? t(lang, "legendScale", { low: meta.scale.low[lang], high: meta.scale.high[lang] })
      : t(lang, "legendCount");
  const reference = isScore
    ? t(lang, "legendNational", { value: formatNumber(c.national, lang, 1) })
    : survey
      ? `${t(lang, "national")}: ${formatNumber(meta.respondents.n, lang, 0)}`
      : `${t(lang, "importMean")}: ${formatNumber(c.national, lang, Math.max(1, c.metric.digits))}`;
  replace(
    container,
    h("h2", { class: "legend-title" }, c.metric.label[lang]),
    h("p", { class: "legend-scale" }, scaleText),
    ramp(c, lang),
    c.scale.scheme === "diverging"
      ? h("p", { class: "legend-note" }, t(lang, "legendDiverging"))
      : null,
    h(
      "p",
      { class: "legend-national" },
      h("span", { class: "legend-national-key", "aria-hidden": "true" }),
      reference,
    ),
    symbols(
      lang,
      swatch("no-data", t(lang, "legendNoData"), `background:${NO_DATA_COLOR}`),
      survey ? swatch("hatched", t(lang, "legendSmallSample", { n: meta.smallSample })) : null,
      input.hasOutside ? swatch("outside hatched", t(lang, "legendOutside")) : null,
      swatch("line county", t(lang, "legendCountyBorder")),
      input.overlay
        ? swatch("line area", t(lang, "legendAreaBorder"), `border-color:${COLORS.areaBorder}`)
        : null,
      input.overlay
        ? swatch(
            "line crossing",
            t(lang, "legendCrossingBorder"),
            `background:${COLORS.crossingBorder}`,
          )
        : null,
    ),
  );
}

/** The symbol list, folded away by default on narrow screens, where it would cover the map. */
function symbols(lang: Lang, ...items: (HTMLElement | null)[]): HTMLElement {
  return h(
    "details",
    { class: "legend-more", open: window.innerWidth > 700 },
    h("summary", {}, t(lang, "legendSymbols")),
    h("ul", { class: "legend-symbols" }, ...items),
  );
}
