import { describe, expect, it } from "vitest";
import { NO_AUTHORING } from "../../../src/state/authoring.ts";
import { createStore, DEFAULT_STATE } from "../../../src/state/store.ts";
import { type Known, readUrl, URL_KEYS, writeUrl } from "../../../src/state/url.ts";

const known: Known = {
  counties: new Set(["01", "90"]),
  areas: new Set(["11"]),
  editions: new Set(["kuntaliitto-2027"]),
  surveyMetrics: new Map([["", new Set(["meetings", "planning", "openness"])]]),
};
const { imported: _imported, survey: _survey, ...DEFAULT_URL_STATE } = DEFAULT_STATE;

describe("readUrl", () => {
  it("reads every parameter of a view, and the map position from the hash", () => {
    const { state, ignored, modes } = readUrl(
      "?lang=sv&metric=planning&scheme=diverging&range=scale&chart=0&view=crossings&county=90&area=11&areas=0&contrast=high&present=1&embed=1&slides=planning,openness",
      "#7.5/60.17/24.94",
      known,
    );
    expect(state).toEqual({
      lang: "sv",
      metric: "planning",
      edition: null,
      data: "survey",
      period: null,
      level: null,
      rules: {},
      dims: {},
      scheme: "diverging",
      range: "scale",
      chart: false,
      view: "crossings",
      county: "90",
      area: "11",
      region: null,
      place: null,
      areas: false,
      contrast: true,
      present: true,
      position: { zoom: 7.5, lat: 60.17, lng: 24.94 },
      author: NO_AUTHORING,
      shared: null,
      src: null,
    });
    expect(modes).toEqual({ embed: true, slides: ["planning", "openness"] });
    expect(ignored).toEqual([]);
  });
  it("reads an imported table's period, level and aggregation rules, and only for a table that has them", () => {
    const local = {
      ...known,
      importedMetrics: new Set(["c1", "c2"]),
      importedPeriods: new Set(["2023", "2024"]),
      importedLevels: new Set(["municipality", "county"]),
    };
    const { state, ignored } = readUrl(
      "?data=local&period=2023&level=county&rule=c1:mean",
      "",
      local,
    );
    expect(state).toMatchObject({
      data: "local",
      period: "2023",
      level: "county",
      rules: { c1: "mean" },
    });
    expect(ignored).toEqual([]);
    expect(writeUrl(state)).toBe("?data=local&period=2023&level=county&rule=c1%3Amean");
    const bad = readUrl("?data=local&period=1999&level=maakunta&rule=c9:sum", "", local);
    expect(bad.ignored).toEqual(["period=1999", "level=maakunta", "rule=c9:sum"]);
    expect(readUrl("?period=2023", "", known).ignored).toEqual(["period=2023"]);
  });
  it("keeps the category chosen of each dimension, one `dim` per dimension, and names one the table lacks", () => {
    const local = {
      ...known,
      importedMetrics: new Set(["c1"]),
      importedPeriods: new Set(["2024"]),
      importedLevels: new Set(["municipality"]),
      importedDimensions: new Map([
        ["d1", ["Yhteensä", "Miehet", "Naiset"]],
        ["d2", ["Kaikki", "0 - 14: tai: 15+"]],
      ]),
    };
    const { state, ignored } = readUrl(
      "?data=local&dim=d1%3ANaiset&dim=d2%3A0+-+14%3A+tai%3A+15%2B&dim=d3%3AX&dim=d1%3AMiehet",
      "",
      local,
    );
    expect(state.dims).toEqual({ d1: "Naiset", d2: "0 - 14: tai: 15+" });
    expect(ignored).toEqual(["dim=d3:X", "dim=d1:Miehet"]);
    expect(readUrl(writeUrl(state), "", local).state.dims).toEqual(state.dims);
    expect(readUrl("?dim=d1%3ANaiset", "", known).ignored).toEqual(["dim=d1:Naiset"]);
  });
  it("falls back to defaults for bad values and names each one, the hash too", () => {
    const { state, ignored } = readUrl(
      "?lang=xx&metric=happiness&county=999&view=globe&areas=yes&embed=maybe&slides=planning,happiness",
      "#abc/def",
      known,
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored).toEqual([
      "lang=xx",
      "metric=happiness",
      "view=globe",
      "county=999",
      "areas=yes",
      "embed=maybe",
      "slides=planning,happiness",
      "#abc/def",
    ]);
  });
  it("cuts a very long ignored value, and keeps script-like text as plain text", () => {
    const { ignored } = readUrl(`?metric=<script>alert(1)</script>${"x".repeat(100)}`, "", known);
    expect(ignored[0]).toBe("metric=<script>alert(1)</script>xxxxxxxxxxxxxxx…");
  });
  it("leaves unknown parameters for the host page alone", () => {
    expect(readUrl("?utm_source=news", "", known).ignored).toEqual([]);
  });
});

describe("writeUrl", () => {
  it("is empty for the default view", () => {
    expect(writeUrl(DEFAULT_URL_STATE)).toBe("");
  });
  it("names only what differs, and round-trips through readUrl", () => {
    const state = {
      ...DEFAULT_URL_STATE,
      lang: "en" as const,
      county: "01",
      areas: false,
      position: { zoom: 6, lat: 61.5, lng: 25 },
    };
    const url = writeUrl(state);
    expect(url).toBe("?lang=en&county=01&areas=0#6/61.5/25");
    const [search, hash] = url.split("#");
    expect(readUrl(search ?? "", `#${hash}`, known).state).toEqual(state);
  });
  it("keeps the host page's own parameters and the page modes", () => {
    expect(writeUrl({ ...DEFAULT_URL_STATE, view: "table" }, "?embed=1&view=map&cms=1")).toBe(
      "?embed=1&cms=1&view=table",
    );
  });
  it("owns exactly the keys it exports", () => {
    const all = Object.values(URL_KEYS);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain("metric");
  });
});

describe("the URL of a selected region of any level", () => {
  const withRegions: Known = {
    ...known,
    regions: { seutukunta: new Set(["011", "112"]), municipality: new Set(["091"]) },
  };
  it("reads region=<level>:<code> for a region that exists, and writes it back", () => {
    const { state, ignored } = readUrl("?region=seutukunta:112", "", withRegions);
    expect(state.region).toEqual({ level: "seutukunta", code: "112" });
    expect(ignored).toEqual([]);
    expect(writeUrl(state)).toBe("?region=seutukunta%3A112");
  });
  it("ignores, naming it, a level that does not exist, a code its level lacks, or a malformed value", () => {
    const { state, ignored } = readUrl("?region=seutukunta:999", "", withRegions);
    expect(state.region).toBeNull();
    expect(ignored).toEqual(["region=seutukunta:999"]);
    for (const bad of ["planet:011", "seutukunta", "seutukunta:011:x", "municipality:011"])
      expect(readUrl(`?region=${bad}`, "", withRegions).ignored).toEqual([`region=${bad}`]);
  });
  it("reads no region where the app has told it no region codes", () => {
    expect(readUrl("?region=seutukunta:011", "", known).state.region).toBeNull();
  });
});

describe("the URL with survey editions", () => {
  it("names an edition other than the default, and accepts its metrics once they are known", () => {
    const withEdition = {
      ...known,
      surveyMetrics: new Map([...known.surveyMetrics, ["kuntaliitto-2027", new Set(["trust"])]]),
    };
    const { state, ignored } = readUrl("?edition=kuntaliitto-2027&metric=trust", "", withEdition);
    expect([state.edition, state.metric, ignored]).toEqual(["kuntaliitto-2027", "trust", []]);
    expect(writeUrl(state)).toBe("?edition=kuntaliitto-2027&metric=trust");
  });
  it("ignores an edition that does not exist, and a metric the default edition lacks", () => {
    const { state, ignored } = readUrl("?edition=kuntaliitto-1999&metric=trust", "", known);
    expect([state.edition, state.metric]).toEqual([null, ""]);
    expect(ignored).toEqual(["edition=kuntaliitto-1999", "metric=trust"]);
  });
  it("takes any plain metric id for an edition not loaded yet (Back to it)", () => {
    expect(readUrl("?edition=kuntaliitto-2027&metric=trust", "", known).state.metric).toBe("trust");
  });
});

describe("the URL with an imported table", () => {
  const withTable = { ...known, importedMetrics: new Set(["c1", "c2"]) };
  it("accepts data=local and the table's metrics when the table is on this device", () => {
    const { state, ignored } = readUrl("?data=local&metric=c2", "", withTable);
    expect([state.data, state.metric, ignored]).toEqual(["local", "c2", []]);
  });
  it("leaves the metric to the table's first column when none is named", () => {
    expect(readUrl("?data=local", "", withTable).state.metric).toBe("");
  });
  it("ignores data=local, and its metric, where the table is not on this device", () => {
    const { state, ignored } = readUrl("?data=local&metric=c2", "", known);
    expect([state.data, state.metric]).toEqual(["survey", ""]);
    expect(ignored).toEqual(["data=local", "metric=c2"]);
  });
  it("drops contrast and data from the URL when they are turned off", () => {
    expect(writeUrl(DEFAULT_URL_STATE, "?contrast=high&data=local&metric=c1")).toBe("");
  });
});

describe("readUrl and writeUrl: defaults and modes named wrongly", () => {
  const withDefault: Known = { ...known, defaultEdition: "kuntaliitto-2026" };
  it("accepts the default edition named in a link without a notice, and drops it from the address", () => {
    const parsed = readUrl("?edition=kuntaliitto-2026&metric=planning", "", withDefault);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.dropped).toEqual(["edition=kuntaliitto-2026"]);
    expect(parsed.state.edition).toBeNull();
    expect(writeUrl(parsed.state, "?edition=kuntaliitto-2026&metric=planning", parsed.modes)).toBe(
      "?metric=planning",
    );
  });
  it("still ignores an edition that is neither the default nor another known one", () => {
    expect(readUrl("?edition=kuntaliitto-1999", "", withDefault).ignored).toEqual([
      "edition=kuntaliitto-1999",
    ]);
  });
  for (const value of [
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    ",",
    "planning,__proto__",
  ])
    it(`ignores slides=${value} with a notice, and the address written with the modes drops it`, () => {
      const search = `?slides=${encodeURIComponent(value)}&present=1&embed=1&host=x`;
      const parsed = readUrl(search, "", known);
      expect(parsed.ignored).toEqual([`slides=${value}`]);
      expect(parsed.modes.slides).toBeNull();
      expect(writeUrl(parsed.state, search, parsed.modes)).toBe("?host=x&embed=1&present=1");
    });
  it("drops an embed flag it ignored, and keeps good modes, from the modes given", () => {
    const parsed = readUrl("?embed=yes&slides=planning,openness", "", known);
    expect(parsed.ignored).toEqual(["embed=yes"]);
    expect(writeUrl(parsed.state, "?embed=yes&slides=planning,openness", parsed.modes)).toBe(
      "?slides=planning%2Copenness",
    );
  });
  it("keeps the modes as the address has them when no modes are given (a view's change)", () => {
    expect(writeUrl({ ...DEFAULT_URL_STATE, view: "table" }, "?embed=1&slides=planning")).toBe(
      "?embed=1&slides=planning&view=table",
    );
  });
});

describe("createStore", () => {
  it("tells listeners once per change, and not at all for a change to the same values", () => {
    const store = createStore(DEFAULT_STATE);
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.metric));
    store.set({ metric: "planning" });
    store.set({ metric: "planning" });
    expect(seen).toEqual(["planning"]);
  });
  it("queues a change made by a listener, so every listener sees the changes in order", () => {
    const store = createStore(DEFAULT_STATE);
    const first: string[] = [];
    const second: string[] = [];
    store.subscribe((s) => {
      first.push(s.metric);
      if (s.metric === "planning") store.set({ metric: "openness" });
    });
    store.subscribe((s) => second.push(s.metric));
    store.set({ metric: "planning" });
    expect(first).toEqual(["planning", "openness"]);
    expect(second).toEqual(["planning", "openness"]);
  });
  it("passes on how a change came about", () => {
    const store = createStore(DEFAULT_STATE);
    const meta: unknown[] = [];
    store.subscribe((_s, _p, m) => meta.push(m));
    store.set({ view: "table" }, { fromHistory: true });
    expect(meta).toEqual([{ fromHistory: true }]);
  });
});

describe("the place parameter", () => {
  const withPlaces: Known = {
    ...known,
    place: (p) =>
      (p.level === "municipality" && p.code === "091") || (p.level === "county" && p.code === "90"),
  };

  it("reads a place by its level's prefix and code, and writes it back the same", () => {
    const { state, ignored } = readUrl("?place=KU091", "", withPlaces);
    expect(state.place).toEqual({ level: "municipality", code: "091" });
    expect(ignored).toEqual([]);
    expect(writeUrl(state)).toBe("?place=KU091");
    expect(readUrl("?place=HVA90", "", withPlaces).state.place).toEqual({
      level: "county",
      code: "90",
    });
  });

  it("ignores a garbled or unknown place and names it, keeping the rest of the view", () => {
    for (const value of ["KU999", "091", "Helsinki", "KU091%00", ""]) {
      const { state, ignored } = readUrl(
        `?metric=planning&place=${encodeURIComponent(value)}`,
        "",
        withPlaces,
      );
      expect(state.place, value).toBeNull();
      expect(state.metric).toBe("planning");
      expect(ignored, value).toEqual([`place=${value}`]);
    }
  });
});
