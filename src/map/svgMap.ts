// The map drawn as SVG: the first paint before MapLibre is ready, and the whole map where WebGL is missing.
import { svg } from "../ui/dom.ts";
import type { RegionCollection } from "./geojson.ts";
import { FINLAND_BOUNDS, fitPadding, type MapView, type MapViewOptions } from "./mapView.ts";
import { fitBounds, type Viewport, viewportAt } from "./mercator.ts";
import { COLORS, COUNTY_OUTLINE } from "./style.ts";
import { svgPath } from "./svgPath.ts";

const HATCH_ID = "svg-hatch";

/**
 * Draws the same layers as the GL style, in the same Web Mercator viewport as
 * MapLibre's initial fitBounds, so that the GL map replaces it without a jump.
 * It does not pan or zoom; on resize it redraws to fit.
 */
export function createSvgMap(container: HTMLElement, options: MapViewOptions): MapView {
  const root = svg("svg", {
    class: "svg-map",
    "aria-hidden": "true",
    focusable: "false",
  });
  container.append(root);
  let viewport: Viewport;
  let neighbours: GeoJSON.FeatureCollection | null = null;
  const state = {
    colors: new Map<string, string>(),
    fallback: COLORS.land as string,
    small: new Set<string>(),
    selected: null as string | null,
    overlay: true,
    areaColors: null as ReadonlyMap<string, string> | null,
  };

  const paths = (fc: RegionCollection, attrs: (code: string) => Record<string, string | number>) =>
    fc.features.map((f) =>
      svg("path", {
        d: svgPath(f.geometry, viewport.project),
        "data-code": f.properties.code,
        ...attrs(f.properties.code),
      }),
    );

  function draw() {
    const { clientWidth: w, clientHeight: h } = container;
    const start = options.position;
    viewport = start
      ? viewportAt([start.lng, start.lat], start.zoom, w, h)
      : fitBounds(FINLAND_BOUNDS, w, h, fitPadding(w));
    root.setAttribute("viewBox", `0 0 ${w} ${h}`);
    root.setAttribute("width", String(w));
    root.setAttribute("height", String(h));
    const g = options.geometry;
    const hatch = svg(
      "pattern",
      {
        id: HATCH_ID,
        patternUnits: "userSpaceOnUse",
        width: 8,
        height: 8,
        patternTransform: "rotate(45)",
      },
      svg("rect", { width: 2, height: 8, fill: "rgba(40,40,40,0.6)" }),
    );
    const areaVisibility = state.overlay ? "visible" : "hidden";
    const line = (kind: string, attrs: Record<string, string | number>) => {
      const f = g.borders.features.find((b) => b.properties.kind === kind);
      return svg("path", {
        d: f ? svgPath(f.geometry, viewport.project) : "",
        fill: "none",
        "pointer-events": "none",
        "stroke-linejoin": "round",
        visibility: kind === "county" ? "visible" : areaVisibility,
        ...attrs,
      });
    };
    const only = (keep: (code: string) => boolean) => ({
      ...g.counties,
      features: g.counties.features.filter((f) => keep(f.properties.code)),
    });
    root.replaceChildren(
      svg("defs", {}, hatch),
      svg("rect", { width: w, height: h, fill: COLORS.sea }),
      svg(
        "g",
        { fill: COLORS.land },
        ...(neighbours?.features ?? []).map((f) =>
          svg("path", { d: svgPath(f.geometry as GeoJSON.MultiPolygon, viewport.project) }),
        ),
      ),
      svg("g", { fill: COLORS.outside }, ...paths(g.outside, () => ({}))),
      svg("g", { fill: `url(#${HATCH_ID})` }, ...paths(g.outside, () => ({}))),
      svg(
        "g",
        { class: "svg-counties" },
        ...paths(g.counties, (code) => ({
          fill: state.colors.get(code) ?? state.fallback,
          "data-county": code,
        })),
      ),
      svg(
        "g",
        { fill: `url(#${HATCH_ID})`, "pointer-events": "none" },
        ...paths(
          only((code) => state.small.has(code)),
          () => ({}),
        ),
      ),
      line("county", {
        stroke: state.areaColors ? COUNTY_OUTLINE : COLORS.countyBorder,
        "stroke-width": 1.2,
      }),
      // Transparent area shapes on top, for pointer queries only.
      svg(
        "g",
        { visibility: state.areaColors ? "visible" : areaVisibility, fill: "transparent" },
        ...paths(g.employmentAreas, (code) => ({
          "data-area": code,
          ...(state.areaColors ? { fill: state.areaColors.get(code) ?? state.fallback } : {}),
        })),
      ),
      line("area", { stroke: COLORS.areaBorder, "stroke-width": 0.7, "stroke-dasharray": "3 2" }),
      line("crossing-area", {
        stroke: COLORS.areaBorder,
        "stroke-width": 1.8,
        "stroke-dasharray": "3 1.5",
      }),
      line("crossing", {
        stroke: COLORS.crossingBorder,
        "stroke-width": 2.2,
        "stroke-linecap": "round",
      }),
      svg(
        "g",
        { fill: "none", stroke: COLORS.selected, "stroke-width": 3, "pointer-events": "none" },
        ...paths(
          only((code) => code === state.selected),
          () => ({}),
        ),
      ),
    );
    options.onMove();
  }

  const pointer = (e: PointerEvent | MouseEvent) => {
    const box = container.getBoundingClientRect();
    const hits = document.elementsFromPoint(e.clientX, e.clientY);
    const code = (attr: string) =>
      hits.find((el) => el.hasAttribute(attr))?.getAttribute(attr) ?? null;
    return {
      county: code("data-county"),
      employmentArea: state.overlay ? code("data-area") : null,
      x: e.clientX - box.left,
      y: e.clientY - box.top,
      touch: (e as PointerEvent).pointerType === "touch",
    };
  };
  root.addEventListener("pointermove", (e) => {
    const info = pointer(e);
    root.style.cursor = info.county ? "pointer" : "";
    options.onHover(info.county || info.employmentArea ? info : null);
  });
  root.addEventListener("pointerleave", () => options.onHover(null));
  root.addEventListener("click", (e) => options.onClick(pointer(e)));
  const resize = new ResizeObserver(() => draw());
  resize.observe(container);
  draw();

  // Several setters run in one render: draw once, after them.
  let scheduled = false;
  const redraw =
    <T>(apply: (v: T) => void) =>
    (v: T) => {
      apply(v);
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        draw();
      });
    };
  return {
    kind: "svg",
    setCountyColors: (colors, fallback) => {
      state.colors = new Map(colors);
      state.fallback = fallback;
      for (const path of root.querySelectorAll<SVGPathElement>("[data-county]"))
        path.setAttribute("fill", state.colors.get(path.dataset.code ?? "") ?? fallback);
    },
    setSmallSample: redraw((codes: readonly string[]) => {
      state.small = new Set(codes);
    }),
    setAreaColors: redraw((colors: ReadonlyMap<string, string> | null) => {
      state.areaColors = colors;
    }),
    setSelected: redraw((code: string | null) => {
      state.selected = code;
    }),
    setOverlay: redraw((visible: boolean) => {
      state.overlay = visible;
    }),
    setNeighbours: redraw((n: GeoJSON.FeatureCollection) => {
      neighbours = n;
    }),
    fitTo: () => undefined, // A fixed view: zooming to a region needs the GL map.
    project: ([lng, lat]) => viewport.project(lng, lat),
    zoom: () => viewport.zoom,
    snapshot: (scale) =>
      new Promise((resolve, reject) => {
        const text = new XMLSerializer().serializeToString(root);
        const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
        const image = new Image();
        image.onload = () => {
          const canvas = document.createElement("canvas");
          canvas.width = Math.round(container.clientWidth * scale);
          canvas.height = Math.round(container.clientHeight * scale);
          canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
          URL.revokeObjectURL(url);
          resolve(canvas);
        };
        image.onerror = () => reject(new Error("SVG snapshot failed"));
        image.src = url;
      }),
    destroy: () => {
      resize.disconnect();
      root.remove();
    },
  };
}
