// The capital-region inset on the page: the scene's layers in a magnified box, with its own labels.

import { COLORS } from "../scene/layers.ts";
import type { Scene } from "../scene/scene.ts";
import { clippedTo, type MapGeometry } from "./geometry.ts";
import { type Box, INSET_CAPTION, insetBox, insetShown, insetViewport } from "./insetLayout.ts";
import type { LabelProjection } from "./labels.ts";
import type { MapPointer } from "./mapView.ts";
import type { Viewport } from "./mercator.ts";
import { splitAtFills, svgLayers } from "./svgLayers.ts";
import { svgElement } from "./svgNode.ts";

export interface InsetOptions {
  onHover(pointer: MapPointer | null): void;
  onClick(pointer: MapPointer): void;
}

/** The inset's border, CSS px (styles.css `.map-inset`): its labels and drawing lie inside it. */
const INSET_BORDER = 1;

/**
 * Draws the inset into `host` (the element the map sits in). `update` places
 * it for the map's size and zoom: shown at country scale, hidden closer in.
 * Pointers on it report the longitude and latitude under them, with x and y
 * relative to `host`, like the map's own.
 */

export function insetView(host: HTMLElement, options: InsetOptions) {
  const element = document.createElement("div");
  element.className = "map-inset";
  element.hidden = true;
  const caption = document.createElement("p");
  caption.className = "inset-title";
  const drawing = () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    return svg;
  };
  // The fills, and what is drawn above them: a recolour repaints the first only.
  const svgHost = drawing();
  const svgAbove = drawing();
  svgAbove.classList.add("inset-above");
  element.append(caption, svgHost, svgAbove);
  host.append(element);

  let scene: Scene | null = null;
  let geometry: MapGeometry | null = null;
  /** The geometry near the inset's region only, made when the geometry or the region changes. */
  let clipped: MapGeometry | null = null;
  let viewport: Viewport | null = null;
  let drawn = "";
  /** Where the inset stands in the map, pixels. */
  let box: Box = { x: 0, y: 0, width: 0, height: 0 };
  /** The caption's height: its type's line (larger when presenting). */
  let captionHeight = INSET_CAPTION;

  const pointer = (e: MouseEvent | PointerEvent): MapPointer | null => {
    if (!viewport) return null;
    const box = svgHost.getBoundingClientRect();
    const outer = host.getBoundingClientRect();
    return {
      lngLat: viewport.unproject(e.clientX - box.left, e.clientY - box.top),
      x: e.clientX - outer.left,
      y: e.clientY - outer.top,
      touch: (e as PointerEvent).pointerType === "touch",
    };
  };
  svgHost.addEventListener("pointermove", (e) => options.onHover(pointer(e)));
  svgHost.addEventListener("pointerleave", () => options.onHover(null));
  svgHost.addEventListener("click", (e) => {
    const p = pointer(e);
    if (p) options.onClick(p);
  });

  /** The inset's place last written (its box and origin), to write again only what changed. */
  let placed = "";
  /** Whether the caption's type has been measured (again when its text or type changes). */
  let captionMeasured = false;

  /**
   * Reads the caption's type size (a style read, so only when the scene or the
   * type changes, never on a move) and sets its line to it.
   */
  function measureCaption() {
    if (!element.hidden || scene?.inset)
      captionHeight = Math.max(
        INSET_CAPTION,
        Math.ceil(Number.parseFloat(getComputedStyle(caption).fontSize) * 1.35) || 0,
      );
    caption.style.height = caption.style.lineHeight = `${captionHeight}px`;
    // The drawing starts right below the caption, where the labels' projection puts it: both
    // measured from inside the border (a drawing held to the bottom would stand the border's
    // width higher than its labels).
    for (const svg of [svgHost, svgAbove]) svg.style.top = `${captionHeight}px`;
    placed = "";
    captionMeasured = true;
  }

  /**
   * The inset's first drawing waits until the map's first frame is painted: the
   * map answers sooner, and the inset, hidden meanwhile with its labels, shows a
   * frame later.
   */
  let firstDrawn = false;
  let firstPending = false;
  function drawAfterPaint() {
    if (firstPending) return;
    firstPending = true;
    element.style.visibility = "hidden";
    requestAnimationFrame(() =>
      setTimeout(() => {
        firstDrawn = true;
        draw();
        element.style.visibility = "";
      }, 0),
    );
  }

  /** Draws the layers, or where only the fill colours changed, recolours the paths in place. */
  function draw() {
    if (!scene?.inset || !clipped || !viewport) return;
    const key = JSON.stringify([scene.layers, viewport.key]);
    if (key === drawn) {
      for (const path of svgHost.querySelectorAll<SVGPathElement>(
        '[data-layer="region-fill"] path',
      ))
        path.setAttribute("fill", scene.fills.get(path.dataset.code ?? "") ?? COLORS.noData);
      return;
    }
    drawn = key;
    const { fills, above } = splitAtFills(
      svgLayers(scene, clipped, viewport, { idPrefix: "inset-" }),
    );
    svgHost.replaceChildren(...fills.map(svgElement));
    svgAbove.replaceChildren(...above.map(svgElement));
  }

  return {
    element,
    render(next: Scene, nextGeometry: MapGeometry) {
      // New neighbours alone (they come after the first paint) need no new clipping.
      if (clipped && nextGeometry.regions === geometry?.regions && nextGeometry !== geometry) {
        clipped = { ...clipped, neighbours: nextGeometry.neighbours };
        drawn = "";
      }
      if (
        next.inset &&
        (nextGeometry.regions !== geometry?.regions || next.inset.bounds !== scene?.inset?.bounds)
      ) {
        // A margin beyond the frame, so no cut edge shows inside it.
        const [[w, so], [e, n]] = next.inset.bounds;
        clipped = clippedTo(nextGeometry, [
          [w - 0.5, so - 0.25],
          [e + 0.5, n + 0.25],
        ]);
        drawn = "";
      }
      scene = next;
      geometry = nextGeometry;
      const title = next.inset?.title ?? "";
      if (caption.textContent !== title || !captionMeasured) {
        caption.textContent = title;
        measureCaption();
      }
      if (firstDrawn) draw();
    },
    /** The caption's type changed size (presenter mode): measure it again. */
    remeasure: measureCaption,
    /**
     * Places the inset for a map of this size at this zoom, clear of `avoid` (the
     * pixel anchors of the map's own labels) and of `covering` (the boxes of what
     * lies over the map, in its pixels), the map standing at `origin` in the
     * inset's holder; returns whether it shows.
     */
    update(
      width: number,
      height: number,
      zoom: number,
      avoid: readonly (readonly [number, number])[],
      origin: readonly [number, number] = [0, 0],
      covering: readonly Box[] = [],
    ): boolean {
      // Closer in than country scale the inset hides: no corner is sought for it.
      const found =
        scene?.inset && insetShown(zoom, width, height)
          ? insetBox(width, height, scene.inset.bounds, avoid, captionHeight, covering)
          : null;
      const show = !!found;
      // Written only when changed: a move of the map that leaves the inset as it was writes nothing.
      if (element.hidden !== !show) element.hidden = !show;
      if (!found || !show || !scene?.inset) return false;
      const placedAt = JSON.stringify([found, origin]);
      if (placedAt === placed) return true;
      placed = placedAt;
      box = found;
      // The box is in the map's pixels; the inset lives in the map's holder, where the map may not start at 0, 0.
      element.style.transform = `translate(${box.x + origin[0]}px, ${box.y + origin[1]}px)`;
      element.style.width = `${box.width}px`;
      element.style.height = `${box.height}px`;
      const next = insetViewport(box, scene.inset.bounds, captionHeight);
      for (const svg of [svgHost, svgAbove]) {
        svg.setAttribute("width", String(next.width));
        svg.setAttribute("height", String(next.height));
        svg.setAttribute("viewBox", `0 0 ${next.width} ${next.height}`);
      }
      if (next.key !== viewport?.key) {
        viewport = next;
        if (firstDrawn) draw();
        else drawAfterPaint();
      }
      return true;
    },
    /** Where the inset's labels go. */
    projection(): LabelProjection {
      return {
        project: ([lng, lat]) => {
          const [x, y] = viewport ? viewport.project(lng, lat) : [-999, -999];
          return [x, y + captionHeight];
        },
        zoom: () => viewport?.zoom ?? 0,
        overlay: element,
        // Its labels stay inside its frame (within its border), below its caption.
        area: () => ({
          left: 0,
          top: captionHeight,
          right: box.width - 2 * INSET_BORDER,
          bottom: box.height - 2 * INSET_BORDER,
          obstacles: [],
        }),
      };
    },
    visible: () => !element.hidden,
    /** The longitude and latitude at a point of the inset's label layer (below its caption), or null. */
    unproject(x: number, y: number): [number, number] | null {
      if (!viewport || y < captionHeight) return null;
      return viewport.unproject(x, y - captionHeight);
    },
    /** Where the inset stands in the map (pixels) and its map's viewport: what an export draws. */
    frame(): { box: Box; viewport: Viewport; title: string; caption: number } {
      return {
        box: { ...box },
        viewport: viewport as Viewport,
        title: caption.textContent ?? "",
        caption: captionHeight,
      };
    },
  };
}
