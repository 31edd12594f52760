// The author's choices and the table's fragment in the URL: read, cleaned, written back.
import { describe, expect, it } from "vitest";
import { joinFragment, splitFragment } from "../../../src/publish/fragment.ts";
import { cleanText, NO_AUTHORING } from "../../../src/state/authoring.ts";
import { DEFAULT_STATE } from "../../../src/state/store.ts";
import { type Known, readUrl, writeUrl } from "../../../src/state/url.ts";

const known: Known = {
  counties: new Set(["01", "90"]),
  areas: new Set(["11"]),
  regions: { county: new Set(["01", "02", "90"]), municipality: new Set(["091"]) },
  editions: new Set(),
  surveyMetrics: new Map([["", new Set(["meetings"])]]),
};
const withTable: Known = {
  ...known,
  importedMetrics: new Set(["c1"]),
  importedPeriods: new Set(["2024"]),
  importedLevels: new Set(["municipality"]),
};
const { imported: _i, survey: _s, ...base } = DEFAULT_STATE;

describe("the fragment", () => {
  it("an old link's #zoom/lat/lng is all position", () => {
    expect(splitFragment("#7/60.3/24.9")).toEqual({ position: "7/60.3/24.9", table: null });
  });
  it("holds the position and the table, in either order, and ignores other keys", () => {
    expect(splitFragment("#7/60.3/24.9&t=AbC-_")).toEqual({
      position: "7/60.3/24.9",
      table: "AbC-_",
    });
    expect(splitFragment("#x=1&t=Q&5/60/25")).toEqual({ position: "5/60/25", table: "Q" });
    expect(splitFragment("#t=Q")).toEqual({ position: "", table: "Q" });
    expect(joinFragment("", null)).toBe("");
    expect(joinFragment("7/60/25", "Q")).toBe("#7/60/25&t=Q");
  });
  it("an old link still opens at its position", () => {
    expect(readUrl("", "#7.5/60.17/24.94", known).state.position).toEqual({
      zoom: 7.5,
      lat: 60.17,
      lng: 24.94,
    });
  });
  it("a table read from the fragment is written back with the position", () => {
    const { state } = readUrl("?data=local&metric=c1", "#6/61/25&t=Q0", withTable);
    expect(state.shared).toBe("Q0");
    expect(writeUrl(state)).toBe("?data=local&metric=c1#6/61/25&t=Q0");
  });
  it("a table from src= is written as src=, with no table in the fragment", () => {
    const src = "https://news.example/data/t.csv";
    const { state } = readUrl(`?data=local&src=${encodeURIComponent(src)}`, "#t=Q0", {
      ...withTable,
      importedSrc: src,
    });
    expect(state.src).toBe(src);
    expect(writeUrl(state)).toBe(`?data=local&src=${encodeURIComponent(src)}`);
  });
  it("the survey's links carry no table", () => {
    expect(writeUrl({ ...base, shared: "Q0" })).toBe("");
  });
});

describe("the author's choices", () => {
  it("round-trip: words, highlight, classes, palette, decimals, unit", () => {
    const author = {
      ...NO_AUTHORING,
      title: "Työttömyys laski",
      description: "Kaksi riviä\ntekstiä",
      notes: "Ennakkotieto.",
      source: "Lähde: Tilastokeskus",
      byline: "Grafiikka: HS",
      alt: "Kartta",
      highlight: { level: "county" as const, codes: ["01", "90"] },
      classing: { method: "quantile" as const, count: 5, breaks: [] },
      palette: "viridis" as const,
      decimals: 1,
      unit: "%",
    };
    const url = writeUrl({ ...base, author });
    const [search] = url.split("#");
    expect(readUrl(search ?? "", "", known)).toMatchObject({ state: { author }, ignored: [] });
  });
  it("custom breaks are read sorted", () => {
    expect(readUrl("?classes=custom:30,-2.5,10", "", known).state.author.classing).toEqual({
      method: "custom",
      count: 4,
      breaks: [-2.5, 10, 30],
    });
  });
  it("a region that does not exist, an unknown palette or class, a bad decimal are named and ignored", () => {
    const { state, ignored } = readUrl(
      "?highlight=county:01,77&palette=jet&classes=quantile:20&decimals=9",
      "",
      known,
    );
    expect(state.author).toEqual(NO_AUTHORING);
    expect(ignored).toEqual([
      "highlight=county:01,77",
      "classes=quantile:20",
      "palette=jet",
      "decimals=9",
    ]);
  });
  it("text is kept as text, cut to its cap, without control characters", () => {
    const { state } = readUrl(
      `?title=${encodeURIComponent(`<img src=x onerror=alert(1)>\u0007${"x".repeat(300)}`)}`,
      "",
      known,
    );
    expect(state.author.title.startsWith("<img src=x onerror=alert(1)> x")).toBe(true);
    expect(state.author.title).toHaveLength(120);
    expect(cleanText("notes", " a\nb\tc ")).toBe("a\nbc");
  });
});
