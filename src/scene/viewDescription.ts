// The current view in words, for those who cannot see the map: under the map for screen readers,
// and the alt text the embed dialog offers.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { listOf, tn } from "../i18n/plural.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { referenceLines, valueText } from "./regionText.ts";

/**
 * "Metric, by county: highest X (4,0), lowest Y (1,8). National: 2,7 (N = 465).
 * 5 employment areas cross county borders: …". Highest and lowest are among the
 * ranked regions (a small-sample county is not ranked); ties name the first by
 * code. Without ranked values, only the reference.
 */
export function viewDescription(
  data: AppData,
  dataset: Dataset,
  c: Choropleth,
  lang: Lang,
): string {
  const regions = data.regions[dataset.level];
  const byRank = [...c.rank].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const high = byRank[0]?.[0];
  const lowest = byRank[byRank.length - 1]?.[1];
  const low = byRank.find(([, rank]) => rank === lowest)?.[0];
  const name = (code: string) => regions.get(code)?.short[lang] ?? code;
  const reference = referenceLines(dataset, c, lang).join("; ");
  const head =
    high !== undefined && low !== undefined
      ? t(lang, "describeHighLow", {
          metric: c.metric.label[lang],
          level: LEVELS[dataset.level].words.by[lang],
          high: name(high),
          highValue: valueText(c, high, lang),
          low: name(low),
          lowValue: valueText(c, low, lang),
          reference,
        })
      : `${c.metric.label[lang]}: ${reference}.`;
  const crossings = data.crossings.map(
    (span) =>
      data.regions.employmentArea.get(span.employmentArea)?.short[lang] ?? span.employmentArea,
  );
  return crossings.length
    ? `${head} ${tn(lang, "describeCrossings", crossings.length, { list: listOf(lang, crossings) })}`
    : head;
}
