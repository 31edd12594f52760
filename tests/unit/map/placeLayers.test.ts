import { describe, expect, it } from "vitest";
import { type LayerChoices, sceneLayers } from "../../../src/scene/layers.ts";

const base: LayerChoices = {
  shaded: "county",
  noData: [],
  smallSample: [],
  overlay: true,
  selected: null,
};

describe("the place found by search, in the layer table", () => {
  it("is outlined last, over a white halo, with each region it lies within in its own dash", () => {
    const layers = sceneLayers({
      ...base,
      place: {
        level: "municipality",
        code: "179",
        within: [
          { level: "county", code: "13" },
          { level: "employmentArea", code: "20" },
          { level: "maakunta", code: "13" },
        ],
      },
    });
    const ids = layers.map((l) => l.id);
    expect(ids.slice(-5)).toEqual([
      "place-within-maakunta",
      "place-within-employmentArea",
      "place-within-county",
      "place-halo",
      "place",
    ]);
    const line = (id: string) =>
      layers.find((l) => l.id === id) as Extract<(typeof layers)[number], { kind: "line" }>;
    expect(line("place")).toMatchObject({ source: "municipality", codes: ["179"] });
    expect(line("place-within-county")).toMatchObject({ source: "county", codes: ["13"] });
    expect(line("place-within-county").dash).toBeUndefined();
    expect(line("place-within-employmentArea").dash).toEqual([3, 1.5]);
    expect(line("place-within-maakunta").dash).toEqual([0.5, 1.5]);
  });

  it("draws only the place where it lies within nothing, and nothing without a place", () => {
    const region = sceneLayers({
      ...base,
      place: { level: "employmentArea", code: "12", within: [] },
    });
    expect(region.filter((l) => l.id.startsWith("place")).map((l) => l.id)).toEqual([
      "place-halo",
      "place",
    ]);
    expect(sceneLayers(base).some((l) => l.id.startsWith("place"))).toBe(false);
  });
});
