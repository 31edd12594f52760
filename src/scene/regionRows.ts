// A row per region of the shown level: the one table every output (labels, tooltip, chart,
// table, CSV, description, exports) reads its names, values, ranks and flags from.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Coverage } from "../data/importedDataset.ts";
import type { LevelId } from "../data/levels.ts";
import { compareNames } from "../i18n/collate.ts";
import type { Lang } from "../i18n/language.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import {
  coverageLine,
  rankLine,
  referenceLines,
  regionLines,
  valueText,
  valueWithN,
} from "./regionText.ts";

/** Why a region has no rank: too few respondents for a mean score, or no value. */
export type Unranked = "smallSample" | "noValue";

export interface RegionRow {
  level: LevelId;
  code: string;
  /** Full name ("Pohjois-Savon hyvinvointialue") and short name ("Pohjois-Savo") in the language. */
  name: string;
  short: string;
  /** The shown metric's value; null where the data has none. */
  value: number | null;
  /** The value as the interface writes it: "3,5", "ei tietoa"; with "*" for a small sample in `mark`. */
  valueText: string;
  /** The value with the region's N where it has one: "2,5 (N = 26)". */
  valueWithN: string;
  /** "*" after a value that needs caution (few respondents, a partial aggregate), else "". */
  mark: string;
  /** Rank among the ranked regions, highest first; null when unranked. */
  rank: number | null;
  /** Why it has no rank, or null. */
  unranked: Unranked | null;
  /** Its standing in words ("Sija 3/18 …", "Ei sijoitusta: …"), or null. */
  rankText: string | null;
  /** Respondents (the survey's N), or null where unknown. */
  n: number | null;
  /** An aggregate's coverage, and its words; null for values shown as given. */
  coverage: Coverage | null;
  coverageText: string | null;
  /** The fill colour on the map. */
  color: string;
  smallSample: boolean;
  /** An aggregate some member municipality lacks a value for. */
  partial: boolean;
  noData: boolean;
  selected: boolean;
  /** Where its label goes, [longitude, latitude]: a point inside the region. */
  anchor: [number, number];
  /** The lines a tooltip shows under the value: the reference, the standing, cautions. */
  lines: string[];
}

export interface RowsInput {
  data: AppData;
  dataset: Dataset;
  choropleth: Choropleth;
  lang: Lang;
  /** The selected region of the shown level, or null. */
  selected: string | null;
}

/**
 * Every region of the dataset's level, in code order, with the shown metric's
 * value, its text, colour, rank (or why it has none) and flags. A region of
 * the level that the atlas lacks is left out.
 */
export function regionRows(input: RowsInput): RegionRow[] {
  const { data, dataset, choropleth: c, lang } = input;
  const regions = data.regions[dataset.level];
  const partial = new Set(dataset.imported?.partial ?? []);
  const small = new Set(dataset.imported ? [] : c.smallSample);
  const unranked = new Set(c.unranked);
  // The reference is the same for every region: worded once.
  const reference = referenceLines(dataset, c, lang);
  return dataset.codes.flatMap((code): RegionRow[] => {
    const region = regions.get(code);
    if (!region) return [];
    const value = c.values.get(code) ?? null;
    const rank = c.rank.get(code) ?? null;
    const why: Unranked | null = unranked.has(code)
      ? "smallSample"
      : value === null
        ? "noValue"
        : null;
    const caution = small.has(code) || partial.has(code);
    return [
      {
        level: dataset.level,
        code,
        name: region.name[lang],
        short: region.short[lang],
        value,
        valueText: valueText(c, code, lang),
        valueWithN: valueWithN(dataset, c, code, lang),
        mark: caution && value !== null ? "*" : "",
        rank,
        unranked: why,
        rankText: rankLine(dataset, c, code, lang),
        n: dataset.respondents(code),
        coverage: dataset.imported?.coverage(code, c.metric.id) ?? null,
        coverageText: coverageLine(dataset, c, code, lang),
        color: c.colors.get(code) ?? "",
        smallSample: small.has(code),
        partial: partial.has(code),
        noData: value === null,
        selected: input.selected === code,
        anchor: region.label,
        lines: regionLines(dataset, c, code, lang, reference),
      },
    ];
  });
}

/**
 * The rows in ranked order for a chart: ranked regions by value, highest
 * first (ties by name); then the unranked with a value (few respondents), by
 * value; then those without a value, by name.
 */
export function rankedRows(rows: readonly RegionRow[], lang: Lang): RegionRow[] {
  const group = (r: RegionRow) => (r.rank !== null ? 0 : r.value !== null ? 1 : 2);
  return [...rows].sort(
    (a, b) =>
      group(a) - group(b) ||
      (b.value ?? 0) - (a.value ?? 0) ||
      compareNames(a.short, b.short, lang),
  );
}
