// From a user's table text to a dataset the map can show, or the issues that prevent it.
import type { Atlas } from "../data/atlas.ts";
import { type Dataset, type ImportedTable, importedDataset } from "../data/dataset.ts";
import { type ImportIssue, importTable } from "./importTable.ts";

export type DatasetResult =
  | { ok: true; dataset: Dataset; table: ImportedTable }
  | { ok: false; issues: ImportIssue[] };

export function datasetFromText(text: string, name: string, atlas: Atlas): DatasetResult {
  const result = importTable(text, {
    counties: atlas.regions.county,
    areas: atlas.regions.employmentArea,
  });
  if (!result.ok) return result;
  const codes = atlas.regions[result.table.level].map((r) => r.code);
  return { ok: true, dataset: importedDataset(result.table, name, codes), table: result.table };
}
