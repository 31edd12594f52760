// One scene, two renderers: the MapLibre style and the SVG drawing come from the same layer table.
import { createExpression, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { sourceFeatures } from "../../../src/map/geometry.ts";
import { glStyle } from "../../../src/map/glStyle.ts";
import { patternImage } from "../../../src/map/hatch.ts";
import { viewportAt } from "../../../src/map/mercator.ts";
import { clipBox, svgLayers } from "../../../src/map/svgLayers.ts";
import type { SvgNode } from "../../../src/map/svgNode.ts";
import { svgPath } from "../../../src/map/svgPath.ts";
import { LINE_JOIN, PATTERNS, STROKE_REACH, sceneLayers } from "../../../src/scene/layers.ts";
import { datasetOf, tableOf } from "../app/importedFixtures.ts";
import { realData, realGeometry, realScene, realViewport } from "../app/sceneFixtures.ts";

type Paint = Record<string, unknown>;

/** A MapLibre paint value at a zoom, evaluated by MapLibre's own expression engine. */
function evaluate(value: unknown, zoom: number, state: Record<string, unknown> = {}): unknown {
  if (!Array.isArray(value)) return value;
  const parsed = createExpression(value, "layers[0].paint");
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }, { type: "Polygon", properties: {} } as never, state);
}

/** A colour as "#rrggbb": from MapLibre's Color (0–1, premultiplied), "rgb(r, g, b)" or "#rrggbb". */
const cssColor = (c: unknown) => {
  const hex = (v: number) => Math.round(v).toString(16).padStart(2, "0");
  if (typeof c === "string") {
    const rgb = c.match(/^rgb\((\d+), ?(\d+), ?(\d+)\)$/);
    return rgb
      ? `#${rgb
          .slice(1)
          .map((v) => hex(Number(v)))
          .join("")}`
      : c.toLowerCase();
  }
  const color = c as { r: number; g: number; b: number; a: number };
  return `#${[color.r, color.g, color.b].map((v) => hex((v / (color.a || 1)) * 255)).join("")}`;
};

/** Both renderers' layers for one scene, paired by position. */
function draw(sceneOptions: Parameters<typeof realScene>[0] = {}) {
  const scene = realScene(sceneOptions);
  const geometry = realGeometry();
  const viewport = realViewport();
  const gl = glStyle(scene, geometry);
  const [defs, ...svg] = svgLayers(scene, geometry, viewport);
  return { scene, geometry, viewport, gl, defs: defs as SvgNode, svg };
}

describe("the SVG map and the MapLibre style", () => {
  for (const [name, options] of [
    ["the survey by county", {}],
    ["with the overlay off and a county selected", { overlay: false, county: "13" }],
  ] as const)
    it(`draw the same layers in the same order, colours, widths and dashes: ${name}`, () => {
      const { scene, gl, svg, viewport, defs } = draw(options);
      expect(svg.map((n) => n.attrs["data-layer"])).toEqual(gl.layers.map((l) => l.id));
      gl.layers.forEach((layer: LayerSpecification, i) => {
        const node = svg[i] as SvgNode;
        const paint = ((layer as { paint?: Paint }).paint ?? {}) as Paint;
        switch (layer.type) {
          case "background":
            expect(node.attrs.fill).toBe(paint["background-color"]);
            break;
          case "fill": {
            if (paint["fill-pattern"]) {
              expect(node.attrs.fill).toBe(`url(#${paint["fill-pattern"]})`);
              expect(
                defs.children?.some(
                  (d) => typeof d !== "string" && d.attrs.id === paint["fill-pattern"],
                ),
              ).toBe(true);
              break;
            }
            const paths = (node.children ?? []) as SvgNode[];
            for (const path of paths) {
              const code = String(path.attrs["data-code"] ?? "");
              const fill = path.attrs.fill ?? node.attrs.fill;
              // MapLibre reads a region's colour from its feature state, as the adapter sets it from the scene.
              const glColour = cssColor(
                evaluate(paint["fill-color"], viewport.zoom, { color: scene.fills.get(code) }),
              );
              expect(cssColor(fill), `${layer.id} ${code}`).toBe(glColour);
            }
            break;
          }
          case "line": {
            expect(node.attrs.stroke).toBe(paint["line-color"]);
            const width = evaluate(paint["line-width"], viewport.zoom) as number;
            expect(Number(node.attrs["stroke-width"])).toBeCloseTo(width, 2);
            const dash = paint["line-dasharray"] as number[] | undefined;
            expect(node.attrs["stroke-dasharray"] ?? null).toBe(
              dash ? dash.map((d) => Number((d * width).toFixed(2))).join(" ") : null,
            );
            const layout = (layer as { layout?: Record<string, string | number> }).layout;
            expect(node.attrs["stroke-linecap"]).toBe(layout?.["line-cap"]);
            expect(node.attrs["stroke-linejoin"]).toBe(layout?.["line-join"]);
            expect(node.attrs["stroke-miterlimit"]).toBe(layout?.["line-miter-limit"]);
            break;
          }
        }
      });
    });

  it("filter to the same regions: the selected county and the hatched ones", () => {
    const { gl, svg } = draw({ county: "90" });
    for (const id of ["selected", "small-sample-hatch"]) {
      const layer = gl.layers.find((l) => l.id === id) as { filter: unknown[] };
      const codes = (layer.filter[2] as [string, string[]])[1];
      const node = svg.find((n) => n.attrs["data-layer"] === id);
      expect(node?.children).toHaveLength(codes.length);
    }
  });

  it("draw municipal data with municipal borders under the county outlines", () => {
    const data = realData();
    const codes = data.atlas.regions.municipality.map((m) => m.code);
    const values = new Map(codes.map((c, i) => [c, [i]]));
    const dataset = datasetOf(tableOf("municipality", ["n"], values), data.atlas);
    const { gl, svg } = draw({ dataset });
    const ids = gl.layers.map((l) => l.id);
    expect(svg.map((n) => n.attrs["data-layer"])).toEqual(ids);
    expect(ids.indexOf("municipality-border")).toBeLessThan(ids.indexOf("county-outline"));
    expect(ids).not.toContain("outside");
    expect((svg.find((n) => n.attrs["data-layer"] === "region-fill")?.children ?? []).length).toBe(
      308,
    );
  });

  it("hatch with the same stripes: the GL image's pixels and the SVG pattern's strokes", () => {
    const image = patternImage(PATTERNS.hatch);
    const on = (x: number, y: number) => (image.data[(y * image.width + x) * 4 + 3] ?? 0) > 0;
    // "/" stripes through the tile's corners: x + y = 0 and 1, then 8 and 9 (spacing 8).
    const s = PATTERNS.hatch.spacing;
    expect([on(0, 0), on(1, 0), on(s - 1, 1), on(1, s - 1)]).toEqual([true, true, true, true]);
    expect([on(3, 0), on(s - 1, 0)]).toEqual([false, false]);
    const { defs } = draw();
    const pattern = defs.children?.find(
      (d) => typeof d !== "string" && d.attrs.id === "hatch",
    ) as SvgNode;
    const stroke = (pattern.children ?? [])[0] as SvgNode;
    const [r, g, b, a] = PATTERNS.hatch.rgba;
    expect(stroke.attrs.stroke).toBe(`rgba(${r},${g},${b},${a})`);
    // The strokes run along x + y = 0 and x + y = spacing, moved to the pixels' centre line (x + y = 1.5).
    expect(stroke.attrs.d).toContain(`M0,${s} L${s},0`);
    expect(pattern.attrs.patternTransform).toBe("translate(0.75 0.75)");
  });
});

describe("glStyle", () => {
  /** Every string in a JSON-like value, depth first. */
  const strings = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === "object"
          ? Object.values(value).flatMap(strings)
          : [];

  it("is a valid MapLibre style that names no URL: no tile, glyph or sprite server", () => {
    const style = glStyle(realScene(), realGeometry());
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(strings(style).filter((s) => /^[a-z]+:\/\//i.test(s))).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
  it("draws crossing borders above the employment-area outlines, and those above the fills", () => {
    const ids = glStyle(realScene(), realGeometry()).layers.map((l) => l.id);
    expect(ids.indexOf("region-fill")).toBeLessThan(ids.indexOf("employment-area-border"));
    expect(ids.indexOf("employment-area-border")).toBeLessThan(ids.indexOf("crossing-border"));
  });
  it("leaves out the overlay's layers when it is off, so nothing is drawn hidden", () => {
    const ids = glStyle(realScene({ overlay: false }), realGeometry()).layers.map((l) => l.id);
    expect(ids).not.toContain("crossing-border");
    expect(ids).toContain("county-border");
  });
});

describe("what both renderers leave out beyond the drawn area", () => {
  it("is further out than any stroke of the table reaches, at any zoom", () => {
    // Every choice on at once: a highlight, a selection and a found place with its regions.
    const layers = sceneLayers({
      shaded: "county",
      noData: ["01"],
      smallSample: ["02"],
      overlay: true,
      selected: { level: "county", code: "13" },
      highlight: { level: "county", codes: ["13"] },
      place: {
        level: "municipality",
        code: "091",
        within: [
          { level: "county", code: "01" },
          { level: "employmentArea", code: "T1" },
          { level: "maakunta", code: "01" },
        ],
      },
    });
    const lines = layers.filter((l) => l.kind === "line");
    expect(lines.map((l) => l.id)).toEqual(
      expect.arrayContaining(["place-halo", "highlight-halo"]),
    );
    for (const line of lines) {
      const widest = Math.max(...line.width.map(([, w]) => w));
      expect(widest / 2 + (widest / 2) * LINE_JOIN.miterLimit, line.id).toBeLessThanOrEqual(
        STROKE_REACH,
      );
    }
  });
  it("is the GL map's tile buffer for every source", () => {
    const style = glStyle(realScene(), realGeometry());
    for (const source of Object.values(style.sources))
      expect((source as { buffer?: number }).buffer).toBe(STROKE_REACH);
  });
  it("leaves a zoomed-in SVG path every segment that meets the drawing and its reach, and no other", () => {
    const geometry = realGeometry();
    // Zoom 8 over Tampere: most of Finland's borders lie far outside the drawing.
    const viewport = viewportAt([23.76, 61.5], 8, 960, 632);
    const box = {
      left: -STROKE_REACH,
      top: -STROKE_REACH,
      right: viewport.width + STROKE_REACH,
      bottom: viewport.height + STROKE_REACH,
    };
    type Segment = [[number, number], [number, number]];
    /** The segments of path data. */
    const segments = (d: string): Segment[] =>
      [...d.matchAll(/M[^M]*/g)].flatMap(([sub]) => {
        const points = [...sub.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
          ([, x, y]): [number, number] => [Number(x), Number(y)],
        );
        return points.slice(1).map((p, i): Segment => [points[i] as [number, number], p]);
      });
    const meets = ([[ax, ay], [bx, by]]: Segment) =>
      !(
        Math.max(ax, bx) < box.left ||
        Math.min(ax, bx) > box.right ||
        Math.max(ay, by) < box.top ||
        Math.min(ay, by) > box.bottom
      );
    const key = (s: Segment) => s.map((p) => p.join(",")).join(" ");
    let kept = 0;
    let all = 0;
    for (const source of ["border:county", "border:employmentArea"] as const)
      for (const feature of sourceFeatures(geometry, source).features) {
        const g = feature.geometry as GeoJSON.MultiLineString;
        const full = segments(svgPath(g, viewport.project, 0));
        const clipped = segments(svgPath(g, viewport.project, 0, box));
        expect(clipped.map(key).sort()).toEqual(full.filter(meets).map(key).sort());
        kept += clipped.length;
        all += full.length;
      }
    // The view shows some borders, and leaves most of them out.
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(all / 5);
  });
  it("draws the SVG map's layers zoomed in as each geometry clipped to the drawing, and at country scale whole", () => {
    const scene = realScene();
    const geometry = realGeometry();
    const zoomed = viewportAt([23.76, 61.5], 8, 960, 632);
    for (const [viewport, clipped] of [
      [zoomed, true],
      [realViewport(), false],
    ] as const) {
      const [, ...nodes] = svgLayers(scene, geometry, viewport);
      const border = nodes.find((n) => n.attrs["data-layer"] === "employment-area-border");
      const feature = sourceFeatures(geometry, "border:employmentArea").features[0];
      if (!border || !feature) throw new Error("no employment-area border");
      const g = feature.geometry as GeoJSON.MultiLineString;
      const [path] = (border.children ?? []) as SvgNode[];
      const d = path?.attrs.d;
      expect(d).toBe(svgPath(g, viewport.project, 0.5, clipped ? clipBox(viewport) : undefined));
      // Zoomed in, most of the border is left out; at country scale, none of it.
      if (clipped) expect(String(d).length).toBeLessThan(svgPath(g, viewport.project).length / 5);
      else expect(d).toBe(svgPath(g, viewport.project));
      // A region far from the view (Lapland, 21) draws nothing zoomed in.
      const fills = nodes.find((n) => n.attrs["data-layer"] === "region-fill");
      const lapland = ((fills?.children ?? []) as SvgNode[]).find(
        (c) => c.attrs["data-code"] === "21",
      );
      expect(lapland?.attrs.d === "").toBe(clipped);
    }
  });
});
