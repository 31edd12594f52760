// The scene's labels as HTML over the map, placed by whichever map view is showing: no glyph server needed.
import type { SceneLabel } from "../scene/sceneLabels.ts";
import { type Area, FAR, placeLabels } from "./labelCollision.ts";

export interface LabelProjection {
  project(lngLat: [number, number]): [number, number];
  zoom(): number;
  /** The element that holds the map's overlays: labels live in it, so gestures over them reach the map. */
  overlay: HTMLElement;
  /** Labels not to show now at all (not even on focus): those the inset shows instead. */
  hides?(label: SceneLabel): boolean;
  /** The map's box and what covers it, in the overlay's pixels; labels moved away stay clear of them. */
  area?(): Area;
}

/** Makes and updates the element of a label (the interface's buttons and names). */
export interface LabelElements {
  create(label: SceneLabel): HTMLElement;
  update(element: HTMLElement, label: SceneLabel): void;
}

interface Placed {
  label: SceneLabel;
  element: HTMLElement;
  width: number;
  height: number;
  /** The label's content last written, to skip unchanged ones. */
  written: string;
  /** Whether its size has been measured since its content changed. */
  measured: boolean;
}

/**
 * Keeps labels in a layer over the map. `render` reconciles the scene's labels
 * by key: new ones get elements, changed ones are updated in place (a metric
 * change makes no element), gone ones are removed. `update` moves each label to
 * its point and hides those below their zoom or colliding with a label of higher
 * priority (class `label-hidden`); it runs on every move of the map, and costs
 * no layout: sizes are measured when content changes.
 */
export function labelLayer(elements: LabelElements) {
  const layer = document.createElement("div");
  layer.className = "labels";
  let placed: Placed[] = [];
  let view: LabelProjection | null = null;

  /**
   * Takes labels below their zoom out of the layout (class `label-below`, unless
   * they must stay focusable), then measures those that can show and have not
   * been: all writes first, then the reads, one layout.
   */
  function measure(zoom: number) {
    for (const p of placed)
      p.element.classList.toggle(
        "label-below",
        zoom < p.label.minZoom && !p.label.focusableWhenHidden,
      );
    for (const p of placed)
      if (!p.measured && zoom >= p.label.minZoom) {
        p.width = p.element.offsetWidth;
        p.height = p.element.offsetHeight;
        p.measured = true;
      }
  }

  function update() {
    if (!view) return;
    const zoom = view.zoom();
    // Labels below their zoom (a municipality's at country scale) are measured when they can show.
    measure(zoom);
    const off = new Set<string>();
    // Every label is moved to its point, shown or not, so one shown later is in place.
    const points = placed.map(({ label }) => (view as LabelProjection).project(label.lngLat));
    const boxes = placed.flatMap(({ label, width, height }, i) => {
      if (view?.hides?.(label)) {
        off.add(label.key);
        return [];
      }
      const [x, y] = points[i] ?? [0, 0];
      return zoom >= label.minZoom && width > 0
        ? [{ key: label.key, x, y, width, height, priority: label.priority }]
        : [];
    });
    const shown = placeLabels(boxes, 2, view?.area?.() ?? null);
    for (const [i, { label, element, width, height }] of placed.entries()) {
      const [x, y] = points[i] ?? [0, 0];
      const [dx, dy] = shown.get(label.key) ?? [0, 0];
      element.style.transform = `translate(${(x + dx).toFixed(1)}px, ${(y + dy).toFixed(1)}px) translate(-50%, -50%)`;
      // A label moved far from its region points back to it with a leader line.
      const far = FAR(dx, dy, width, height);
      element.classList.toggle("label-far", far);
      if (far) {
        element.style.setProperty("--leader-length", `${Math.hypot(dx, dy).toFixed(1)}px`);
        element.style.setProperty("--leader-angle", `${Math.atan2(-dy, -dx).toFixed(4)}rad`);
      }
      element.classList.toggle("label-hidden", !shown.has(label.key));
      element.classList.toggle("label-off", off.has(label.key));
    }
  }

  return {
    render(labels: readonly SceneLabel[]) {
      const byKey = new Map(placed.map((p) => [p.label.key, p]));
      placed = labels.map((label) => {
        const written = JSON.stringify([label.name, label.value, label.accessibleName, label.role]);
        const found = byKey.get(label.key);
        // A label that changes role (a name becomes a value's button) gets a new element.
        const known = found?.label.role === label.role ? found : undefined;
        if (known && known.written === written) return { ...known, label };
        const element = known?.element ?? elements.create(label);
        if (known) elements.update(element, label);
        const p = { label, element, width: 0, height: 0, written, measured: false };
        return p;
      });
      // Elements in scene order, so the tab order follows it; unchanged ones are not moved.
      const children = placed.map((p) => p.element);
      if (
        children.some((c, i) => layer.children[i] !== c) ||
        layer.children.length !== children.length
      )
        layer.replaceChildren(...children);
      update();
    },
    /** Measures every label again (their type changed size: presenter mode, a zoom of the page). */
    remeasure() {
      for (const p of placed) p.measured = false;
      update();
    },
    setView(next: LabelProjection) {
      view = next;
      if (layer.parentElement !== next.overlay) next.overlay.append(layer);
      update();
    },
    update,
  };
}
