// The ranked chart beside the map, as data: every region of the shown level by value, with the
// reference line. The HTML chart and the exports draw this one model.
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import type { RegionRow } from "./regionRows.ts";
import { nationalLabel } from "./regionText.ts";

export interface ChartRow {
  code: string;
  /** The region's short name. */
  name: string;
  /** "3,5", "2,4*" or "ei tietoa". */
  valueText: string;
  /** "1.", "2."…, or "–" for an unranked region. */
  rankText: string;
  color: string;
  /** Where the bar starts and ends along the axis, 0–1; equal for no value. */
  start: number;
  end: number;
  unranked: boolean;
  noData: boolean;
  selected: boolean;
}

export interface ChartModel {
  /** "Säännölliset tapaamiset hyvinvointialueittain". */
  title: string;
  /** The axis: [start, end] in the metric's units, with its ends written. */
  domain: [number, number];
  domainText: [string, string];
  /** The reference line (the national figure), where there is one inside the axis. */
  reference: { position: number; text: string } | null;
  rows: ChartRow[];
  /** What the marks mean: unranked regions, partial aggregates. */
  notes: string[];
}

export interface ChartInput {
  dataset: Dataset;
  choropleth: Choropleth;
  lang: Lang;
  /** The view's rows in ranked order. */
  ranked: readonly RegionRow[];
}

/**
 * The axis of the bars: a survey's mean scores on their answer scale (1–5),
 * so bars compare across questions; other values from zero (or their minimum
 * below it) to their maximum. Never empty.
 */
function axis(input: ChartInput): [number, number] {
  const answers = input.dataset.survey?.scale;
  if (answers && input.choropleth.metric.kind === "mean") return [answers.min, answers.max];
  const values = input.ranked.flatMap((r) => (r.value === null ? [] : [r.value]));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

export function chartModel(input: ChartInput): ChartModel {
  const { dataset, choropleth: c, lang } = input;
  const [lo, hi] = axis(input);
  const at = (v: number) => Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
  // Bars grow from the axis's zero where it has one, else from its start.
  const base = at(lo <= 0 && hi >= 0 ? 0 : lo);
  const rows = input.ranked.map((r): ChartRow => {
    const end = r.value === null ? base : at(r.value);
    return {
      code: r.code,
      name: r.short,
      valueText: r.value === null ? r.valueText : `${r.valueText}${r.mark}`,
      rankText: r.rank === null ? "–" : `${r.rank}.`,
      color: r.color,
      start: Math.min(base, end),
      end: Math.max(base, end),
      unranked: r.rank === null,
      noData: r.noData,
      selected: r.selected,
    };
  });
  const national = c.national;
  const reference =
    national !== null && national >= lo && national <= hi
      ? {
          position: at(national),
          text: `${nationalLabel(dataset, lang, c.metric.id)} ${formatNumber(national, lang, Math.max(1, c.metric.digits))}`,
        }
      : null;
  const notes = [
    input.ranked.some((r) => r.smallSample)
      ? t(lang, "tableNotRanked", { min: dataset.smallSampleMin ?? 0 })
      : null,
    input.ranked.some((r) => r.partial) ? `* ${t(lang, "partialLegend")}` : null,
  ].filter((n): n is string => n !== null);
  return {
    title: `${c.metric.label[lang]} ${LEVELS[dataset.level].words.by[lang]}`,
    domain: [lo, hi],
    domainText: [formatNumber(lo, lang, c.metric.digits), formatNumber(hi, lang, c.metric.digits)],
    reference,
    rows,
    notes,
  };
}
