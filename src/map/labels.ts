// Region labels as HTML over the map, placed by whichever map view is showing: no glyph server needed.
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

export interface LabelProjection {
  project(lngLat: [number, number]): [number, number];
  zoom(): number;
}

/**
 * Keeps labels in a layer over the map. `update` moves each label to its point,
 * hides those below their zoom or colliding with a label of higher priority
 * (class `label-hidden`), and is called on every move of the map. Label sizes
 * are measured once per `set`, so moving costs no layout.
 */
export function labelLayer(host: HTMLElement) {
  const layer = document.createElement("div");
  layer.className = "labels";
  host.append(layer);
  let labels: { label: MapLabel; width: number; height: number }[] = [];
  let view: LabelProjection | null = null;

  function update() {
    if (!view) return;
    const zoom = view.zoom();
    const boxes = labels.flatMap(({ label, width, height }) => {
      const [x, y] = (view as LabelProjection).project(label.lngLat);
      label.element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -50%)`;
      return zoom >= label.minZoom
        ? [{ key: label.key, x, y, width, height, priority: label.priority }]
        : [];
    });
    const shown = placeLabels(boxes);
    for (const { label } of labels)
      label.element.classList.toggle("label-hidden", !shown.has(label.key));
  }

  return {
    set(next: readonly MapLabel[]) {
      layer.replaceChildren(...next.map((l) => l.element));
      labels = next.map((label) => ({
        label,
        width: label.element.offsetWidth,
        height: label.element.offsetHeight,
      }));
      update();
    },
    setView(next: LabelProjection) {
      view = next;
      update();
    },
    update,
  };
}
