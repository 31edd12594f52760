// View state → scene: what the map draws, decided without a DOM or a map library.
import { describe, expect, it } from "vitest";
import { datasetOf, tableOf } from "../app/importedFixtures.ts";
import { realData, realScene } from "../app/sceneFixtures.ts";

const layer = (scene: ReturnType<typeof realScene>, id: string) =>
  scene.layers.find((l) => l.id === id);

describe("buildScene", () => {
  it("shades the survey's 22 counties, hatches the four with few respondents and Åland", () => {
    const scene = realScene();
    expect(scene.shaded).toBe("county");
    expect(scene.fills.size).toBe(22);
    expect(layer(scene, "region-fill")).toMatchObject({ source: "county", color: "by-code" });
    expect(layer(scene, "small-sample-hatch")).toMatchObject({ codes: ["01", "04", "10", "90"] });
    expect(layer(scene, "outside-hatch")).toBeDefined();
    expect(layer(scene, "no-data-hatch")).toMatchObject({ codes: [] });
  });
  it("labels every county with its value; each button's name starts with what it shows", () => {
    const values = realScene().labels.filter((l) => l.role === "value" && l.place === "map");
    expect(values).toHaveLength(22);
    for (const l of values) expect(l.accessibleName?.startsWith(`${l.name} ${l.value}`)).toBe(true);
    const helsinki = values.find((l) => l.code === "90");
    expect(helsinki).toMatchObject({ name: "Helsinki", value: "4,0*", smallSample: true });
  });
  it("names employment areas only with the overlay, from zoom 6.5", () => {
    const names = (overlay: boolean) =>
      realScene({ overlay }).labels.filter((l) => l.role === "area-name");
    expect(names(true)).toHaveLength(45);
    expect(names(true).every((l) => l.minZoom === 6.5)).toBe(true);
    expect(names(false)).toHaveLength(0);
  });
  it("outlines the selected county", () => {
    expect(layer(realScene({ county: "13" }), "selected")).toMatchObject({
      source: "county",
      codes: ["13"],
    });
    expect(layer(realScene(), "selected")).toBeUndefined();
  });
  it("shades municipalities when the data is by municipality: Åland is one of them, counties give context", () => {
    const data = realData();
    const codes = data.atlas.regions.municipality.map((m) => m.code);
    const values = new Map(codes.slice(1).map((c, i) => [c, [i] as (number | null)[]]));
    const dataset = datasetOf(tableOf("municipality", ["n"], values), data.atlas);
    const scene = realScene({ dataset });
    expect(scene.shaded).toBe("municipality");
    expect(layer(scene, "outside")).toBeUndefined();
    expect(layer(scene, "no-data-hatch")).toMatchObject({ codes: [codes[0]] });
    expect(layer(scene, "municipality-border")).toBeDefined();
    expect(scene.labels.filter((l) => l.role === "name" && l.place === "map")).toHaveLength(22);
    expect(
      scene.labels.filter((l) => l.role === "value").every((l) => !l.focusableWhenHidden),
    ).toBe(true);
  });
  it("is a pure function of its input: the same view gives an equal scene", () => {
    expect(realScene({ county: "21" })).toEqual(realScene({ county: "21" }));
  });
});

describe("the capital-region inset", () => {
  it("repeats the labels of Helsinki and the four Uusimaa counties, which hide on the map meanwhile", () => {
    const scene = realScene();
    expect(scene.inset?.title).toBe("Uusimaa");
    const inset = scene.labels.filter((l) => l.place === "inset").map((l) => l.code);
    expect(inset.sort()).toEqual(["01", "02", "03", "04", "90"]);
    const onMap = scene.labels.filter((l) => l.place === "map" && l.inInset).map((l) => l.code);
    expect(onMap.sort()).toEqual(["01", "02", "03", "04", "90"]);
  });
  it("frames every label point of those counties", () => {
    const scene = realScene();
    const [[west, south], [east, north]] = scene.inset?.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    for (const l of scene.labels.filter((x) => x.place === "inset")) {
      expect(l.lngLat[0]).toBeGreaterThan(west);
      expect(l.lngLat[0]).toBeLessThan(east);
      expect(l.lngLat[1]).toBeGreaterThan(south);
      expect(l.lngLat[1]).toBeLessThan(north);
    }
  });
});

describe("viewDescription", () => {
  it("names the highest and lowest ranked counties (all of a tie), the national figure and the crossing areas, in each language", async () => {
    const { realView } = await import("../app/sceneFixtures.ts");
    const fi = realView({ metric: "planning" }).description;
    expect(fi).toContain(
      "korkein Etelä-Karjala (3,4), matalin Länsi-Uusimaa ja Pohjois-Savo (2,2)",
    );
    expect(fi).toContain("Kaikki vastaajat: 2,7 (N = 465)");
    expect(fi).toContain(
      "5 työllisyysaluetta ylittää hyvinvointialueiden rajat: Eteläinen Keski-Suomi,",
    );
    expect(realView({ metric: "planning", lang: "en" }).description).toContain(
      "highest South Karelia (3.4), lowest North Savo and West Uusimaa (2.2)",
    );
    expect(realView({ metric: "planning", lang: "sv" }).description).toContain(
      "högst Södra Karelen",
    );
  });
});
