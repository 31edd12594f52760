// The outline of the region pointed at elsewhere (a row of the chart): drawn over whichever map
// shows, in its overlay, and moved with it.
import type { LevelId } from "../data/levels.ts";
import type { MapGeometry } from "./geometry.ts";
import { svgPath } from "./svgPath.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface HighlightView {
  project(lngLat: [number, number]): [number, number];
  overlay: HTMLElement;
}

/**
 * Keeps one outlined region (or none) over a map view. `set` names the region;
 * `update` redraws it where the map now is (call it on every move).
 */
export function regionHighlight(geometry: () => MapGeometry) {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", "region-highlight");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG_NS, "path");
  svg.append(path);
  let view: HighlightView | null = null;
  let region: { level: LevelId; code: string } | null = null;

  function update() {
    const feature = region
      ? geometry()
          .regions(region.level)
          .features.find((f) => f.properties.code === region?.code)
      : undefined;
    svg.style.display = feature && view ? "" : "none";
    if (!feature || !view) return;
    const v = view;
    path.setAttribute(
      "d",
      svgPath(feature.geometry, (lng, lat) => v.project([lng, lat]), 1),
    );
  }

  return {
    setView(next: HighlightView) {
      view = next;
      if (svg.parentElement !== next.overlay) next.overlay.append(svg);
      update();
    },
    /** Outlines a region, or none. */
    set(next: { level: LevelId; code: string } | null) {
      region = next;
      update();
    },
    update,
  };
}
