// Everything the map, legend and tooltip need to shade counties by one metric.
import { rankDescending } from "../analysis/rank.ts";
import type { MetricId } from "../data/metrics.ts";
import type { Survey } from "../data/survey.ts";
import { type ColorScale, colorScale, type Scheme } from "./colorScale.ts";

export interface Choropleth {
  metric: MetricId;
  values: Map<string, number | null>;
  colors: Map<string, string>;
  scale: ColorScale;
  /** The national figure: the all-respondents row, for `respondents` the mean per county. */
  national: number | null;
  rank: Map<string, number>;
  rankOf: number;
  /** Counties with fewer respondents than the survey's small-sample limit. */
  smallSample: string[];
}

/**
 * Values, colours and ranks of every county for one metric. For the nine scores
 * the diverging scheme centres on the all-respondents row; for `respondents`,
 * whose all-respondents figure is a total, on the mean per county.
 */
export function choropleth(survey: Survey, metric: MetricId, scheme: Scheme): Choropleth {
  const values = new Map([...survey.byCounty].map(([code, v]) => [code, v[metric]]));
  const present = [...values.values()].filter((v): v is number => v !== null);
  const national =
    metric === "respondents"
      ? present.length
        ? present.reduce((a, b) => a + b, 0) / present.length
        : null
      : survey.national[metric];
  const scale = colorScale([...values.values()], scheme, national);
  const { rank, of } = rankDescending(values);
  const smallSample = [...survey.byCounty]
    .filter(([, v]) => v.respondents !== null && v.respondents < survey.meta.smallSample)
    .map(([code]) => code)
    .sort();
  return {
    metric,
    values,
    colors: new Map([...values].map(([code, v]) => [code, scale.color(v)])),
    scale,
    national,
    rank,
    rankOf: of,
    smallSample,
  };
}
