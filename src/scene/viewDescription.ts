// The current view in words, for those who cannot see the map: under the map for screen readers,
// and the alt text the embed dialog offers.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { listOf, tn } from "../i18n/plural.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import type { RegionRow } from "./regionRows.ts";
import { referenceLines } from "./regionText.ts";

/**
 * "Metric, by county: highest X (4,0), lowest Y (1,8). National: 2,7 (N = 465).
 * 5 employment areas cross county borders: …". Highest and lowest are among the
 * ranked regions (a small-sample county is not ranked), read from the view's
 * rows in ranked order; regions sharing a rank are all named. Without ranked values,
 * only the reference.
 */
export function viewDescription(
  data: AppData,
  dataset: Dataset,
  c: Choropleth,
  lang: Lang,
  ranked: readonly RegionRow[],
): string {
  const withRank = ranked.filter((r) => r.rank !== null);
  const high = withRank[0];
  const low = withRank[withRank.length - 1];
  // Regions that share the highest or the lowest rank are all named: a tie is no standing of one.
  const names = (rank: number | null | undefined) =>
    listOf(
      lang,
      withRank.filter((r) => r.rank === rank).map((r) => r.short),
    );
  const reference = referenceLines(dataset, c, lang).join("; ");
  const head =
    high !== undefined && low !== undefined
      ? t(lang, "describeHighLow", {
          metric: c.metric.label[lang],
          level: LEVELS[dataset.level].words.by[lang],
          high: names(high.rank),
          highValue: high.valueText,
          low: names(low.rank),
          lowValue: low.valueText,
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
