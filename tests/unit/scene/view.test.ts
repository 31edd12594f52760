import { describe, expect, it } from "vitest";
import { rankedRows } from "../../../src/scene/regionRows.ts";
import { realView } from "../app/sceneFixtures.ts";

describe("the view's rows", () => {
  it("give every county one row, in code order, with the value, its text and its colour", () => {
    const view = realView({ metric: "planning" });
    expect(view.rows.map((r) => r.code)).toEqual(view.dataset.codes);
    const karjala = view.row("11");
    expect(karjala?.short).toBe("Etelä-Karjala");
    expect(karjala?.valueText).toBe("3,4");
    expect(karjala?.rank).toBe(1);
    expect(karjala?.color).toBe(view.choropleth.colors.get("11"));
  });

  it("leave a county with too few respondents unranked, saying why, and mark its value", () => {
    const helsinki = realView({ metric: "planning" }).row("90");
    expect(helsinki?.rank).toBeNull();
    expect(helsinki?.unranked).toBe("smallSample");
    expect(helsinki?.mark).toBe("*");
    expect(helsinki?.rankText).toMatch(/^Ei sijoitusta/);
  });

  it("are what the scene's labels show: the same name and value text", () => {
    const view = realView({ metric: "openness", lang: "sv" });
    for (const label of view.scene.labels.filter((l) => l.role === "value")) {
      const row = view.row(label.code);
      expect(label.name).toBe(row?.short);
      expect(label.value).toBe(`${row?.valueText}${row?.mark}`);
    }
  });
});

describe("rankedRows", () => {
  it("puts the ranked regions first by value, then the unranked ones with a value, then those without", () => {
    const view = realView({ metric: "planning" });
    const ranked = rankedRows(view.rows, "fi");
    const groups = ranked.map((r) => (r.rank !== null ? 0 : r.value !== null ? 1 : 2));
    expect(groups).toEqual([...groups].sort());
    const values = ranked.filter((r) => r.rank !== null).map((r) => r.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

describe("the chart model", () => {
  it("draws a survey's mean scores on the answer scale, 1 to 5, with the all-respondents line", () => {
    const chart = realView({ metric: "planning" }).chart;
    expect(chart.domain).toEqual([1, 5]);
    expect(chart.domainText).toEqual(["1,0", "5,0"]);
    // All respondents 2,7: (2,7 − 1) / 4 of the way along.
    expect(chart.reference?.position).toBeCloseTo((2.7 - 1) / 4, 2);
    expect(chart.reference?.text).toBe("Kaikki vastaajat 2,7");
  });

  it("gives each bar its length from the axis's start, in the map's colour, and says which rows are not ranked", () => {
    const view = realView({ metric: "planning" });
    const first = view.chart.rows[0];
    expect(first?.rankText).toBe("1.");
    expect(first?.end).toBeCloseTo((3.4 - 1) / 4, 5);
    expect(first?.color).toBe(view.row(first?.code ?? "")?.color);
    const unranked = view.chart.rows.filter((r) => r.unranked);
    expect(unranked.map((r) => r.rankText)).toEqual(unranked.map(() => "–"));
    expect(unranked.every((r) => r.valueText.endsWith("*"))).toBe(true);
    expect(view.chart.notes).toHaveLength(1);
  });

  it("highlights the selected county's row", () => {
    const chart = realView({ metric: "planning", county: "13" }).chart;
    expect(chart.rows.filter((r) => r.selected).map((r) => r.code)).toEqual(["13"]);
  });

  it("keeps one colour for one score across questions when the colours span the answer scale", () => {
    const a = realView({ metric: "planning", range: "scale" });
    const b = realView({ metric: "openness", range: "scale" });
    const colour = (v: typeof a, value: number) => v.rows.find((r) => r.value === value)?.color;
    const shared = a.rows.map((r) => r.value).filter((v) => b.rows.some((r) => r.value === v));
    expect(shared.length).toBeGreaterThan(0);
    for (const value of shared) expect(colour(a, value ?? 0)).toBe(colour(b, value ?? 0));
  });
});
