// SVG path data for GeoJSON geometry through a projection.

type Project = (lng: number, lat: number) => [number, number];

/** A rectangle in drawing pixels: what is drawn, with a margin wider than any stroke. */
export interface ClipBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Path data for polygons and lines. Points closer than `minStep` pixels to the
 * last one drawn are skipped (the first and last point of a line, and a ring's
 * closing point, are always kept), which keeps the path small at country zoom
 * without moving any border more than that.
 *
 * With a `clip` box, what lies wholly outside it is left out, as a renderer
 * would spend time on it and show none of it: a line keeps only its runs of
 * segments whose bounds meet the box (each run starts a subpath, so the dashes of
 * a cut line start again there), a ring whose bounds miss the box is dropped
 * whole (an island or a hole out of sight); a ring that meets it is kept whole,
 * so a fill never gains an edge of its own inside the box.
 */
export function svgPath(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.MultiLineString | GeoJSON.LineString,
  project: Project,
  minStep = 0.5,
  clip?: ClipBox,
): string {
  const parts: string[] = [];
  const minSquared = minStep * minStep;
  /** Points `from`..`to` (inclusive) of a projected line as one subpath. */
  const run = (xs: Float64Array, ys: Float64Array, from: number, to: number, close: boolean) => {
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    let d = "";
    for (let i = from; i <= to; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (i > from && i < to) {
        const dx = x - lastX;
        const dy = y - lastY;
        if (dx * dx + dy * dy < minSquared) continue;
      }
      d += `${i === from ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
      lastX = x;
      lastY = y;
    }
    parts.push(close ? `${d}Z` : d);
  };
  const projected = (points: GeoJSON.Position[]) => {
    const n = points.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = points[i] as GeoJSON.Position;
      [xs[i], ys[i]] = project(p[0] as number, p[1] as number);
    }
    return { xs, ys, n };
  };
  const ring = (points: GeoJSON.Position[]) => {
    const { xs, ys, n } = projected(points);
    if (n === 0) return;
    if (clip) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i < n; i++) {
        x0 = Math.min(x0, xs[i] as number);
        x1 = Math.max(x1, xs[i] as number);
        y0 = Math.min(y0, ys[i] as number);
        y1 = Math.max(y1, ys[i] as number);
      }
      if (x1 < clip.left || x0 > clip.right || y1 < clip.top || y0 > clip.bottom) return;
    }
    run(xs, ys, 0, n - 1, true);
  };
  const line = (points: GeoJSON.Position[]) => {
    const { xs, ys, n } = projected(points);
    if (n === 0) return;
    if (!clip) return run(xs, ys, 0, n - 1, false);
    /** Whether the segment from point i - 1 to point i has bounds that meet the box. */
    const meets = (i: number) => {
      const [ax, ay, bx, by] = [xs[i - 1], ys[i - 1], xs[i], ys[i]] as number[] as [
        number,
        number,
        number,
        number,
      ];
      return !(
        Math.max(ax, bx) < clip.left ||
        Math.min(ax, bx) > clip.right ||
        Math.max(ay, by) < clip.top ||
        Math.min(ay, by) > clip.bottom
      );
    };
    let start = -1;
    for (let i = 1; i < n; i++) {
      if (meets(i)) {
        if (start < 0) start = i - 1;
      } else if (start >= 0) {
        run(xs, ys, start, i - 1, false);
        start = -1;
      }
    }
    if (start >= 0) run(xs, ys, start, n - 1, false);
  };
  switch (geometry.type) {
    case "Polygon":
      for (const r of geometry.coordinates) ring(r);
      break;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const r of polygon) ring(r);
      break;
    case "LineString":
      line(geometry.coordinates);
      break;
    case "MultiLineString":
      for (const l of geometry.coordinates) line(l);
      break;
  }
  return parts.join("");
}
