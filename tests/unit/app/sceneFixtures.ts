// A real scene for tests: the committed atlas and survey, drawn in a 1280 × 800 map.
import { readFileSync } from "node:fs";
import { type AppData, appData } from "../../../src/appData.ts";
import { type Dataset, surveyDataset } from "../../../src/data/dataset.ts";
import { parseSurvey, type Survey } from "../../../src/data/survey.ts";
import { validateSurveyMeta } from "../../../src/data/surveyMeta.ts";
import type { Lang } from "../../../src/i18n/language.ts";
import { mapGeometry } from "../../../src/map/geometry.ts";
import { FINLAND_BOUNDS, fitPadding } from "../../../src/map/mapView.ts";
import { fitBounds } from "../../../src/map/mercator.ts";
import { type ColorRange, choropleth } from "../../../src/scales/choropleth.ts";
import { type View, viewOf } from "../../../src/scene/view.ts";
import { realAtlas } from "./fixtures.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

let cached: AppData | null = null;
/** The app's data joined from the committed files (once per test file). */
export function realData(): AppData {
  if (cached) return cached;
  cached = appData(realAtlas(), { default: "kuntaliitto-2026", editions: ["kuntaliitto-2026"] });
  return cached;
}

/** The committed survey edition, parsed. */
export function realSurveyEdition(): Survey {
  return parseSurvey(
    read("public/data/survey/kuntaliitto-2026.csv"),
    validateSurveyMeta(JSON.parse(read("public/data/survey/kuntaliitto-2026.meta.json"))),
    realData().atlas.regions.county,
  );
}

export function realSurvey(data = realData()): Dataset {
  return surveyDataset(
    realSurveyEdition(),
    data.atlas.regions.county.map((c) => c.code),
  );
}

export interface RealViewOptions {
  dataset?: Dataset;
  metric?: string;
  lang?: Lang;
  overlay?: boolean;
  /** A selected county. */
  county?: string | null;
  present?: boolean;
  range?: ColorRange;
}

/** The view of the survey (or another dataset) with the given choices. */
export function realView(options: RealViewOptions = {}): View {
  const data = realData();
  const dataset = options.dataset ?? realSurvey(data);
  const c = choropleth(
    dataset,
    options.metric ?? dataset.metrics[0]?.id ?? "",
    "sequential",
    options.range ?? "data",
  );
  return viewOf({
    data,
    dataset,
    choropleth: c,
    lang: options.lang ?? "fi",
    overlay: options.overlay ?? true,
    selected: options.county ? { level: "county", code: options.county } : null,
    present: options.present ?? false,
  });
}

/** The scene of that view. */
export const realScene = (options: RealViewOptions = {}) => realView(options).scene;

export function realGeometry() {
  const data = realData();
  return mapGeometry(data.atlas.topology, new Set(data.crossings.map((c) => c.employmentArea)));
}

export const realViewport = () => fitBounds(FINLAND_BOUNDS, 1280, 800, fitPadding(1280));
