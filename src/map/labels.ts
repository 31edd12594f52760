// Region labels as HTML markers on the map: readable text with no glyph server, and focusable.
import { type Map as MapLibreMap, Marker } from "maplibre-gl";
import { placeLabels } from "./labelCollision.ts";

export interface MapLabel {
  key: string;
  lngLat: [number, number];
  element: HTMLElement;
  /** Larger regions win when labels collide. */
  priority: number;
  /** Shown only from this zoom on. */
  minZoom: number;
}

/**
 * Keeps the given labels on the map. After every move, labels below their
 * zoom or colliding with a label of higher priority are hidden with the
 * `label-hidden` class; a hidden label that gets keyboard focus shows itself.
 */
export function labelLayer(map: MapLibreMap) {
  let markers: { label: MapLabel; marker: Marker }[] = [];

  const update = () => {
    const zoom = map.getZoom();
    const candidates = markers.filter(({ label }) => zoom >= label.minZoom);
    const boxes = candidates.map(({ label }) => {
      const p = map.project(label.lngLat);
      return {
        key: label.key,
        x: p.x,
        y: p.y,
        width: label.element.offsetWidth,
        height: label.element.offsetHeight,
        priority: label.priority,
      };
    });
    const shown = placeLabels(boxes);
    for (const { label } of markers)
      label.element.classList.toggle("label-hidden", !shown.has(label.key));
  };
  map.on("moveend", update);

  return {
    set(labels: readonly MapLabel[]) {
      for (const { marker } of markers) marker.remove();
      markers = labels.map((label) => ({
        label,
        marker: new Marker({ element: label.element, anchor: "center" })
          .setLngLat(label.lngLat)
          .addTo(map),
      }));
      update();
    },
    update,
  };
}
