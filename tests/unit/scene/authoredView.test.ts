// The author's choices in the one view: title, words, highlight, classes, decimals and unit reach every output.
import { describe, expect, it } from "vitest";
import { LINK_LIMIT_TOLD } from "../../../src/publish/linkSync.ts";
import { LINK_LIMIT } from "../../../src/publish/tableLink.ts";
import { choropleth } from "../../../src/scales/choropleth.ts";
import { viewOf } from "../../../src/scene/view.ts";
import { type Authoring, NO_AUTHORING } from "../../../src/state/authoring.ts";
import { realData, realSurvey } from "../app/sceneFixtures.ts";

const data = realData();
const dataset = realSurvey(data);
const author: Authoring = {
  ...NO_AUTHORING,
  title: "Tapaamiset harvenivat",
  description: "Kuntien arviot",
  notes: "Ennakko.\nToinen rivi.",
  source: "Lähde: Kuntaliitto",
  byline: "HS",
  highlight: { level: "county", codes: ["01", "90"] },
  classing: { method: "quantile", count: 4, breaks: [] },
  palette: "cividis",
};
const view = (a = author, decimals: number | null = null) => {
  const c = choropleth(dataset, "meetings", "sequential", "data", {
    palette: a.palette,
    classing: a.classing,
  });
  return viewOf({
    data,
    dataset,
    choropleth:
      decimals === null ? c : { ...c, metric: { ...c.metric, digits: decimals, unit: "p." } },
    lang: "fi",
    overlay: false,
    selected: null,
    present: false,
    author: a,
  });
};

describe("an authored view", () => {
  it("is titled by the author, and carries the author's words", () => {
    const v = view();
    expect(v.title).toBe("Tapaamiset harvenivat");
    expect(v.story).toEqual({
      description: "Kuntien arviot",
      notes: "Ennakko.\nToinen rivi.",
      source: "Lähde: Kuntaliitto",
      byline: "Tekijä: HS",
    });
  });
  it("outlines the highlighted regions and names them with their values in the description", () => {
    const v = view();
    expect(v.scene.layers.find((l) => l.id === "highlight")).toMatchObject({ codes: ["01", "90"] });
    expect(v.description).toMatch(/Korostettu: .+ \d,\d ja .+ \d,\d\./);
    expect(v.legend.symbols.map((s) => s.layer)).toContain("highlight");
  });
  it("its alt text follows the title and the description, unless the author wrote one", () => {
    expect(view().alt.startsWith("Tapaamiset harvenivat. ")).toBe(true);
    expect(view({ ...author, alt: "Oma kuvaus" }).alt).toBe("Oma kuvaus");
  });
  it("the legend lists the classes, every region counted once", () => {
    const classes = view().legend.classes ?? [];
    expect(classes).toHaveLength(4);
    expect(classes.reduce((n, k) => n + k.count, 0)).toBe(
      view().rows.filter((r) => r.value !== null).length,
    );
  });
  it("decimals and unit reach every figure and the legend's title", () => {
    const v = view(author, 2);
    expect(v.rows[0]?.valueText).toMatch(/^\d,\d\d p\.$/);
    expect(v.legend.title.endsWith("(p.)")).toBe(true);
  });
  it("without authoring, the view is as before: the app's title, no highlight, a ramp", () => {
    const v = view(NO_AUTHORING);
    expect(v.title).toBe("Hyvinvointialueet ja työllisyysalueet");
    expect(v.legend.classes).toBeNull();
    expect(v.scene.layers.some((l) => l.id === "highlight")).toBe(false);
  });
});

describe("the link's limit", () => {
  it("is told as it is enforced", () => {
    expect(LINK_LIMIT_TOLD).toBe(LINK_LIMIT);
  });
});
