import { describe, expect, it } from "vitest";
import { crossingBorders } from "../../../src/analysis/crossingBorders.ts";
import { employmentAreaSpans, employmentAreasByCounty } from "../../../src/analysis/crossings.ts";
import { realAtlas, squaresAtlas, squaresTopology } from "./fixtures.ts";

describe("employmentAreaSpans", () => {
  const spans = employmentAreaSpans(squaresAtlas().municipalities);
  const span = (code: string) => spans.find((s) => s.employmentArea === code);

  it("an area whose municipalities all lie in one county does not cross", () => {
    expect(span("1")?.crosses).toBe(false);
    expect(span("1")?.parts.map((p) => p.county)).toEqual(["X"]);
  });
  it("an area that only touches another county's border does not cross", () => {
    expect(span("3")?.crosses).toBe(false);
  });
  it("an area split across two counties crosses, with each county's members and shares", () => {
    expect(span("2")?.crosses).toBe(true);
    expect(span("2")?.parts).toEqual([
      {
        county: "Y",
        municipalities: ["c"],
        landKm2: 300,
        population: 3000,
        landShare: 0.75,
        populationShare: 0.75,
      },
      {
        county: "X",
        municipalities: ["b"],
        landKm2: 100,
        population: 1000,
        landShare: 0.25,
        populationShare: 0.25,
      },
    ]);
  });
  it("counts only the municipalities it is given", () => {
    const only = employmentAreaSpans(squaresAtlas().municipalities.filter((m) => m.county !== "Y"));
    expect(only.find((s) => s.employmentArea === "2")?.crosses).toBe(false);
    expect(only.find((s) => s.employmentArea === "4")).toBeUndefined();
  });
  it("gives zero population shares, not NaN, to an area with no inhabitants", () => {
    const empty = squaresAtlas().municipalities.map((m) => ({ ...m, population: 0 }));
    expect(
      employmentAreaSpans(empty).find((s) => s.employmentArea === "2")?.parts[0]?.populationShare,
    ).toBe(0);
  });
  it("counts the employment areas lying fully or partly in each county", () => {
    expect(employmentAreasByCounty(spans)).toEqual(
      new Map([
        ["X", ["1", "2", "3"]],
        ["Y", ["2", "4"]],
      ]),
    );
  });
});

describe("crossingBorders", () => {
  it("draws only the county border inside an employment area, not a border between areas", () => {
    const lines = crossingBorders(squaresTopology()).coordinates;
    // The b|c edge: x = 26 from y = 61 to 62. Not f|g (x = 26, y 60–61), which separates areas 3 and 4.
    expect(lines).toHaveLength(1);
    const ys = (lines[0] ?? []).map((p) => p[1]).sort();
    expect((lines[0] ?? []).every((p) => Math.abs((p[0] ?? 0) - 26) < 1e-6)).toBe(true);
    expect([ys[0], ys[ys.length - 1]]).toEqual([61, 62]);
  });
});

describe("the real 2025 atlas", () => {
  const atlas = realAtlas();
  const spans = employmentAreaSpans(atlas.municipalities.filter((m) => !m.outside));

  it("has 45 employment areas in the analysis, Åland's left out", () => {
    expect(spans).toHaveLength(45);
    expect(new Set(atlas.municipalities.filter((m) => m.outside).map((m) => m.county))).toEqual(
      new Set(["91"]),
    );
  });
  it("finds the employment areas that cross county borders, from membership alone", () => {
    const crossing = spans.filter((s) => s.crosses).map((s) => s.employmentArea);
    expect(crossing).toEqual(["06", "10", "11", "13", "38"]);
    for (const s of spans.filter((s) => s.crosses)) {
      expect(s.parts.reduce((a, p) => a + p.landShare, 0)).toBeCloseTo(1, 9);
      expect(s.parts.reduce((a, p) => a + p.populationShare, 0)).toBeCloseTo(1, 9);
    }
  });
  it("gives each crossing area's shares by official land area and by population 31.12.2024", () => {
    const shares = spans
      .filter((s) => s.crosses)
      .map((s) => [
        s.employmentArea,
        s.parts.map((p) => [
          p.county,
          Math.round(p.landShare * 1000) / 10,
          Math.round(p.populationShare * 1000) / 10,
        ]),
      ]);
    expect(shares).toEqual([
      [
        "06",
        [
          ["15", 91.1, 81.3],
          ["08", 8.9, 18.7],
        ],
      ],
      [
        "10",
        [
          ["20", 73.1, 79],
          ["19", 26.9, 21],
        ],
      ],
      [
        "11",
        [
          ["01", 91.7, 37.2],
          ["04", 8.3, 62.8],
        ],
      ],
      // Keski-Savo: by land area 57/43 (the polygons, with their lakes, said 60/40).
      [
        "13",
        [
          ["13", 57.2, 65.9],
          ["12", 42.8, 34.1],
        ],
      ],
      [
        "38",
        [
          ["16", 86.6, 86.6],
          ["17", 13.4, 13.4],
        ],
      ],
    ]);
    const keskiSavo = spans.find((s) => s.employmentArea === "13");
    // Land as the National Land Survey publishes it: Joroinen, Leppävirta and Varkaus; Pieksämäki.
    expect(keskiSavo?.parts.map((p) => Math.round(p.landKm2 * 100) / 100)).toEqual([
      2096.77, 1569.03,
    ]);
  });
  it("splits Kerava-Sipoo between Itä-Uusimaa (Sipoo) and Vantaa-Kerava (Kerava)", () => {
    const keravaSipoo = spans.find((s) => s.employmentArea === "11");
    expect(keravaSipoo?.parts.map((p) => [p.county, p.municipalities])).toEqual([
      ["01", ["753"]],
      ["04", ["245"]],
    ]);
  });
  it("draws county borders inside employment areas as lines in Finland", () => {
    const lines = crossingBorders(atlas.topology).coordinates;
    expect(lines.length).toBeGreaterThan(0);
    for (const p of lines.flat()) {
      expect(p[0]).toBeGreaterThan(19);
      expect(p[1]).toBeGreaterThan(59);
    }
  });
});
