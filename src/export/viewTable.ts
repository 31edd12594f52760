// The rows behind the current view: one per region, every metric; then the reference row.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { LevelId } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";

/** The region column's name in an export, by level (stable, for scripts reading the file). */
const LEVEL_COLUMN: Record<LevelId, string> = {
  county: "county",
  employmentArea: "employment_area",
  municipality: "municipality",
  maakunta: "region",
  outside: "outside",
};

/**
 * Header and rows for export: code, name in the language, each metric (by id),
 * and for county data the number of employment areas; last, the reference row
 * (the survey's all respondents, or an imported table's mean).
 */
export function viewRows(data: AppData, dataset: Dataset, lang: Lang, referenceName: string) {
  const byCounty = dataset.level === "county";
  const regions = data.regions[dataset.level];
  const ids = dataset.metrics.map((m) => m.id);
  const header = [
    "code",
    LEVEL_COLUMN[dataset.level],
    ...(dataset.kind === "survey" ? ids : dataset.metrics.map((m) => m.label.fi)),
    ...(byCounty ? ["employment_areas"] : []),
  ];
  const rows = dataset.codes.map((code) => [
    code,
    regions.get(code)?.name[lang] ?? code,
    ...ids.map((id) => dataset.value(code, id)),
    ...(byCounty ? [(data.areasByCounty.get(code) ?? []).length] : []),
  ]);
  const reference = [
    "",
    referenceName,
    ...ids.map((id) => dataset.summary(id)),
    ...(byCounty ? [data.atlas.regions.employmentArea.length] : []),
  ];
  return { header, rows: [...rows, reference] };
}
