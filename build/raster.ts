// A small polygon rasteriser for the build's images (icons, the link preview): no browser, no native code.
import { PNG } from "pngjs";

export type Ring = readonly (readonly [number, number])[];

/** Filled rings (even–odd: a hole is a ring inside another) in one colour, [r, g, b, a 0–1]. */
export interface Shape {
  rings: readonly Ring[];
  rgba: readonly [number, number, number, number];
}

/** Vertical samples per pixel; horizontal coverage is exact. */
const SAMPLES = 5;

/**
 * Draws the shapes in order over a background into an RGBA PNG of
 * `width` × `height` pixels (coordinates in pixels, y down). Edges are
 * anti-aliased: each pixel's coverage is measured exactly across and at
 * `SAMPLES` heights down. Deterministic: the same shapes give the same bytes.
 */
export function rasterize(
  width: number,
  height: number,
  background: readonly [number, number, number, number],
  shapes: readonly Shape[],
): Buffer {
  const rgba = new Float64Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set(background, i * 4);
  const coverage = new Float64Array(width * height);
  for (const shape of shapes) {
    coverage.fill(0);
    const edges = shape.rings.flatMap((ring) =>
      ring.map((p, i) => [p, ring[(i + 1) % ring.length] ?? p] as const),
    );
    // Each pixel row looks only at the edges that span it.
    const rows: (typeof edges)[] = Array.from({ length: height }, () => []);
    for (const edge of edges) {
      const top = Math.max(0, Math.floor(Math.min(edge[0][1], edge[1][1])));
      const bottom = Math.min(height - 1, Math.floor(Math.max(edge[0][1], edge[1][1])));
      for (let y = top; y <= bottom; y++) rows[y]?.push(edge);
    }
    for (let y = 0; y < height; y++)
      for (let s = 0; s < SAMPLES; s++) {
        const sy = y + (s + 0.5) / SAMPLES;
        const xs: number[] = [];
        for (const [[x0, y0], [x1, y1]] of rows[y] ?? [])
          if (y0 <= sy !== y1 <= sy) xs.push(x0 + ((sy - y0) / (y1 - y0)) * (x1 - x0));
        xs.sort((a, b) => a - b);
        for (let k = 0; k + 1 < xs.length; k += 2)
          addSpan(coverage, y * width, width, xs[k] ?? 0, xs[k + 1] ?? 0, 1 / SAMPLES);
      }
    const [r, g, b, a] = shape.rgba;
    for (let i = 0; i < width * height; i++) {
      const alpha = Math.min(1, coverage[i] ?? 0) * a;
      if (!alpha) continue;
      const o = i * 4;
      rgba[o] = (rgba[o] ?? 0) * (1 - alpha) + r * alpha;
      rgba[o + 1] = (rgba[o + 1] ?? 0) * (1 - alpha) + g * alpha;
      rgba[o + 2] = (rgba[o + 2] ?? 0) * (1 - alpha) + b * alpha;
      rgba[o + 3] = (rgba[o + 3] ?? 0) * (1 - alpha) + alpha;
    }
  }
  const png = new PNG({ width, height });
  for (let i = 0; i < rgba.length; i++)
    png.data[i] = Math.round(i % 4 === 3 ? (rgba[i] ?? 0) * 255 : (rgba[i] ?? 0));
  return PNG.sync.write(png, { colorType: 6 });
}

/** Adds `weight` × the part of each pixel of a row that the span [x0, x1) covers. */
function addSpan(
  coverage: Float64Array,
  row: number,
  width: number,
  x0: number,
  x1: number,
  weight: number,
) {
  const from = Math.max(0, x0);
  const to = Math.min(width, x1);
  for (let x = Math.floor(from); x < to; x++) {
    const covered = Math.min(to, x + 1) - Math.max(from, x);
    if (covered > 0) coverage[row + x] = (coverage[row + x] ?? 0) + covered * weight;
  }
}

/** A rectangle with rounded corners as one ring (for icon backgrounds), corners of `radius`. */
export function roundedRect(x: number, y: number, w: number, h: number, radius: number): Ring {
  const ring: [number, number][] = [];
  const corner = (cx: number, cy: number, start: number) => {
    for (let i = 0; i <= 8; i++) {
      const angle = start + (i / 8) * (Math.PI / 2);
      ring.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
  };
  corner(x + w - radius, y + radius, -Math.PI / 2);
  corner(x + w - radius, y + h - radius, 0);
  corner(x + radius, y + h - radius, Math.PI / 2);
  corner(x + radius, y + radius, Math.PI);
  return ring;
}
