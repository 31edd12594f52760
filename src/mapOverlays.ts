// What lies over the map: its labels, and the capital-region inset with labels of its own.
import type { LevelId } from "./data/levels.ts";
import { regionHighlight } from "./map/highlight.ts";
import type { Box } from "./map/insetLayout.ts";
import { insetView } from "./map/insetView.ts";
import type { Area } from "./map/labelCollision.ts";
import { type LabelElements, labelLayer } from "./map/labels.ts";
import type { MapPointer, MapView } from "./map/mapView.ts";
import type { MapHost } from "./mapHost.ts";
import type { Scene } from "./scene/scene.ts";

/**
 * The labels follow whichever view shows; those the inset repeats hide on the
 * map while the inset shows. The inset takes the corner that covers no label,
 * at country scale only.
 */
export function mapOverlays(
  host: () => MapHost,
  holder: HTMLElement,
  elements: LabelElements,
  pointer: { onHover(p: MapPointer | null): void; onClick(p: MapPointer): void },
) {
  const labels = labelLayer(elements);
  const insetLabels = labelLayer(elements);
  const inset = insetView(holder, pointer);
  const highlight = regionHighlight(() => host().geometry());
  insetLabels.setView({
    ...inset.projection(),
    regionAt: (x, y, level) => {
      const lngLat = inset.unproject(x, y);
      return lngLat ? (host().hitTest(lngLat, [level])[level] ?? null) : null;
    },
  });
  let scene: Scene | null = null;
  /**
   * The map's box and what covers it, read from the page only when it may have
   * changed (a render, the map's size, the inset coming or going), never on
   * every move of the map.
   */
  let area: Area | null = null;
  let areaKey = "";
  /**
   * The map's size and place in its holder, read when the area is (never on a
   * move): a move of the map reads no layout.
   */
  let mapBox: {
    width: number;
    height: number;
    left: number;
    top: number;
    /** What lies over the map but the inset (legend, sources, controls), in the map's pixels. */
    covering: Box[];
  } | null = null;
  const measuredMap = (view: MapView) => {
    if (mapBox) return mapBox;
    const map = view.overlay.closest<HTMLElement>("#map") ?? view.overlay;
    const origin = map.getBoundingClientRect();
    mapBox = {
      width: map.clientWidth,
      height: map.clientHeight,
      left: map.offsetLeft,
      top: map.offsetTop,
      covering: coveringBoxes(origin, inset.element).map((r) => ({
        x: r.left,
        y: r.top,
        width: r.right - r.left,
        height: r.bottom - r.top,
      })),
    };
    return mapBox;
  };
  /**
   * The map, its holder or the inset changed size: measure again and place the
   * labels (after the layout, before the paint: nothing shows misplaced).
   */
  const resized = new ResizeObserver(() => {
    [area, mapBox] = [null, null];
    if (!scene) return;
    place();
    labels.update();
  });
  for (const element of new Set([
    holder,
    holder.querySelector("#map") ?? holder,
    inset.element,
    ...document.querySelectorAll(COVERING),
  ]))
    resized.observe(element);
  let shapes: unknown = null;

  /** Places the inset for the map's size and zoom; labels move if it came or went. */
  function place() {
    const view = host().current();
    const was = inset.visible();
    const avoid = (scene?.labels ?? [])
      .filter((l) => l.role === "value" && l.place === "map" && !l.inInset)
      .map((l) => view.project(l.lngLat));
    const map = measuredMap(view);
    const shows = inset.update(
      map.width,
      map.height,
      view.zoom(),
      avoid,
      [map.left, map.top],
      map.covering,
    );
    const key = `${map.width}x${map.height}:${shows}`;
    if (key !== areaKey) [area, areaKey] = [null, key];
    if (shows !== was) labels.update();
    // The inset's labels are placed again only when its frame changed, not on every move.
    const frame = shows ? JSON.stringify(inset.frame().box) : "";
    if (frame !== insetFrame) {
      insetFrame = frame;
      insetLabels.update();
    }
  }
  let insetFrame = "";

  return {
    /** The view showing now: the labels move into it, and project through it. */
    follow(view: MapView) {
      [area, mapBox] = [null, null];
      highlight.setView(view);
      labels.setView({
        project: (lngLat) => view.project(lngLat),
        zoom: () => view.zoom(),
        overlay: view.overlay,
        hides: (label) => label.inInset && inset.visible(),
        regionAt: (x, y, level) => host().hitTest(view.unproject([x, y]), [level])[level] ?? null,
        area: () => {
          area ??= coveredArea(view);
          return area;
        },
      });
    },
    render(next: Scene) {
      scene = next;
      // What covers the map (the legend with its title, a panel) and the map itself change
      // their boxes only with a resize, which the observer reports: a recolour reads no layout.
      if (host().geometry().regions !== shapes) {
        // New shapes: the regions under the labels may differ (new neighbours alone change none).
        shapes = host().geometry().regions;
        labels.invalidate();
        insetLabels.invalidate();
      }
      insetFrame = "";
      inset.render(next, host().geometry());
      place();
      labels.render(next.labels.filter((l) => l.place === "map"));
      insetLabels.render(next.labels.filter((l) => l.place === "inset"));
    },
    /** The labels' type changed size (presenter mode): measure and place them again. */
    remeasure() {
      [area, mapBox] = [null, null];
      inset.remeasure();
      insetFrame = "";
      labels.remeasure();
      insetLabels.remeasure();
      place();
    },
    /** The labels shown now on the map and in the inset, and the inset's frame: what an export draws. */
    placed: () => ({
      map: labels.placed(),
      inset: inset.visible() ? { ...inset.frame(), labels: insetLabels.placed() } : null,
    }),
    /** The map moved: the inset may come or go, the labels follow (their placement kept through a pan). */
    update() {
      place();
      labels.move();
      highlight.update();
    },
    /** The map came to rest: labels are placed again for where it is. */
    settle() {
      labels.update();
    },
    /** Outlines a region pointed at elsewhere (a row of the chart), or none. */
    highlight: (region: { level: LevelId; code: string } | null) => highlight.set(region),
  };
}

/** What may cover the map: its legend, sources, controls and the inset. */
const COVERING =
  "#legend, #attribution, #zoom-controls, #full-map-link, #slide-position, .map-inset";

/** The map's box and what covers it (legend, sources, controls, the inset), relative to the overlay the labels live in. */
function coveredArea(view: MapView): Area {
  const origin = view.overlay.getBoundingClientRect();
  const map = (view.overlay.closest<HTMLElement>("#map") ?? view.overlay).getBoundingClientRect();
  return {
    ...relativeTo(origin, map),
    obstacles: coveringBoxes(origin).filter((r) => r.right > 0 && r.bottom > 0),
  };
}

/** A box relative to `origin`'s top left corner. */
const relativeTo = (origin: DOMRect, r: DOMRect) => ({
  left: r.left - origin.left,
  top: r.top - origin.top,
  right: r.right - origin.left,
  bottom: r.bottom - origin.top,
});

/** The boxes of what covers the map and shows (but `except`), relative to `origin`. */
function coveringBoxes(origin: DOMRect, except?: Element) {
  return [...document.querySelectorAll<HTMLElement>(COVERING)]
    .filter((e) => e !== except && e.offsetParent !== null && !e.hidden)
    .map((e) => relativeTo(origin, e.getBoundingClientRect()));
}
