// A real scene for tests: the committed atlas and survey, drawn in a 1280 × 800 map.
import { readFileSync } from "node:fs";
import { type AppData, appData } from "../../../src/appData.ts";
import { type Dataset, surveyDataset } from "../../../src/data/dataset.ts";
import { parseSurvey, type Survey } from "../../../src/data/survey.ts";
import { validateSurveyMeta } from "../../../src/data/surveyMeta.ts";
import { mapGeometry } from "../../../src/map/geometry.ts";
import { FINLAND_BOUNDS, fitPadding } from "../../../src/map/mapView.ts";
import { fitBounds } from "../../../src/map/mercator.ts";
import { choropleth } from "../../../src/scales/choropleth.ts";
import { buildScene, type SceneInput } from "../../../src/scene/scene.ts";
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

/** A scene of the survey (or another dataset) with the given choices. */
export function realScene(options: Partial<SceneInput> & { metric?: string } = {}) {
  const data = realData();
  const dataset = options.dataset ?? realSurvey(data);
  const c = choropleth(dataset, options.metric ?? dataset.metrics[0]?.id ?? "", "sequential");
  return buildScene({
    data,
    dataset,
    choropleth: c,
    lang: "fi",
    overlay: true,
    county: null,
    ...options,
  });
}

export function realGeometry() {
  const data = realData();
  return mapGeometry(data.atlas.topology, new Set(data.crossings.map((c) => c.employmentArea)));
}

export const realViewport = () => fitBounds(FINLAND_BOUNDS, 1280, 800, fitPadding(1280));
