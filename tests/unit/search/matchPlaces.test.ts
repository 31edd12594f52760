import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { atlasFromTopology } from "../../../src/data/atlas.ts";
import { matchPlaces } from "../../../src/search/matchPlaces.ts";
import { normalise, placeIndex } from "../../../src/search/placeIndex.ts";
import { parsePlaceToken, placeToken } from "../../../src/search/placeRef.ts";

// The committed atlas (public/data, built by geo/): 308 municipalities and the regions of every level.
const atlas = atlasFromTopology(
  JSON.parse(
    readFileSync(new URL("../../../public/data/finland-2025.topo.json", import.meta.url), "utf8"),
  ),
);
const places = placeIndex(atlas);
const first = (query: string, lang: "fi" | "sv" | "en" = "fi") =>
  matchPlaces(places, query, lang)[0];

describe("normalise", () => {
  it("drops diacritics, case and punctuation", () => {
    expect(normalise("Jyväskylä")).toBe("jyvaskyla");
    expect(normalise("Åbo")).toBe("abo");
    expect(normalise("  Kerava–Sipoo ")).toBe("kerava sipoo");
  });
});

describe("placeIndex", () => {
  it("holds the 308 municipalities and the 22 counties, 45 employment areas and 19 regions", () => {
    const count = (level: string) => places.filter((p) => p.level === level).length;
    expect([
      count("municipality"),
      count("county"),
      count("employmentArea"),
      count("maakunta"),
    ]).toEqual([308, 22, 45, 19]);
  });

  it("places a municipality within its county, employment area and region", () => {
    const jyvaskyla = places.find((p) => p.level === "municipality" && p.code === "179");
    expect(jyvaskyla?.within.map((w) => w.level)).toEqual(["county", "employmentArea", "maakunta"]);
  });

  it("places an Åland municipality within its region only: it has no county or employment area", () => {
    const mariehamn = places.find((p) => p.level === "municipality" && p.code === "478");
    expect(mariehamn?.within.map((w) => w.level)).toEqual(["maakunta"]);
  });
});

describe("matchPlaces", () => {
  it("finds Jyväskylä typed without its diacritics", () => {
    expect(first("Jyvaskyla")?.place).toMatchObject({ level: "municipality", code: "179" });
  });

  it("finds Helsinki by its Swedish name, and says which name matched", () => {
    const match = first("Helsingfors");
    expect(match?.place).toMatchObject({ level: "municipality", code: "091" });
    expect(match?.matchedName).toBe("Helsingfors");
  });

  it("finds Turku as Åbo, typed with or without the ring", () => {
    expect(first("Åbo")?.place.code).toBe("853");
    expect(first("abo")?.place.code).toBe("853");
  });

  it("shows no matched name when the shown name matches too", () => {
    expect(first("Helsingfors", "sv")?.matchedName).toBeNull();
  });

  it("finds a municipality by its code, with or without the leading zero", () => {
    expect(first("091")?.place).toMatchObject({ level: "municipality", code: "091" });
    expect(first("91")?.place).toMatchObject({ level: "municipality", code: "091" });
  });

  it("lists every level a short code names, the municipality first", () => {
    const levels = matchPlaces(places, "5", "fi").map((m) => m.place.level);
    expect(levels).toEqual(["municipality", "county", "employmentArea", "maakunta"]);
  });

  it("finds regions of every level by name: a county, an employment area, a region", () => {
    // The county and the region of that name, and the employment area Eteläinen Keski-Suomi.
    const found = matchPlaces(places, "Keski-Suomi", "fi", 20);
    expect(new Set(found.map((m) => m.place.level))).toEqual(
      new Set(["county", "maakunta", "employmentArea"]),
    );
    expect(found[0]?.rank).toBe(0);
    expect(first("Kerava-Sipoo")?.place.level).toBe("employmentArea");
  });

  it("ranks a name that starts with the query before one that only contains it", () => {
    const names = matchPlaces(places, "Kemi", "fi").map((m) => m.place.name.fi);
    expect(names[0]).toBe("Kemi");
    expect(names).toContain("Kemijärvi");
  });

  it("matches nothing for an empty query, punctuation, or a code too long", () => {
    expect(matchPlaces(places, "", "fi")).toEqual([]);
    expect(matchPlaces(places, " – ", "fi")).toEqual([]);
    expect(matchPlaces(places, "0091", "fi")).toEqual([]);
  });

  it("gives at most the limit", () => {
    expect(matchPlaces(places, "a", "fi", 5)).toHaveLength(5);
  });
});

describe("place tokens", () => {
  const exists = (p: { level: string; code: string }) =>
    places.some((q) => q.level === p.level && q.code === p.code);

  it("write a place with its level's code prefix and read it back", () => {
    for (const place of [
      { level: "municipality", code: "091" },
      { level: "county", code: "05" },
      { level: "employmentArea", code: "12" },
      { level: "maakunta", code: "21" },
    ] as const)
      expect(parsePlaceToken(placeToken(place), exists)).toEqual(place);
    expect(placeToken({ level: "municipality", code: "091" })).toBe("KU091");
  });

  it("refuse a code that does not exist, a missing prefix and garbage", () => {
    for (const token of ["KU999", "091", "HVA91", "TYA46", "ku091", "KU091x", "", "MK"])
      expect(parsePlaceToken(token, exists), token).toBeNull();
  });
});

describe("the name shown beside a match", () => {
  it("is left out when a name of the language matches too, its short name included", () => {
    const lapland = matchPlaces(places, "Lapp", "fi", 20).find(
      (m) => m.place.level === "county" && m.place.code === "21",
    );
    expect(lapland?.matchedName).toBeNull();
  });
});
