// Sentences about one region, shared by tooltip, details, labels and exports.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Choropleth } from "../scales/choropleth.ts";

/** "3,5" for a score, "18" for a count (the metric's decimals), "ei tietoa" where there is no value. */
export function valueText(c: Choropleth, code: string, lang: Lang): string {
  const value = c.values.get(code) ?? null;
  if (value === null) return t(lang, "noData");
  return formatNumber(value, lang, c.metric.digits);
}

/** The reference value's name: the survey's all-respondents row, or the mean of an imported table's regions. */
export function nationalLabel(dataset: Dataset, lang: Lang): string {
  return dataset.kind === "survey" ? t(lang, "national") : t(lang, "importMean");
}

/** The lines a tooltip shows for a shaded region: reference value, rank, and for the survey respondents. */
export function regionLines(dataset: Dataset, c: Choropleth, code: string, lang: Lang): string[] {
  const rank = c.rank.get(code);
  const lines = [
    `${nationalLabel(dataset, lang)}: ${formatNumber(c.national, lang, Math.max(1, c.metric.digits))}`,
    rank !== undefined ? t(lang, "rank", { rank, of: c.rankOf }) : null,
    dataset.kind === "survey"
      ? t(lang, "respondents", { n: formatNumber(dataset.respondents(code), lang, 0) })
      : null,
    c.smallSample.includes(code) ? t(lang, "smallSample") : null,
  ];
  return lines.filter((l): l is string => l !== null);
}

/** A municipality's name in the language (Swedish where it has one, Finnish otherwise). */
export function municipalityName(data: AppData, code: string, lang: Lang): string {
  const m = data.municipalities.get(code);
  return m ? (lang === "sv" ? m.name.sv : m.name.fi) : code;
}

/** The lines for an employment area: its counties (with land shares when it crosses) and municipalities. */
export function areaLines(data: AppData, code: string, lang: Lang): string[] {
  const span = data.spans.get(code);
  if (!span) return [];
  const countyName = (c: string) => data.regions.county.get(c)?.short[lang] ?? c;
  const counties = span.crosses
    ? span.parts.map((p) => `${countyName(p.county)} ${formatShare(p.landShare, lang)}`).join(", ")
    : countyName(span.parts[0]?.county ?? "");
  const names = span.parts
    .flatMap((p) => p.municipalities)
    .map((m) => municipalityName(data, m, lang))
    .sort((a, b) => a.localeCompare(b, lang));
  return [
    t(lang, "countiesList", { list: counties }) +
      (span.crosses ? ` (${t(lang, "landShareOf")}; ${t(lang, "crosses")})` : ""),
    t(lang, "municipalitiesList", { list: names.join(", ") }),
  ];
}
