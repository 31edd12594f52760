import { describe, expect, it } from "vitest";
import type { GeoLevelId } from "../../../geo/levels.ts";
import { joinMunicipalities } from "../../../geo/municipalities.ts";
import { SQUARES_EXPECT, square, squaresInputs } from "./squares.ts";

const withCount = (level: GeoLevelId, count: number) => ({
  ...SQUARES_EXPECT,
  regions: { ...SQUARES_EXPECT.regions, [level]: count },
});

describe("joinMunicipalities", () => {
  it("applies mergers: the piece of a ceased municipality joins its new one, with its population", () => {
    const records = joinMunicipalities(squaresInputs(), SQUARES_EXPECT);
    const m006 = records.find((m) => m.code === "006");
    expect(records.map((m) => m.code)).toEqual(["001", "002", "003", "004", "005", "006", "900"]);
    expect(m006?.pieces).toHaveLength(2);
    expect(m006?.population).toBe(607);
    expect(m006?.areas).toEqual({ land: 111.5, inlandWater: 1.1, sea: 0 });
  });
  it("rejects a boundary code the classification does not know, naming it", () => {
    const inputs = squaresInputs();
    inputs.boundaries.features.push(square("555", 9, 9));
    expect(() => joinMunicipalities(inputs, SQUARES_EXPECT)).toThrow(
      /classification does not know: 555/,
    );
  });
  it("rejects a classified municipality with no boundary, naming it", () => {
    const inputs = squaresInputs();
    inputs.boundaries.features = inputs.boundaries.features.filter(
      (f) => f.properties?.kunta !== "003",
    );
    expect(() => joinMunicipalities(inputs, SQUARES_EXPECT)).toThrow(/with no boundary: 003/);
  });
  it("rejects a municipality with no population figure", () => {
    const inputs = squaresInputs();
    inputs.population.delete("002");
    expect(() => joinMunicipalities(inputs, SQUARES_EXPECT)).toThrow(
      /002 \(Kunta 002\) has no population/,
    );
  });
  it("rejects a municipality with no land area figure", () => {
    const inputs = squaresInputs();
    inputs.areas.delete("003");
    expect(() => joinMunicipalities(inputs, SQUARES_EXPECT)).toThrow(
      /003 \(Kunta 003\) has no land area figure/,
    );
  });
  it("rejects an unexpected number of regions (maakunta)", () => {
    expect(() => joinMunicipalities(squaresInputs(), withCount("maakunta", 19))).toThrow(
      "expected 19 regions (maakunta), found 2: 01, 21",
    );
  });
  it("rejects an unexpected number of counties, listing those found", () => {
    expect(() => joinMunicipalities(squaresInputs(), withCount("county", 3))).toThrow(
      "expected 3 wellbeing services counties, found 2: 01, 02",
    );
  });
  it("rejects an unexpected number of municipalities or employment areas", () => {
    expect(() =>
      joinMunicipalities(squaresInputs(), { ...SQUARES_EXPECT, municipalities: 308 }),
    ).toThrow(/expected 308 municipalities, found 7/);
    expect(() => joinMunicipalities(squaresInputs(), withCount("employmentArea", 45))).toThrow(
      /expected 45 employment areas, found 2: 10, 11/,
    );
  });
  it("rejects an unexpected number of sub-regions, listing those found", () => {
    expect(() => joinMunicipalities(squaresInputs(), withCount("seutukunta", 69))).toThrow(
      "expected 69 sub-regions (seutukunta), found 3: 011, 012, 211",
    );
  });
  it("rejects a municipality outside one reform but inside the other", () => {
    const inputs = squaresInputs();
    const aland = inputs.classification.municipalities.find((m) => m.code === "900");
    if (aland) aland.memberships.employmentArea = "11";
    expect(() => joinMunicipalities(inputs, SQUARES_EXPECT)).toThrow(/900 .* outside one reform/);
  });
});
