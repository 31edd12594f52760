// Everything the map, legend and tooltip need to shade regions by one metric of a dataset.
import { rankDescending } from "../analysis/rank.ts";
import type { Dataset, DatasetMetric } from "../data/dataset.ts";
import { type ColorScale, colorScale, type ScaleStyle, type Scheme } from "./colorScale.ts";

export interface Choropleth {
  metric: DatasetMetric;
  /** Values by region code, for every region of the dataset's level. */
  values: Map<string, number | null>;
  colors: Map<string, string>;
  scale: ColorScale;
  /** The reference value (see Dataset.national). */
  national: number | null;
  /** Ranks, highest first, of the regions that are ranked (see `unranked`). */
  rank: Map<string, number>;
  rankOf: number;
  /** Regions flagged for few respondents: hatched, and for a mean score, not ranked. */
  smallSample: string[];
  /** Regions left out of the ranking: the small-sample ones, on a mean score. */
  unranked: string[];
}

/**
 * What the colours span: the shown values' own range, or a survey's answer
 * scale (for its mean scores; other metrics keep their own range).
 */
export type ColorRange = "data" | "scale";
export const COLOR_RANGES: readonly ColorRange[] = ["data", "scale"];

/**
 * Values, colours and ranks of every region for one metric. The diverging
 * scheme centres on the dataset's reference value. A mean score is ranked only
 * among regions with enough respondents: a mean of one or two answers is no
 * standing. An unknown or empty metric id means the dataset's first metric.
 * `style` is the author's palette and classes (see colorScale).
 */
export function choropleth(
  dataset: Dataset,
  metricId: string,
  scheme: Scheme,
  range: ColorRange = "data",
  style?: ScaleStyle,
): Choropleth {
  const metric = dataset.metrics.find((m) => m.id === metricId) ?? dataset.metrics[0];
  if (!metric) throw new Error("the dataset has no metrics");
  const values = new Map(dataset.codes.map((code) => [code, dataset.value(code, metric.id)]));
  const national = dataset.national(metric.id);
  const answers = dataset.survey?.scale;
  // A survey's mean score on its answer scale (1–5): the same colour is the same score on every question.
  const extent: [number, number] | null =
    range === "scale" && answers && metric.kind === "mean" ? [answers.min, answers.max] : null;
  const scale = colorScale([...values.values()], scheme, national, extent, style);
  const unranked = metric.kind === "mean" ? dataset.smallSample : [];
  const { rank, of } = rankDescending(
    new Map([...values].filter(([code]) => !unranked.includes(code))),
  );
  return {
    metric,
    values,
    colors: new Map([...values].map(([code, v]) => [code, scale.color(v)])),
    scale,
    national,
    rank,
    rankOf: of,
    smallSample: dataset.smallSample,
    unranked,
  };
}
