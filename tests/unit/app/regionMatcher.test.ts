import { describe, expect, it } from "vitest";
import { normalizeName, regionMatcher } from "../../../src/data/regionMatcher.ts";
import { realAtlas } from "./fixtures.ts";

describe("normalizeName", () => {
  it("folds case, dash variants, spaces around dashes and runs of white space", () => {
    expect(normalizeName("  Vantaa – KERAVA ")).toBe("vantaa-kerava");
    expect(normalizeName("Etelä‐Karjala")).toBe("etelä-karjala");
    expect(normalizeName("Pohjois-  ja Itä-Lappi")).toBe("pohjois-ja itä-lappi");
  });
});

describe("regionMatcher over the 22 counties", () => {
  const match = regionMatcher(realAtlas().regions.county).match;
  it("matches the survey table's short names", () => {
    expect(match("Vantaa-Kerava")).toBe("04");
    expect(match("Helsinki")).toBe("90");
    expect(match("Länsi-Uusimaa")).toBe("03");
  });
  it("matches full names in Finnish, Swedish and English", () => {
    expect(match("Vantaan ja Keravan hyvinvointialue")).toBe("04");
    expect(match("Vanda och Kervo välfärdsområde")).toBe("04");
    expect(match("City of Helsinki")).toBe("90");
    expect(match("Helsingfors")).toBe("90");
  });
  it("matches codes with or without the leading zero", () => {
    expect(match("01")).toBe("01");
    expect(match("1")).toBe("01");
    expect(match("001")).toBe("01");
  });
  it("matches nothing for an unknown name, an empty string or a code out of range", () => {
    expect(match("Atlantis")).toBeUndefined();
    expect(match("")).toBeUndefined();
    expect(match("99")).toBeUndefined();
  });
  it("matches a name two regions share to neither", () => {
    const shared = regionMatcher([
      {
        level: "county",
        code: "1",
        name: { fi: "A", sv: "A", en: "A" },
        short: { fi: "Same", sv: "Same", en: "Same" },
        label: [0, 0],
      },
      {
        level: "county",
        code: "2",
        name: { fi: "B", sv: "B", en: "B" },
        short: { fi: "Same", sv: "Same", en: "Same" },
        label: [0, 0],
      },
    ]);
    expect(shared.match("same")).toBeUndefined();
    expect(shared.match("B")).toBe("2");
  });
});
