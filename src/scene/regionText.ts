// Sentences about one region, shared by tooltip, details, labels and exports.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { compareNames } from "../i18n/collate.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { listOf } from "../i18n/plural.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { populationDate } from "./sourceText.ts";

/** "3,5" for a score, "18" for a count (the metric's decimals, its unit after), "ei tietoa" where there is no value. */
export function valueText(c: Choropleth, code: string, lang: Lang): string {
  const value = c.values.get(code) ?? null;
  if (value === null) return t(lang, "noData");
  const text = formatNumber(value, lang, c.metric.digits);
  return c.metric.unit ? `${text} ${c.metric.unit}` : text;
}

/**
 * The reference value's name: the survey's all-respondents row; for an imported
 * table, its whole-country row, the whole country computed from municipalities,
 * or the mean of its regions.
 */
export function nationalLabel(dataset: Dataset, lang: Lang, metric?: string): string {
  if (dataset.kind === "survey") return t(lang, "national");
  const source = dataset.imported?.reference(metric ?? dataset.metrics[0]?.id ?? "").source;
  return source === "file"
    ? t(lang, "refFile")
    : source === "municipalities"
      ? t(lang, dataset.imported?.table.source ? "refRows" : "refMunicipalities")
      : t(lang, "importMean");
}

/**
 * The reference, worded by the metric's kind: a mean score's all-respondents
 * figure with its N ("Kaikki vastaajat: 2,7 (N = 465)"); a count's national
 * total and mean per region; an imported value's mean of the regions.
 */
export function referenceLines(dataset: Dataset, c: Choropleth, lang: Lang): string[] {
  const digits = Math.max(1, c.metric.digits);
  const imported = dataset.imported;
  if (imported) {
    // An imported table's reference: its whole-country row, the sum or mean of all its
    // municipalities, or the mean of its regions; for a sum, also the mean per region.
    const ref = imported.reference(c.metric.id);
    const label = nationalLabel(dataset, lang, c.metric.id);
    const lines = [
      `${label}: ${formatNumber(ref.value, lang, ref.source === "regions" ? digits : c.metric.digits)}`,
    ];
    if (c.metric.kind === "count")
      lines.push(t(lang, "perRegionMean", { value: formatNumber(c.national, lang, 1) }));
    return lines;
  }
  switch (c.metric.kind) {
    case "mean":
      return [
        c.metric.n !== null
          ? t(lang, "nationalN", {
              value: formatNumber(c.national, lang, digits),
              n: formatNumber(c.metric.n, lang, 0),
            })
          : `${t(lang, "national")}: ${formatNumber(c.national, lang, digits)}`,
      ];
    case "count":
      return [
        t(lang, "nationalTotal", {
          value: formatNumber(dataset.summary(c.metric.id), lang, c.metric.digits),
        }),
        t(lang, "perRegionMean", { value: formatNumber(c.national, lang, 1) }),
      ];
    case "value":
      return [`${nationalLabel(dataset, lang)}: ${formatNumber(c.national, lang, digits)}`];
  }
}

/**
 * A region's standing: its rank, worded for a mean score as among the counties
 * with enough respondents; or why it has none.
 */
export function rankLine(dataset: Dataset, c: Choropleth, code: string, lang: Lang): string | null {
  const min = dataset.smallSampleMin ?? 0;
  if (c.unranked.includes(code)) return t(lang, "notRanked", { min });
  const rank = c.rank.get(code);
  if (rank === undefined) return null;
  return c.metric.kind === "mean" && dataset.kind === "survey"
    ? t(lang, "rankAmong", { rank, of: c.rankOf, min })
    : t(lang, "rank", { rank, of: c.rankOf });
}

/** The value with the region's N where the data has one: "2,5 (N = 26)". */
export function valueWithN(dataset: Dataset, c: Choropleth, code: string, lang: Lang): string {
  const value = valueText(c, code, lang);
  const n = dataset.respondents(code);
  return n === null || c.metric.kind === "count"
    ? value
    : t(lang, "valueN", { value, n: formatNumber(n, lang, 0) });
}

/** An aggregated region's coverage: "29/30 kunnasta, 99 % väestöstä", marked when partial. */
export function coverageLine(
  dataset: Dataset,
  c: Choropleth,
  code: string,
  lang: Lang,
): string | null {
  const coverage = dataset.imported?.coverage(code, c.metric.id);
  if (!coverage || coverage.count === 0) return null;
  const text = t(lang, "coverage", {
    count: coverage.count,
    of: coverage.of,
    share: formatShare(coverage.populationShare, lang),
  });
  return coverage.count < coverage.of ? t(lang, "partialValue", { coverage: text }) : text;
}

/**
 * The lines a tooltip shows for a shaded region: reference, standing, and a
 * small-sample caution. `reference` is `referenceLines` of the same view, when
 * the caller has it (the same for every region).
 */
export function regionLines(
  dataset: Dataset,
  c: Choropleth,
  code: string,
  lang: Lang,
  reference = referenceLines(dataset, c, lang),
): string[] {
  if (dataset.imported)
    return [
      ...reference,
      rankLine(dataset, c, code, lang),
      coverageLine(dataset, c, code, lang),
    ].filter((l): l is string => l !== null);
  const lines = [
    ...reference,
    rankLine(dataset, c, code, lang),
    c.smallSample.includes(code) && !c.unranked.includes(code) ? t(lang, "smallSample") : null,
  ];
  return lines.filter((l): l is string => l !== null);
}

/** A municipality's name in the language (Swedish where it has one, Finnish otherwise). */
export function municipalityName(data: AppData, code: string, lang: Lang): string {
  const m = data.municipalities.get(code);
  return m ? (lang === "sv" ? m.name.sv : m.name.fi) : code;
}

/**
 * The lines for an employment area: its counties (with its shares of land area
 * and population in each, when it crosses) and its municipalities.
 */
export function areaLines(data: AppData, code: string, lang: Lang): string[] {
  const span = data.spans.get(code);
  if (!span) return [];
  const countyName = (c: string) => data.regions.county.get(c)?.short[lang] ?? c;
  const counties = span.crosses
    ? span.parts.map(
        (p) =>
          `${countyName(p.county)} ${formatShare(p.landShare, lang)} / ${formatShare(p.populationShare, lang)}`,
      )
    : null;
  const countyList = counties ? listOf(lang, counties) : countyName(span.parts[0]?.county ?? "");
  const names = span.parts
    .flatMap((p) => p.municipalities)
    .map((m) => municipalityName(data, m, lang))
    .sort((a, b) => compareNames(a, b, lang));
  return [
    t(lang, "countiesList", { list: countyList }) +
      (span.crosses
        ? ` (${t(lang, "sharesOf", { date: populationDate(data.atlas, lang) })}; ${t(lang, "crosses")})`
        : ""),
    t(lang, "municipalitiesList", { list: listOf(lang, names) }),
  ];
}
