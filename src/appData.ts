// The data of one session, joined once: atlas, survey, crossings and lookups by code.
import {
  type EmploymentAreaSpan,
  employmentAreaSpans,
  employmentAreasByCounty,
} from "./analysis/crossings.ts";
import type { Atlas, Municipality, Region } from "./data/atlas.ts";
import type { Survey } from "./data/survey.ts";

export interface AppData {
  atlas: Atlas;
  survey: Survey;
  counties: Map<string, Region>;
  areas: Map<string, Region>;
  municipalities: Map<string, Municipality>;
  spans: Map<string, EmploymentAreaSpan>;
  crossings: EmploymentAreaSpan[];
  areasByCounty: Map<string, string[]>;
  /** County code of the region outside both reforms (Åland), from its municipalities. */
  outsideCounties: Set<string>;
}

/**
 * Joins the atlas and survey. Municipalities whose county is not one of the
 * atlas's counties are outside both reforms (Åland) and are left out of the
 * crossing analysis.
 */
export function appData(atlas: Atlas, survey: Survey): AppData {
  const counties = new Map(atlas.counties.map((c) => [c.code, c]));
  const outsideCounties = new Set(
    atlas.municipalities.map((m) => m.county).filter((c) => !counties.has(c)),
  );
  // Measured as User Timing "crossings" so the benchmark (or any tool) can read it.
  performance.mark("crossings-start");
  const spanList = employmentAreaSpans(atlas.municipalities, outsideCounties);
  performance.measure("crossings", "crossings-start");
  return {
    atlas,
    survey,
    counties,
    areas: new Map(atlas.employmentAreas.map((a) => [a.code, a])),
    municipalities: new Map(atlas.municipalities.map((m) => [m.code, m])),
    spans: new Map(spanList.map((s) => [s.employmentArea, s])),
    crossings: spanList.filter((s) => s.crosses),
    areasByCounty: employmentAreasByCounty(spanList),
    outsideCounties,
  };
}
