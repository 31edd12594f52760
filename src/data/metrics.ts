// The survey's metrics: stable ids used in URLs and files, in the table's order.

export const SCORE_METRICS = [
  "meetings",
  "county_contacts",
  "municipal_contacts",
  "planning",
  "shared_knowledge",
  "openness",
  "elected_officials",
  "decision_openness",
  "participation",
] as const;

export type ScoreMetric = (typeof SCORE_METRICS)[number];
/** The nine 1–5 scores and `respondents`, the number of answers by county. */
export type MetricId = ScoreMetric | "respondents";
export const METRIC_IDS: readonly MetricId[] = [...SCORE_METRICS, "respondents"];
export const DEFAULT_METRIC: MetricId = "meetings";

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === "string" && (METRIC_IDS as readonly string[]).includes(value);
}
