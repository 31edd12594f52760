// The store's state as every output shows it: the view (dataset, scale, rows, legend, words, scene), made once per change.
import type { AppData } from "../appData.ts";
import { type Dataset, surveyDataset } from "../data/dataset.ts";
import { importedDataset } from "../data/importedDataset.ts";
import type { ImportedTable } from "../data/importedTable.ts";
import type { Survey } from "../data/survey.ts";
import { type Choropleth, type ColorRange, choropleth } from "../scales/choropleth.ts";
import { placeWithin } from "../search/placeRef.ts";
import type { Authoring } from "../state/authoring.ts";
import type { AppState, Store } from "../state/store.ts";
import { type Selection, type View, viewOf } from "./view.ts";

/**
 * The view of the store's current state: the imported table while `data` is
 * "local", else the loaded survey edition. The choropleth is rebuilt only when
 * the dataset, metric, scheme or colour range changes; the view on every
 * `refresh` (it also follows language, overlay and selection).
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
    const key = [table, s.period, s.level, JSON.stringify(s.rules), JSON.stringify(s.dims)];
    if (imported?.key.every((k, i) => k === key[i])) return imported.dataset;
    const dataset = importedDataset(
      table,
      { period: s.period, level: s.level, rules: s.rules, dims: s.dims },
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
  /** The colours' range: the state's, else a survey's answer scale when presenting. */
  const rangeOf = (s: AppState): ColorRange => s.range ?? (s.present ? "scale" : "data");
  const shadeKey = (s: AppState, d: Dataset) =>
    [
      d,
      s.metric,
      s.scheme,
      rangeOf(s),
      s.author.palette,
      s.author.classing,
      s.author.decimals,
      s.author.unit,
    ] as const;
  const shadeOf = (s: AppState, d: Dataset) =>
    styled(
      choropleth(d, s.metric, s.scheme, rangeOf(s), {
        palette: s.author.palette,
        classing: s.author.classing,
      }),
      s.author,
    );
  let shadedFor = shadeKey(store.get(), dataset());
  let shade: Choropleth = shadeOf(store.get(), dataset());
  // The place found by search, with the regions it lies within, as the scene outlines it.
  const place = (s: AppState) =>
    s.place ? { ...s.place, within: placeWithin(data.atlas, s.place) } : null;
  const make = (): View => {
    const s = store.get();
    const d = dataset();
    const key = shadeKey(s, d);
    if (key.some((k, i) => k !== shadedFor[i])) {
      shade = shadeOf(s, d);
      shadedFor = key;
    }
    return viewOf({
      data,
      dataset: d,
      choropleth: shade,
      lang: s.lang,
      overlay: s.areas,
      selected: selectionOf(s),
      present: s.present,
      place: place(s),
      author: s.author,
    });
  };
  let view = make();
  return {
    dataset,
    /** The view of the state as last refreshed: every output draws it. */
    view: () => view,
    /** @deprecated the view: what panels, tooltips and exports need. */
    context: () => view,
    scene: () => view.scene,
    /** Makes the view (and the choropleth, if its inputs changed) for the state now. */
    refresh(): View {
      view = make();
      return view;
    },
  };
}

export type CurrentView = ReturnType<typeof currentView>;

/** The choropleth with the author's decimals and unit on its metric (every figure is written with them). */
function styled(c: Choropleth, author: Authoring): Choropleth {
  if (author.decimals === null && !author.unit) return c;
  return {
    ...c,
    metric: {
      ...c.metric,
      digits: author.decimals ?? c.metric.digits,
      ...(author.unit ? { unit: author.unit } : {}),
    },
  };
}

/** The state's one selected region: a region of any level, else the county, else the employment area. */
export function selectionOf(s: AppState): Selection | null {
  if (s.region) return s.region;
  if (s.county) return { level: "county", code: s.county };
  if (s.area) return { level: "employmentArea", code: s.area };
  return null;
}
