// The rows behind the current view: one per region, every metric; then the reference row.
import type { LevelId } from "../data/levels.ts";
import type { View } from "../scene/view.ts";

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
export function viewRows(view: View, referenceName: string) {
  const { data, dataset } = view;
  const byCounty = dataset.level === "county";
  const ids = dataset.metrics.map((m) => m.id);
  const header = [
    "code",
    LEVEL_COLUMN[dataset.level],
    ...(dataset.kind === "survey" ? ids : dataset.metrics.map((m) => m.label.fi)),
    ...(byCounty ? ["employment_areas"] : []),
  ];
  // A row per region of the view: its code and name as every output shows them.
  const rows = view.rows.map((row) => [
    row.code,
    row.name,
    ...ids.map((id) => dataset.value(row.code, id)),
    ...(byCounty ? [(data.areasByCounty.get(row.code) ?? []).length] : []),
  ]);
  const reference = [
    "",
    referenceName,
    ...ids.map((id) => dataset.summary(id)),
    ...(byCounty ? [data.atlas.regions.employmentArea.length] : []),
  ];
  return { header, rows: [...rows, reference] };
}
