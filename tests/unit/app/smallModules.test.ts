import { describe, expect, it } from "vitest";
import { rankDescending } from "../../../src/analysis/rank.ts";
import { AtlasError, atlasFromTopology } from "../../../src/data/atlas.ts";
import { sortRows, type TableRow } from "../../../src/ui/tableView.ts";
import { squaresTopology } from "./fixtures.ts";

describe("rankDescending", () => {
  it("gives equal values the same rank and skips the next (1224)", () => {
    const { rank, of } = rankDescending(
      new Map([
        ["a", 4],
        ["b", 3],
        ["c", 3],
        ["d", 1],
        ["e", null],
      ]),
    );
    expect([...rank]).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
    ]);
    expect(of).toBe(4);
  });
});

describe("sortRows", () => {
  const rows: TableRow[] = [
    { code: "1", name: "Ähtäri", values: { meetings: 3 }, small: false },
    { code: "2", name: "Aura", values: { meetings: null }, small: false },
    { code: "3", name: "Oulu", values: { meetings: 4 }, small: true },
  ];
  it("sorts names in the language's collation (Ä after Z in Finnish)", () => {
    expect(
      sortRows(rows, { key: "region", descending: false, smallLast: false }, "fi").map(
        (r) => r.name,
      ),
    ).toEqual(["Aura", "Oulu", "Ähtäri"]);
  });
  it("sorts numbers either way, keeping empty cells last", () => {
    expect(
      sortRows(rows, { key: "meetings", descending: true, smallLast: false }, "fi").map(
        (r) => r.code,
      ),
    ).toEqual(["3", "1", "2"]);
    expect(
      sortRows(rows, { key: "meetings", descending: false, smallLast: false }, "fi").map(
        (r) => r.code,
      ),
    ).toEqual(["1", "3", "2"]);
  });
  it("puts the small-sample rows last when asked, sorted the same way among themselves", () => {
    expect(
      sortRows(rows, { key: "meetings", descending: true, smallLast: true }, "fi").map(
        (r) => r.code,
      ),
    ).toEqual(["1", "2", "3"]);
  });
});

describe("atlasFromTopology", () => {
  it("reads municipalities with their codes and figures", () => {
    const atlas = atlasFromTopology(squaresTopology());
    expect(atlas.municipalities[1]).toEqual({
      code: "b",
      name: { fi: "Kunta b", sv: "Kommun b" },
      county: "X",
      employmentArea: "2",
      maakunta: "M1",
      outside: false,
      population: 1000,
      landKm2: 100,
      // The squares give no inland water or sea areas, as the first view's file gives none.
      inlandWaterKm2: null,
      seaKm2: null,
      // The squares have no regions (maakunnat) nor sub-regions: "M1" names none.
      memberships: {
        county: "X",
        employmentArea: "2",
        maakunta: null,
        seutukunta: null,
        municipality: "b",
        outside: null,
      },
    });
    expect(atlas.regions.county.map((c) => c.short.en)).toEqual(["Area X", "Area Y"]);
    expect(atlas.regions.outside).toEqual([]);
    expect(atlas.regions.municipality[1]?.label).toEqual([25.5, 61.5]);
  });
  it("rejects what is not a topology, or one without counties, naming what is missing", () => {
    expect(() => atlasFromTopology({ type: "FeatureCollection" })).toThrow(AtlasError);
    expect(() => atlasFromTopology(null)).toThrow("not a TopoJSON topology");
    const t = squaresTopology();
    delete (t.objects as Record<string, unknown>).counties;
    expect(() => atlasFromTopology(t)).toThrow('the topology has no object "counties"');
  });
  it("rejects a municipality without its employment area", () => {
    const t = squaresTopology() as unknown as {
      objects: { municipalities: { geometries: { properties: Record<string, unknown> }[] } };
    };
    const first = t.objects.municipalities.geometries[0];
    if (first) first.properties.employment_area = "";
    expect(() => atlasFromTopology(t)).toThrow(/municipality "a" lacks/);
  });
});

describe("slidesOverTime", () => {
  it("steps each map through every period, shows a chart at the latest, and gives one slide per entry without periods", async () => {
    const { slidesOverTime, slideKey } = await import("../../../src/present/slides.ts");
    const entries = [
      { metric: "c1", view: "map" as const },
      { metric: "c1", view: "chart" as const },
      { metric: "c2", view: "map" as const },
    ];
    expect(slidesOverTime(entries, ["2023", "2024"]).map(slideKey)).toEqual([
      "c1@2023",
      "c1@2024",
      "c1@2024:chart",
      "c2@2023",
      "c2@2024",
    ]);
    expect(slidesOverTime(entries, ["2024"]).map(slideKey)).toEqual(["c1", "c1:chart", "c2"]);
  });
});
