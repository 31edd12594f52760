import { describe, expect, it } from "vitest";
import { parseUrlState, urlSearch } from "../../../src/state/urlState.ts";
import { DEFAULT_STATE } from "../../../src/state/viewState.ts";

const known = { counties: new Set(["01", "90"]), areas: new Set(["11"]) };

describe("parseUrlState", () => {
  it("reads every parameter of a view", () => {
    const { state, ignored } = parseUrlState(
      "?lang=sv&metric=planning&scheme=diverging&view=crossings&county=90&area=11&areas=0&contrast=high",
      known,
    );
    expect(state).toEqual({
      lang: "sv",
      metric: "planning",
      data: "survey",
      scheme: "diverging",
      view: "crossings",
      county: "90",
      area: "11",
      areas: false,
      contrast: true,
    });
    expect(ignored).toEqual([]);
  });
  it("falls back to defaults for bad values and names each one", () => {
    const { state, ignored } = parseUrlState(
      "?lang=xx&metric=happiness&county=999&view=globe&areas=yes",
      known,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored).toEqual([
      "lang=xx",
      "metric=happiness",
      "view=globe",
      "county=999",
      "areas=yes",
    ]);
  });
  it("cuts a very long ignored value, and keeps script-like text as plain text", () => {
    const { ignored } = parseUrlState(`?metric=<script>alert(1)</script>${"x".repeat(100)}`, known);
    expect(ignored[0]).toBe("metric=<script>alert(1)</script>xxxxxxxxxxxxxxx…");
  });
  it("leaves unknown parameters for the host page alone", () => {
    expect(parseUrlState("?utm_source=news", known).ignored).toEqual([]);
  });
});

describe("urlSearch", () => {
  it("is empty for the default view", () => {
    expect(urlSearch(DEFAULT_STATE)).toBe("");
  });
  it("names only what differs, and round-trips through parseUrlState", () => {
    const state = { ...DEFAULT_STATE, lang: "en" as const, county: "01", areas: false };
    const search = urlSearch(state);
    expect(search).toBe("?lang=en&county=01&areas=0");
    expect(parseUrlState(search, known).state).toEqual(state);
  });
  it("keeps the host page's own parameters", () => {
    expect(urlSearch({ ...DEFAULT_STATE, view: "table" }, "?embed=1&view=map")).toBe(
      "?embed=1&view=table",
    );
  });
});

describe("urlState with an imported table", () => {
  const withTable = { ...known, importedMetrics: new Set(["c1", "c2"]) };
  it("accepts data=local and the table's metrics when the table is on this device", () => {
    const { state, ignored } = parseUrlState("?data=local&metric=c2", withTable);
    expect([state.data, state.metric, ignored]).toEqual(["local", "c2", []]);
  });
  it("starts a local table on its first column when no metric is named", () => {
    expect(parseUrlState("?data=local", withTable).state.metric).toBe("c1");
  });
  it("ignores data=local, and its metric, where the table is not on this device", () => {
    const { state, ignored } = parseUrlState("?data=local&metric=c2", known);
    expect([state.data, state.metric]).toEqual(["survey", "meetings"]);
    expect(ignored).toEqual(["data=local", "metric=c2"]);
  });
  it("drops contrast and data from the URL when they are turned off", () => {
    expect(urlSearch(DEFAULT_STATE, "?contrast=high&data=local&metric=c1")).toBe("");
  });
});
