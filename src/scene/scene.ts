// View state → scene: everything the map draws, as data. Pure: no DOM, no MapLibre.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { LEVELS, type LevelId } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { type LayerChoices, type PlaceHighlight, type SceneLayer, sceneLayers } from "./layers.ts";
import type { RegionRow } from "./regionRows.ts";
import { type SceneLabel, sceneLabels } from "./sceneLabels.ts";
import type { Selection } from "./view.ts";

/** The capital-region inset: a magnified box of the smallest counties, drawn from the same scene. */
export interface SceneInset {
  /** Its caption: the region's name ("Uusimaa"). */
  title: string;
  bounds: [[number, number], [number, number]];
}

export interface Scene extends LayerChoices {
  inset: SceneInset | null;
  /** Colour of every shaded region by code (the no-data grey where it has no value). */
  fills: ReadonlyMap<string, string>;
  /** The layers to draw, bottom to top, resolved from the layer table. */
  layers: SceneLayer[];
  /** Labels, in priority order of nothing: the label layer places them by `priority`. */
  labels: SceneLabel[];
}

export interface SceneInput {
  data: AppData;
  dataset: Dataset;
  choropleth: Choropleth;
  lang: Lang;
  /** The employment-area overlay. */
  overlay: boolean;
  /** The selected region, outlined. */
  selected: Selection | null;
  /** The author's highlighted regions, outlined; null for none. */
  highlight?: { level: LevelId; codes: readonly string[] } | null;
  /** The view's rows: the shaded regions' labels take their names and values from them. */
  rows: readonly RegionRow[];
  /** The place found by search, outlined with the regions it lies within; absent or null for none. */
  place?: PlaceHighlight | null;
}

/**
 * The scene for a view: the dataset's level is shaded with the choropleth's
 * colours; regions with no value get the no-data hatch, regions with few
 * respondents the small-sample hatch; the selected county is outlined.
 */
export function buildScene(input: SceneInput): Scene {
  const { dataset, choropleth: c } = input;
  const noData = dataset.codes.filter((code) => (c.values.get(code) ?? null) === null);
  const choices: LayerChoices = {
    shaded: dataset.level,
    noData,
    smallSample: c.smallSample,
    overlay: input.overlay,
    selected: input.selected,
    place: input.place ?? null,
    highlight: input.highlight ?? null,
  };
  const capital = input.data.capital;
  const inset =
    capital && LEVELS[dataset.level].label.inset
      ? {
          title: input.data.regions.maakunta.get(capital.maakunta)?.name[input.lang] ?? "",
          bounds: capital.bounds,
        }
      : null;
  return {
    ...choices,
    inset,
    fills: c.colors,
    layers: sceneLayers(choices),
    labels: sceneLabels(input, inset?.bounds ?? null),
  };
}
