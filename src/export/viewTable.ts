// The rows behind the current view: one per county, every metric, N and employment areas.
import type { AppData } from "../appData.ts";
import { METRIC_IDS } from "../data/metrics.ts";
import type { Lang } from "../i18n/language.ts";

/** Header and rows for export: code, name in the language, the ten metrics, employment areas; then the national row. */
export function viewRows(data: AppData, lang: Lang) {
  const header = ["code", "county", ...METRIC_IDS, "employment_areas"];
  const rows = data.atlas.counties.map((c) => {
    const v = data.survey.byCounty.get(c.code);
    return [
      c.code,
      c.name[lang],
      ...METRIC_IDS.map((id) => v?.[id] ?? null),
      (data.areasByCounty.get(c.code) ?? []).length,
    ];
  });
  const national = [
    "",
    data.survey.meta.nationalRow,
    ...METRIC_IDS.map((id) => data.survey.national[id]),
    data.atlas.employmentAreas.length,
  ];
  return { header, rows: [...rows, national] };
}
