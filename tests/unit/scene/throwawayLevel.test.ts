// A level added through the registry alone: an entry in a mocked src/data/levels.ts, and no other
// file changed, is drawn, labelled, pointed at and selected like the levels the app ships with.
import { describe, expect, it, vi } from "vitest";
import type { Level, LevelId } from "../../../src/data/levels.ts";
import type { SvgNode } from "../../../src/map/svgNode.ts";

vi.mock("../../../src/data/levels.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../src/data/levels.ts")>();
  // The regions (maakunta) again, under an id no code knows: the object and the municipality
  // property it reads exist in the committed atlas; everything else is the entry's own.
  const throwaway: Omit<Level, "id"> & { id: string } = {
    ...real.LEVELS.maakunta,
    id: "throwaway",
    border: "throwaway" as LevelId,
    outline: { shaded: [0.5, 1.5], context: null, overlay: false },
    context: ["county"],
    label: { ...real.LEVELS.maakunta.label, leaders: false, inset: false },
    importable: false,
    column: "throwaway",
    header: /^throwaway$/,
    words: {
      one: { fi: "Kertakäyttöalue", sv: "Engångsområde", en: "Throwaway region" },
      many: { fi: "kertakäyttöalueet", sv: "engångsområdena", en: "throwaway regions" },
      by: { fi: "kertakäyttöalueittain", sv: "per engångsområde", en: "by throwaway region" },
    },
  };
  const LEVELS = { ...real.LEVELS, throwaway } as unknown as Record<string, Level>;
  const LEVEL_IDS = [...real.LEVEL_IDS, "throwaway"];
  return {
    ...real,
    LEVELS,
    LEVEL_IDS,
    SHADEABLE_LEVELS: LEVEL_IDS.filter((id) => LEVELS[id]?.shadeable),
    OVERLAY_LEVELS: LEVEL_IDS.filter((id) => LEVELS[id]?.outline.overlay),
    isLevelId: (v: unknown) => typeof v === "string" && v in LEVELS,
  };
});

const { shownLevels } = await import("../../../src/data/importedDataset.ts");
const { hitTester } = await import("../../../src/map/hitTest.ts");
const { svgLayers } = await import("../../../src/map/svgLayers.ts");
const { choropleth } = await import("../../../src/scales/choropleth.ts");
const { viewOf } = await import("../../../src/scene/view.ts");
const { pointerLevels } = await import("../../../src/ui/mapPointer.ts");
const { readUrl } = await import("../../../src/state/url.ts");
const { datasetOf, tableOf } = await import("../app/importedFixtures.ts");
const { realData, realGeometry, realViewport } = await import("../app/sceneFixtures.ts");

const THROWAWAY = "throwaway" as LevelId;

/** The path nodes of an SVG layer. */
const paths = (nodes: readonly SvgNode[], layer: string): SvgNode[] =>
  (nodes.find((n) => n.attrs["data-layer"] === layer)?.children ?? []).filter(
    (c): c is SvgNode => typeof c !== "string",
  );

/** Every municipality with a value of 1: a region's sum is its number of municipalities. */
function viewAt(selected: { level: LevelId; code: string } | null) {
  const data = realData();
  const rows = new Map(data.atlas.municipalities.map((m) => [m.code, [1] as (number | null)[]]));
  const table = tableOf("municipality", ["Kunnat"], rows);
  const dataset = datasetOf(table, data.atlas, { level: THROWAWAY, rules: { c1: "sum" } });
  return {
    table,
    view: viewOf({
      data,
      dataset,
      choropleth: choropleth(dataset, "c1", "sequential", "data"),
      lang: "en",
      overlay: false,
      selected,
      present: false,
    }),
  };
}

describe("a throwaway level added through the registry alone", () => {
  const data = realData();
  const regions = data.atlas.regions[THROWAWAY];
  const codes = regions.map((r) => r.code);

  it("is read from the atlas with its regions, and every municipality belongs to one", () => {
    expect(regions).toHaveLength(19);
    expect(regions.find((r) => r.code === "21")?.name.en).toBe("Åland");
    for (const m of data.atlas.municipalities) expect(codes).toContain(m.memberships[THROWAWAY]);
  });
  it("is offered for municipal data, which sums up to it", () => {
    const { table, view } = viewAt(null);
    expect(shownLevels(table)).toContain(THROWAWAY);
    expect(view.dataset.level).toBe(THROWAWAY);
    const size = (code: string) =>
      data.atlas.municipalities.filter((m) => m.memberships.maakunta === code).length;
    for (const row of view.rows) expect(row.value, row.code).toBe(size(row.code));
  });
  it("draws: a filled path per region, and lines between them", () => {
    const { view } = viewAt(null);
    const nodes = svgLayers(view.scene, realGeometry(), realViewport());
    expect(paths(nodes, "region-fill").map((p) => p.attrs["data-code"])).toEqual(codes);
    const border = paths(nodes, "throwaway-border");
    expect(border).toHaveLength(1);
    expect(String(border[0]?.attrs.d).length).toBeGreaterThan(1000);
  });
  it("labels: a value label on each region, with the words of its entry", () => {
    const { view } = viewAt(null);
    const values = view.scene.labels.filter((l) => l.role === "value");
    expect(values.map((l) => l.code).sort()).toEqual(codes);
    expect(values.every((l) => l.level === THROWAWAY)).toBe(true);
    expect(view.chart.title).toContain("by throwaway region");
  });
  it("is pointed at: a hit at a region's label point names it, and its context", () => {
    const hit = hitTester(realGeometry());
    const oulu = regions.find((r) => r.code === "17");
    if (!oulu) throw new Error("no region 17");
    const found = hit(oulu.label[0], oulu.label[1], pointerLevels(THROWAWAY, false));
    expect(found[THROWAWAY]).toBe("17");
    expect(found.county).toBe("19");
  });
  it("selects: the selected layer outlines the region, the chart highlights it, the URL names it", () => {
    const { view } = viewAt({ level: THROWAWAY, code: "17" });
    const selected = view.scene.layers.find((l) => l.id === "selected");
    expect(selected).toMatchObject({ source: THROWAWAY, codes: ["17"] });
    const nodes = svgLayers(view.scene, realGeometry(), realViewport());
    expect(paths(nodes, "selected")).toHaveLength(1);
    expect(view.rows.filter((r) => r.selected).map((r) => r.code)).toEqual(["17"]);
    const url = readUrl("?region=throwaway:17", "", {
      counties: new Set(),
      areas: new Set(),
      editions: new Set(),
      surveyMetrics: new Map(),
      regions: { [THROWAWAY]: new Set(codes) },
    });
    expect(url.state.region).toEqual({ level: THROWAWAY, code: "17" });
  });
});
