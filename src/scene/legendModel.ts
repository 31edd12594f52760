// What the legend says, as data: the HTML legend and every export draw this one model.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import { REGION_TYPES } from "../data/regionTypes.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { COLORS, type Pattern, type SceneLayer } from "./layers.ts";
import { referenceLines } from "./regionText.ts";
import { populationDate } from "./sourceText.ts";

/** A symbol of the map and what it means; `layer` names the layer it stands for. */
export interface LegendSymbol {
  layer: string;
  label: string;
  kind: "fill" | "pattern" | "line";
  color: string;
  pattern?: Pattern;
  dash?: readonly number[];
}

export interface LegendModel {
  title: string;
  /** What the numbers are: the scale's wording, or the imported table and its level. */
  scale: string;
  ramp: {
    /** Colour stops along the ramp, offsets 0–1. */
    stops: { offset: number; color: string }[];
    min: string;
    max: string;
    /** Where the reference value falls on the ramp (0–1), if there is one. */
    reference: number | null;
  };
  /** A classed scale's classes, lowest first: colour, "12,0–15,3 (8)" and its regions; null for a ramp. */
  classes: { color: string; label: string; count: number }[] | null;
  /** The diverging scheme's reading aid. */
  note: string | null;
  /** The reference value, named: "Kaikki vastaajat: 3,0 (N = 458)"; a count's total and mean. */
  reference: string;
  /** What N means here: the question's national N, and a county's (the survey only). */
  n: string[];
  symbols: LegendSymbol[];
}

/** Layers with a meaning to explain, and the words for it. */
const SYMBOLS: Record<string, MessageKey> = {
  "no-data-hatch": "legendNoData",
  "small-sample-hatch": "legendSmallSample",
  "outside-hatch": "legendOutside",
  "county-border": "legendCountyBorder",
  "county-outline": "legendCountyBorder",
  "employment-area-border": "legendAreaBorder",
  "crossing-border": "legendCrossingBorder",
  highlight: "legendHighlight",
};

export interface LegendInput {
  /** For the population edition an aggregate is weighted by. */
  data: AppData;
  lang: Lang;
  dataset: Dataset;
  choropleth: Choropleth;
  /** The scene's layers: the legend explains the symbols drawn, and only those. */
  layers: readonly SceneLayer[];
}

export function legendModel(input: LegendInput): LegendModel {
  const { lang, dataset, choropleth: c } = input;
  const meta = dataset.survey;
  const aggregatedRule = dataset.imported?.rule(c.metric.id) ?? null;
  const isScore = meta !== null && c.metric.kind === "mean";
  const digits = c.metric.digits;
  const first = c.scale.domain[0] ?? 0;
  const last = c.scale.domain[c.scale.domain.length - 1] ?? 1;
  const offset = (v: number) => (v - first) / (last - first || 1);
  const reference = referenceLines(dataset, c, lang).join(" · ");
  const symbols = input.layers.flatMap((layer): LegendSymbol[] => {
    const key = SYMBOLS[layer.id];
    if (!key) return [];
    if (layer.id === "no-data-hatch" && !(layer.kind === "pattern" && layer.codes?.length))
      return [];
    if (layer.id === "small-sample-hatch" && !(layer.kind === "pattern" && layer.codes?.length))
      return [];
    const label =
      layer.id === "small-sample-hatch" && dataset.imported
        ? t(lang, "partialLegend")
        : t(lang, key, { n: dataset.smallSampleMin ?? 0 });
    if (layer.kind === "pattern")
      return [
        {
          layer: layer.id,
          label,
          kind: "pattern",
          color:
            layer.id === "no-data-hatch"
              ? COLORS.noData
              : layer.id === "outside-hatch"
                ? COLORS.outside
                : "transparent",
          pattern: layer.pattern,
        },
      ];
    if (layer.kind === "line")
      return [
        {
          layer: layer.id,
          label,
          kind: "line",
          color: layer.color,
          ...(layer.dash ? { dash: layer.dash } : {}),
        },
      ];
    return [];
  });
  const classes =
    c.scale.classes?.map((k) => ({
      color: k.color,
      count: k.count,
      label: t(lang, "legendClasses", {
        from: formatNumber(k.from, lang, digits),
        to: formatNumber(k.to, lang, digits),
        n: k.count,
      }),
    })) ?? null;
  return {
    title: c.metric.unit ? `${c.metric.label[lang]} (${c.metric.unit})` : c.metric.label[lang],
    classes,
    scale: !meta
      ? [
          `${t(lang, "importSource", { name: dataset.name })} (${LEVELS[dataset.level].words.by[lang]}${dataset.imported?.period ? `, ${dataset.imported.period}` : ""})`,
          aggregatedRule
            ? t(lang, dataset.imported?.table.source ? "aggregatedTypeNote" : "aggregatedNote", {
                rule: t(lang, aggregatedRule === "sum" ? "ruleSum" : "ruleMean"),
                date: populationDate(input.data.atlas, lang),
                what: dataset.imported?.table.source
                  ? REGION_TYPES[dataset.imported.table.source.type].words.many[lang]
                  : "",
              })
            : "",
        ]
          .filter(Boolean)
          .join(" ")
      : isScore
        ? t(lang, "legendScale", {
            min: meta.scale.min,
            max: meta.scale.max,
            low: meta.scale.low[lang],
            high: meta.scale.high[lang],
          })
        : t(lang, "legendCount"),
    ramp: {
      stops: c.scale.stops.map((s) => ({ offset: offset(s.value), color: s.color })),
      min: formatNumber(first, lang, digits),
      max: formatNumber(last, lang, digits),
      reference: c.national === null ? null : offset(c.national),
    },
    note: c.scale.scheme === "diverging" ? t(lang, "legendDiverging") : null,
    reference,
    n:
      isScore && c.metric.n !== null
        ? [
            t(lang, "legendQuestionN", { n: formatNumber(c.metric.n, lang, 0) }),
            t(lang, "legendCountyN"),
          ]
        : [],
    symbols,
  };
}

/** The stripes of a pattern as a CSS background, for legend swatches. */
export function patternCss(p: Pattern): string {
  const [r, g, b, a] = p.rgba;
  const ink = `rgba(${r}, ${g}, ${b}, ${a})`;
  return p.direction === "diagonal"
    ? `repeating-linear-gradient(-45deg, ${ink} 0 ${p.width}px, transparent ${p.width}px ${p.spacing * 0.75}px)`
    : `repeating-linear-gradient(180deg, ${ink} 0 ${p.width}px, transparent ${p.width}px ${p.spacing}px)`;
}
