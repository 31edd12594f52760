// The store's state as the map shows it: the dataset, its choropleth and the scene, made once per change.
import type { AppData } from "../appData.ts";
import { type Dataset, surveyDataset } from "../data/dataset.ts";
import { importedDataset } from "../data/importedDataset.ts";
import type { ImportedTable } from "../data/importedTable.ts";
import type { Survey } from "../data/survey.ts";
import { type Choropleth, choropleth } from "../scales/choropleth.ts";
import { placeWithin } from "../search/placeRef.ts";
import type { AppState, Store } from "../state/store.ts";
import { buildScene, type Scene } from "./scene.ts";

/**
 * The shown dataset, choropleth and scene of the store's current state: the
 * imported table while `data` is "local", else the loaded survey edition. The
 * choropleth is rebuilt only when the dataset, metric or scheme changes; the
 * scene on every `refresh` (it also follows language, overlay and selection).
 */
export function currentView(data: AppData, store: Store) {
  const counties = data.atlas.regions.county.map((c) => c.code);
  const surveys = new WeakMap<Survey, Dataset>();
  const surveyOf = (survey: Survey) => {
    const known = surveys.get(survey);
    if (known) return known;
    const made = surveyDataset(survey, counties);
    surveys.set(survey, made);
    return made;
  };
  // The imported table's dataset, made again only when the table or a choice about it changes.
  let imported: { key: unknown[]; dataset: Dataset } | null = null;
  const importedOf = (table: ImportedTable, s: AppState): Dataset => {
    const key = [table, s.period, s.level, JSON.stringify(s.rules)];
    if (imported?.key.every((k, i) => k === key[i])) return imported.dataset;
    const dataset = importedDataset(
      table,
      { period: s.period, level: s.level, rules: s.rules },
      {
        municipalities: data.atlas.municipalities,
        codes: (level) => data.atlas.regions[level].map((r) => r.code),
      },
    );
    imported = { key, dataset };
    return dataset;
  };
  const datasetOf = (s: AppState): Dataset => {
    if (s.data === "local" && s.imported) return importedOf(s.imported, s);
    if (!s.survey) throw new Error("no survey loaded");
    return surveyOf(s.survey);
  };
  const dataset = () => datasetOf(store.get());
  let shade: Choropleth = choropleth(dataset(), store.get().metric, store.get().scheme);
  let shadedFor: [Dataset, string, string] = [dataset(), store.get().metric, store.get().scheme];
  const context = () => {
    const s = store.get();
    return { data, dataset: dataset(), lang: s.lang, choropleth: shade, overlay: s.areas };
  };
  // The place found by search, with the regions it lies within, as the scene outlines it.
  const place = (s: AppState) =>
    s.place ? { ...s.place, within: placeWithin(data.atlas, s.place) } : null;
  let scene: Scene = buildScene({
    ...context(),
    county: store.get().county,
    place: place(store.get()),
  });
  return {
    dataset,
    /** What panels, tooltips and exports need: data, dataset, language, choropleth, overlay. */
    context,
    scene: () => scene,
    /** Makes the choropleth (if its inputs changed) and the scene for the state now. */
    refresh(): Scene {
      const s = store.get();
      const d = dataset();
      if (shadedFor[0] !== d || shadedFor[1] !== s.metric || shadedFor[2] !== s.scheme) {
        shade = choropleth(d, s.metric, s.scheme);
        shadedFor = [d, s.metric, s.scheme];
      }
      scene = buildScene({ ...context(), county: s.county, place: place(s) });
      return scene;
    },
  };
}

export type CurrentView = ReturnType<typeof currentView>;
