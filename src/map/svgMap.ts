// The map drawn as SVG: the first view, fully interactive, and the whole map where WebGL is missing.

import { COLORS } from "../scene/layers.ts";
import type { Scene } from "../scene/scene.ts";
import { attachGestures, resized } from "./gestures.ts";
import {
  type Camera,
  FINLAND_BOUNDS,
  fitPadding,
  type MapView,
  type MapViewOptions,
  ZOOM_RANGE,
} from "./mapView.ts";
import { fitBounds, type Viewport, viewportAt, zoomAround } from "./mercator.ts";
import { splitAtFills, svgLayers, warmPaths } from "./svgLayers.ts";
import { svgElement } from "./svgNode.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** After a gesture, the drawing is redone sharp at the new zoom once the map has rested this long (ms). */
const REDRAW_DELAY = 180;

/**
 * Draws the scene's layers in a Web Mercator viewport, the same as MapLibre's,
 * so the GL map can replace it without a jump. Gestures move the drawing at
 * once with a transform; it is redrawn sharp when they rest. A scene that
 * differs only in its fill colours recolours the paths in place.
 */
export function createSvgMap(container: HTMLElement, options: MapViewOptions): MapView {
  // Two drawings, each its own compositor layer: the fills, and everything above them
  // (hatches, borders), which a recolour leaves alone and need not paint again.
  const svgRoot = (className: string) => {
    const element = document.createElementNS(SVG_NS, "svg");
    element.setAttribute("class", className);
    element.setAttribute("aria-hidden", "true");
    element.setAttribute("focusable", "false");
    return element;
  };
  const root = svgRoot("svg-map");
  const overlayRoot = svgRoot("svg-map svg-map-overlay");
  const background = document.createElementNS(SVG_NS, "rect");
  const content = document.createElementNS(SVG_NS, "g");
  const overlay = document.createElementNS(SVG_NS, "g");
  root.append(background, content);
  overlayRoot.append(overlay);
  container.append(root, overlayRoot);

  let geometry = options.geometry;
  let scene: Scene | null = null;
  // The camera is fitted to Finland until the user or a link sets one.
  let fitted = options.camera === null;
  const fitFinland = (w: number, h: number) =>
    fitBounds(FINLAND_BOUNDS, w, h, options.padding?.(w) ?? fitPadding(w));
  const size = () => [container.clientWidth, container.clientHeight] as const;
  let live: Viewport = options.camera
    ? viewportAt(options.camera.center, options.camera.zoom, ...size())
    : fitFinland(...size());
  let drawn: Viewport | null = null;
  let drawnStructure = "";
  let redrawTimer = 0;

  /** Everything of the scene but its colours: when this is unchanged, a recolour will do. */
  const structure = (s: Scene) =>
    JSON.stringify([s.layers.map((l) => ({ ...l, color: "color" in l ? l.color : "" })), live.key]);

  function draw() {
    if (!scene) return;
    background.setAttribute("width", String(live.width));
    background.setAttribute("height", String(live.height));
    background.setAttribute("fill", COLORS.sea);
    for (const r of [root, overlayRoot]) {
      r.setAttribute("viewBox", `0 0 ${live.width} ${live.height}`);
      r.setAttribute("width", String(live.width));
      r.setAttribute("height", String(live.height));
    }
    const { fills, above } = splitAtFills(
      svgLayers(
        { layers: scene.layers.filter((l) => l.kind !== "background"), fills: scene.fills },
        geometry,
        live,
        { idPrefix: "svg-" },
      ),
    );
    content.replaceChildren(...fills.map(svgElement));
    overlay.replaceChildren(...above.map(svgElement));
    root.style.transform = "";
    overlayRoot.style.transform = "";
    drawn = live;
    drawnStructure = structure(scene);
  }

  /** The neighbouring countries' layer alone, drawn again (they came after the first paint). */
  function drawNeighbours(s: Scene) {
    const layer = s.layers.find((l) => "source" in l && l.source === "neighbours");
    const old = content.querySelector(`[data-layer="${layer?.id}"]`);
    if (!layer || !old || !drawn) return draw();
    // svgLayers gives the pattern definitions first, then the layer.
    const [, node] = svgLayers({ layers: [layer], fills: s.fills }, geometry, drawn, {
      idPrefix: "svg-",
    });
    if (node) old.replaceWith(svgElement(node));
  }

  /** Fill colours of the shaded regions, changed in place. */
  function recolour(s: Scene) {
    for (const path of content.querySelectorAll<SVGPathElement>('[data-layer="region-fill"] path'))
      path.setAttribute("fill", s.fills.get(path.dataset.code ?? "") ?? COLORS.noData);
  }

  /** Shows `live` at once: a transform of the drawing, redrawn sharp after a rest. */
  function move(next: Viewport, redrawAfter = REDRAW_DELAY) {
    live = next;
    if (drawn) {
      const k = 2 ** (live.zoom - drawn.zoom);
      const [tx, ty] = live.project(...drawn.unproject(0, 0));
      // A CSS transform of the drawings' own layers: the compositor moves them, nothing repaints.
      const transform = `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${k})`;
      root.style.transform = transform;
      overlayRoot.style.transform = transform;
    }
    options.onMove();
    clearTimeout(redrawTimer);
    redrawTimer = window.setTimeout(draw, redrawAfter);
  }

  const pointer = (e: MouseEvent | PointerEvent) => {
    const box = container.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    return {
      lngLat: live.unproject(x, y),
      x,
      y,
      touch: (e as PointerEvent).pointerType === "touch",
    };
  };
  const onPointerMove = (e: PointerEvent) => options.onHover(pointer(e));
  const onLeave = () => options.onHover(null);
  container.addEventListener("pointermove", onPointerMove);
  container.addEventListener("pointerleave", onLeave);
  const detach = attachGestures(container, {
    viewport: () => live,
    onStart: () => options.onGesture(),
    onChange(next, phase) {
      fitted = false;
      move(next);
      if (phase === "end") options.onMoveEnd({ center: live.center, zoom: live.zoom });
    },
    cooperative: options.cooperative,
    onHint: (kind) => options.onGestureHint(kind),
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    onClick: (e) => options.onClick(pointer(e)),
  });

  const resize = new ResizeObserver(() => {
    const [w, h] = size();
    if (w === live.width && h === live.height) return;
    live = fitted ? fitFinland(w, h) : resized(live, w, h);
    draw();
    options.onMove();
  });
  resize.observe(container);

  return {
    kind: "svg",
    overlay: container,
    refit() {
      if (!fitted) return;
      const next = fitFinland(...size());
      if (next.key === live.key) return;
      live = next;
      draw();
      options.onMove();
    },
    prepare(level) {
      warmPaths(geometry.regions(level).features, live);
    },
    render(next) {
      scene = next;
      if (drawn && structure(next) === drawnStructure) recolour(next);
      else draw();
    },
    setGeometry(next) {
      const onlyNeighbours = next.regions === geometry.regions;
      geometry = next;
      if (onlyNeighbours && drawn && scene) drawNeighbours(scene);
      else draw();
    },
    camera: () => ({ center: live.center, zoom: live.zoom }),
    jumpTo(camera: Camera) {
      fitted = false;
      move(viewportAt(camera.center, camera.zoom, live.width, live.height), 0);
    },
    fitTo(bounds) {
      fitted = false;
      const v = fitBounds(bounds, live.width, live.height, {
        top: 40,
        bottom: 40,
        left: 40,
        right: 40,
      });
      move(viewportAt(v.center, Math.min(v.zoom, 9), live.width, live.height), 0);
      options.onMoveEnd({ center: live.center, zoom: live.zoom });
    },
    zoomBy(delta, around) {
      fitted = false;
      const zoom = Math.max(ZOOM_RANGE.min, Math.min(ZOOM_RANGE.max, live.zoom + delta));
      const [x, y] = around ?? [live.width / 2, live.height / 2];
      move(zoomAround(live, zoom - live.zoom, x, y));
      options.onMoveEnd({ center: live.center, zoom: live.zoom });
    },
    project: ([lng, lat]) => live.project(lng, lat),
    unproject: ([x, y]) => live.unproject(x, y),
    zoom: () => live.zoom,
    destroy() {
      clearTimeout(redrawTimer);
      resize.disconnect();
      detach();
      container.removeEventListener("pointermove", onPointerMove);
      container.removeEventListener("pointerleave", onLeave);
      root.remove();
      overlayRoot.remove();
    },
  };
}
