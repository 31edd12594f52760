import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { surveyDataset } from "../../../src/data/dataset.ts";
import { parseSurvey } from "../../../src/data/survey.ts";
import { validateSurveyMeta } from "../../../src/data/surveyMeta.ts";
import { choropleth } from "../../../src/scales/choropleth.ts";
import { realAtlas } from "./fixtures.ts";
import { datasetOf, tableOf } from "./importedFixtures.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const atlas = realAtlas();
const parsed = parseSurvey(
  read("public/data/survey/kuntaliitto-2026.csv"),
  validateSurveyMeta(JSON.parse(read("public/data/survey/kuntaliitto-2026.meta.json"))),
  atlas.regions.county,
);
const survey = surveyDataset(
  parsed,
  atlas.regions.county.map((c) => c.code),
);

describe("choropleth", () => {
  it("ranks a score only among counties with enough respondents, highest first, ties sharing a rank", () => {
    const c = choropleth(survey, "meetings", "sequential");
    // Helsinki (4.0, N = 1) is not ranked, nor Itä-Uusimaa, Vantaa-Kerava and Kymenlaakso (N < 10).
    expect(c.unranked).toEqual(["01", "04", "10", "90"]);
    expect(c.rank.has("90")).toBe(false);
    expect(c.rank.get("02")).toBe(1); // Keski-Uusimaa 3.9
    expect(c.rankOf).toBe(18);
    const twoFour = [...c.values]
      .filter(([code, v]) => v === 2.4 && c.rank.has(code))
      .map(([code]) => c.rank.get(code));
    expect(new Set(twoFour).size).toBe(1);
  });
  it("ranks a count among every county: the number of respondents is no estimate", () => {
    const c = choropleth(survey, "respondents", "sequential");
    expect(c.unranked).toEqual([]);
    expect(c.rankOf).toBe(22);
  });
  it("uses the all-respondents row as the national figure for a score", () => {
    expect(choropleth(survey, "planning", "diverging").national).toBe(2.7);
  });
  it("uses the mean per county for the respondent count, whose national figure is a total", () => {
    expect(choropleth(survey, "respondents", "sequential").national).toBeCloseTo(486 / 22, 10);
  });
  it("flags the counties with fewer than 10 respondents", () => {
    expect(choropleth(survey, "meetings", "sequential").smallSample).toEqual([
      "01",
      "04",
      "10",
      "90",
    ]);
  });
  it("colours every county, with different colours for different values", () => {
    const c = choropleth(survey, "meetings", "sequential");
    expect(c.colors.size).toBe(22);
    expect(c.colors.get("90")).not.toBe(c.colors.get("01"));
  });
});

describe("datasets", () => {
  it("gives the survey's published all-respondents row as its summary, the total 486 for respondents", () => {
    expect(survey.summary("respondents")).toBe(486);
    expect(survey.national("respondents")).toBeCloseTo(486 / 22, 10);
    expect(survey.summary("planning")).toBe(2.7);
  });
  it("gives an imported table ids c1, c2… labelled by its headers, with the decimals its values need", () => {
    const table = tableOf(
      "county",
      ["Työttömyys %", "Määrä"],
      new Map([
        ["01", [10.25, 3]],
        ["02", [8.5, null]],
      ]),
    );
    const d = datasetOf(table, atlas);
    expect(d.metrics.map((m) => [m.id, m.label.fi, m.digits])).toEqual([
      ["c1", "Työttömyys %", 2],
      ["c2", "Määrä", 0],
    ]);
    expect(d.value("03", "c1")).toBeNull();
    // Without a whole-country row, the reference is the mean of the regions given.
    expect(d.national("c1")).toBeCloseTo(9.375, 10);
    expect(choropleth(d, "c2", "sequential").values.get("02")).toBeNull();
  });
});
