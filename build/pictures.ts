// The build's pictures of the map: app icons (PNG and SVG) and the link preview, drawn from the committed data.
import { readFileSync } from "node:fs";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { atlasFromTopology } from "../src/data/atlas.ts";
import { surveyDataset } from "../src/data/dataset.ts";
import { parseSurvey } from "../src/data/survey.ts";
import { validateSurveyMeta } from "../src/data/surveyMeta.ts";
import { choropleth } from "../src/scales/choropleth.ts";
import { COLORS } from "../src/scene/layers.ts";
import { type Ring, rasterize, roundedRect, type Shape } from "./raster.ts";

type RGBA = [number, number, number, number];

/** A colour as SVG writes it: "#0b5394". */
const hex = ([r, g, b]: readonly number[]) =>
  `#${[r, g, b]
    .map((v) =>
      Math.round(v ?? 0)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
type Box = { x: number; y: number; w: number; h: number };

/** The app's accent colour, behind the icon's map. */
const ICON_BACKGROUND: RGBA = [11, 83, 148, 1];

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

/** "rgb(1, 2, 3)" or "#010203" as [r, g, b, 1]. */
export function parseColor(css: string): RGBA {
  const rgb = css.match(/rgb\((\d+),\s*(\d+),\s*(\d+)\)/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), 1];
  const hex = css.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  if (hex) return [1, 2, 3].map((i) => Number.parseInt(hex[i] ?? "0", 16)).concat(1) as RGBA;
  throw new Error(`unreadable colour ${css}`);
}

interface Region {
  rings: [number, number][][];
  rgba: RGBA;
}

/**
 * The 22 counties in the default survey edition's colours (its first metric,
 * low–high, as the first view shows them) and Åland grey, as rings of
 * longitude and Mercator y.
 */
function mapRegions(): { regions: Region[] } {
  const topology = JSON.parse(read("public/data/finland-2025.topo.json")) as Topology;
  const atlas = atlasFromTopology(topology);
  const { default: id } = JSON.parse(read("public/data/survey/editions.json")) as {
    default: string;
  };
  const survey = parseSurvey(
    read(`public/data/survey/${id}.csv`),
    validateSurveyMeta(JSON.parse(read(`public/data/survey/${id}.meta.json`))),
    atlas.regions.county,
  );
  const dataset = surveyDataset(
    survey,
    atlas.regions.county.map((c) => c.code),
  );
  const colors = choropleth(dataset, "", "sequential").colors;
  const rings = (t: Topology, object: string, code?: string) =>
    feature(t, t.objects[object] as GeometryCollection).features.flatMap((f) => {
      if (code !== undefined && String(f.id) !== code) return [];
      const g = f.geometry;
      const polygons =
        g?.type === "Polygon" ? [g.coordinates] : g?.type === "MultiPolygon" ? g.coordinates : [];
      return polygons.flat().map((ring) =>
        ring.map(([lng = 0, lat = 0]) => {
          const phi = (lat * Math.PI) / 180;
          return [lng, Math.log(Math.tan(Math.PI / 4 + phi / 2)) * (180 / Math.PI)] as [
            number,
            number,
          ];
        }),
      );
    });
  const regions: Region[] = atlas.regions.county.map((c) => ({
    rings: rings(topology, "counties", c.code),
    rgba: parseColor(colors.get(c.code) ?? COLORS.noData),
  }));
  regions.push({ rings: rings(topology, "outside"), rgba: parseColor(COLORS.outside) });
  return { regions };
}

/** Fits sets of regions (x east, y north) into a pixel box, centred, y down, all at the first set's scale. */
function fitInto(sets: Region[][], box: Box, bounds = sets[0] ?? []): Shape[][] {
  const points = bounds.flatMap((r) => r.rings.flat());
  const [minX, maxX] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const scale = Math.min(box.w / (maxX - minX), box.h / (maxY - minY));
  const dx = box.x + (box.w - (maxX - minX) * scale) / 2;
  const dy = box.y + (box.h - (maxY - minY) * scale) / 2;
  return sets.map((set) =>
    set.map((r) => ({
      rgba: r.rgba,
      rings: r.rings.map((ring) =>
        ring.map(([x, y]) => [dx + (x - minX) * scale, dy + (maxY - y) * scale] as const),
      ),
    })),
  );
}

/**
 * The app icon at `size` pixels: the counties as the map first shows them, on
 * the accent colour. A maskable icon fills the square and keeps the map inside
 * the central 80 % circle every mask leaves; the other has rounded corners.
 */
export function iconShapes(size: number, maskable: boolean): { background: RGBA; shapes: Shape[] } {
  const { regions } = mapRegions();
  const margin = maskable ? size * 0.24 : size * 0.1;
  const [map = []] = fitInto([regions], {
    x: margin,
    y: margin,
    w: size - 2 * margin,
    h: size - 2 * margin,
  });
  const plate: Shape = {
    rings: [
      maskable ? roundedRect(0, 0, size, size, 0.01) : roundedRect(0, 0, size, size, size * 0.18),
    ],
    rgba: ICON_BACKGROUND,
  };
  return { background: [0, 0, 0, 0], shapes: [plate, ...map] };
}

/**
 * The tab's favicon: at 32 pixels the counties' colours are a blur, so it is
 * Finland's outline alone, white on the accent colour (and some 300 bytes).
 */
export function faviconPng(size = 32): Buffer {
  return rasterize(size, size, [0, 0, 0, 0], faviconShapes(size));
}

/**
 * The favicon as SVG: the outline on a 32-unit grid in whole units, rings
 * smaller than a unit and points on a straight line left out (some 400 bytes gzip).
 */
export function faviconSvg(): string {
  const shapes = faviconShapes(32);
  const d = (rings: readonly Ring[]) =>
    rings
      .map((ring) => {
        const pts = ring
          .map(([x, y]) => [Math.round(x), Math.round(y)] as const)
          .filter((p, i, all) => {
            const prev = all[i - 1];
            return !prev || prev[0] !== p[0] || prev[1] !== p[1];
          });
        // A point on the straight line between its neighbours adds nothing.
        const kept = pts.filter((p, i) => {
          const a = pts[(i - 1 + pts.length) % pts.length] ?? p;
          const b = pts[(i + 1) % pts.length] ?? p;
          return (p[0] - a[0]) * (b[1] - a[1]) !== (p[1] - a[1]) * (b[0] - a[0]);
        });
        return kept.length > 2 ? `M${kept.map((p) => p.join(" ")).join("L")}Z` : "";
      })
      .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${shapes
    .map((s) => `<path fill="${hex(s.rgba)}" d="${d(s.rings)}"/>`)
    .join("")}</svg>\n`;
}

function faviconShapes(size: number): Shape[] {
  const topology = JSON.parse(read("public/data/finland-2025.topo.json")) as Topology;
  const all = ["counties", "outside"].flatMap(
    (key) => (topology.objects[key] as GeometryCollection).geometries,
  ) as Parameters<typeof merge>[1];
  const outline = merge(topology, all);
  const rings = outline.coordinates.flat().map((ring) =>
    ring.map(([lng = 0, lat = 0]) => {
      const phi = (lat * Math.PI) / 180;
      return [lng, Math.log(Math.tan(Math.PI / 4 + phi / 2)) * (180 / Math.PI)] as [number, number];
    }),
  );
  const margin = size * 0.1;
  const [finland = []] = fitInto([[{ rings, rgba: [255, 255, 255, 1] }]], {
    x: margin,
    y: margin,
    w: size - 2 * margin,
    h: size - 2 * margin,
  });
  const plate: Shape = {
    rings: [roundedRect(0, 0, size, size, size * 0.18)],
    rgba: ICON_BACKGROUND,
  };
  return [plate, ...finland];
}

export function iconPng(size: number, maskable = false): Buffer {
  const { background, shapes } = iconShapes(size, maskable);
  return rasterize(size, size, background, shapes);
}

/**
 * The icon as SVG: the same shapes on a `grid`-unit square, points rounded to
 * half units (64, for the manifest) or whole ones (a small grid, for a tab's
 * favicon, where a few hundred bytes draw it as sharply as a browser shows it).
 */
export function iconSvg(grid = 64): string {
  const { shapes } = iconShapes(grid, false);
  const step = grid >= 64 ? 2 : 1;
  const path = (rings: readonly Ring[]) =>
    rings
      .map((ring) => {
        const pts = ring.map(
          ([x, y]) => `${Math.round(x * step) / step},${Math.round(y * step) / step}`,
        );
        const unique = pts.filter((p, i) => p !== pts[i - 1]);
        return unique.length > 2 ? `M${unique.join("L")}Z` : "";
      })
      .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${grid} ${grid}">${shapes
    .map((s) => `<path fill="${hex(s.rgba)}" fill-rule="evenodd" d="${path(s.rings)}"/>`)
    .join("")}</svg>\n`;
}

/**
 * The link preview (Open Graph, 1200 × 630): the first view's map of the
 * counties in their colours, on the sea. The title and description come with
 * the tags. (The neighbouring countries are left out: their data is cut at a
 * box the map never shows, but a wide picture would.)
 */
export function previewPng(): Buffer {
  const { regions } = mapRegions();
  const [finland = []] = fitInto([regions], { x: 300, y: 20, w: 600, h: 590 });
  return rasterize(1200, 630, parseColor(COLORS.sea), finland);
}
