// The scene's labels as HTML over the map, placed by whichever map view is showing: no glyph server needed.
import type { LevelId } from "../data/levels.ts";
import type { SceneLabel } from "../scene/sceneLabels.ts";
import { type Area, leaderLine, type Placement, placeLabels } from "./labelCollision.ts";

export interface LabelProjection {
  project(lngLat: [number, number]): [number, number];
  zoom(): number;
  /** The element that holds the map's overlays: labels live in it, so gestures over them reach the map. */
  overlay: HTMLElement;
  /** Labels not to show now at all (not even on focus): those the inset shows instead. */
  hides?(label: SceneLabel): boolean;
  /** The map's box and what covers it, in the overlay's pixels; labels moved away stay clear of them. */
  area?(): Area;
  /**
   * The code of the region of a level drawn at a point of the overlay (pixels),
   * or null (the sea, abroad): a label stands only on its own region, or
   * points to it with a leader line from off the land.
   */
  regionAt?(x: number, y: number, level: LevelId): string | null;
}

/** A label as shown: where it stands (its centre, pixels in the overlay), its size, and its leader line. */
export interface PlacedLabel {
  label: SceneLabel;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** From the label's edge to its anchor in its region: [x1, y1, x2, y2]; null when it stands on it. */
  leader: [number, number, number, number] | null;
}

const svg = (name: string, attributes: Record<string, string>) => {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
};

/** While a zoom goes on, labels are placed again at most this often (ms); at rest, at once. */
const REPLACE_MS = 120;

/** Makes and updates the element of a label (the interface's buttons and names). */
export interface LabelElements {
  create(label: SceneLabel): HTMLElement;
  update(element: HTMLElement, label: SceneLabel): void;
}

/**
 * What a label's size depends on: its kind, place and classes, its name, and
 * its value's shape (digits of one width: "3,5" and "2,9" are the same size).
 */
const sizeKey = (l: SceneLabel) =>
  JSON.stringify([
    l.role,
    l.place,
    l.level,
    l.smallSample,
    l.focusableWhenHidden,
    l.name,
    l.value?.replace(/\d/g, "0") ?? null,
  ]);

interface Placed {
  label: SceneLabel;
  element: HTMLElement;
  width: number;
  height: number;
  /** Its type size, CSS px (an export writes its text at the same size). */
  fontSize: number;
  /** The label's content last written, to skip unchanged ones. */
  written: string;
  /** Whether its size has been measured since its content changed. */
  measured: boolean;
  /**
   * Whether its element still shows an older content: a label out of the
   * layout below its zoom is written only when it can show (a recolour at
   * country scale leaves 308 municipal labels unwritten).
   */
  stale: boolean;
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
  /**
   * What moves: the labels and their leader lines, inside the layer (which
   * clips them at the map's edge). A pan moves it as one, in the compositor.
   */
  const plane = document.createElement("div");
  plane.className = "labels-plane";
  layer.append(plane);
  let placed: Placed[] = [];
  let view: LabelProjection | null = null;

  /**
   * Takes labels below their zoom out of the layout (class `label-below`, unless
   * they must stay focusable), then measures those that can show and have not
   * been: all writes first, then the reads, one layout. Called when labels are
   * placed (a render, a re-placement during a zoom at most every REPLACE_MS, the
   * rest), never on a move that keeps the placement.
   */
  function measure(zoom: number) {
    for (const p of placed) {
      const below = zoom < p.label.minZoom && !p.label.focusableWhenHidden;
      if (!below && p.stale) {
        elements.update(p.element, p.label);
        p.stale = false;
      }
      p.element.classList.toggle("label-below", below);
    }
    for (const p of placed)
      if (!p.measured && zoom >= p.label.minZoom) {
        p.width = p.element.offsetWidth;
        p.height = p.element.offsetHeight;
        p.fontSize = Number.parseFloat(getComputedStyle(p.element).fontSize) || 12;
        p.measured = true;
      }
  }

  /** The labels shown after the last update, where they stand. */
  let shownNow: PlacedLabel[] = [];
  const leaderLayer = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  leaderLayer.setAttribute("class", "label-leaders");
  leaderLayer.setAttribute("aria-hidden", "true");
  plane.append(leaderLayer);
  /**
   * Where the labels were last written one by one (their anchors, at which
   * zoom), and how far the plane has moved since: a pan at one zoom moves
   * every anchor alike, so it moves the plane instead of each label.
   */
  let written: { points: [number, number][]; zoom: number; shift: [number, number] } | null = null;

  /**
   * The last placement: where each shown label stands relative to its anchor,
   * at which zoom and in which area. A pan keeps it (labels move with the map,
   * no region test, no layout); a zoom re-places at most every REPLACE_MS while
   * it goes on, and `settle` re-places at rest.
   */
  let last: {
    zoom: number;
    area: string;
    shown: Map<string, Placement>;
    at: number;
    /** Everything the placement was made from: the same again (a recolour that changed no size) reuses it. */
    inputs: string;
  } | null = null;
  let trailing = 0;
  /** Bumped when the regions under the labels may have changed (new geometry, another view). */
  let generation = 0;

  function update(full = true) {
    if (!view) return;
    const v = view;
    const zoom = v.zoom();
    // A full placement measures its labels before it reads what covers the map: the writes of
    // both come first, then one layout serves the reads (not one layout each).
    if (full) measure(zoom);
    const area = v.area?.() ?? null;
    const areaKey = JSON.stringify(area);
    const off = new Set<string>();
    // Every label is moved to its point, shown or not, so one shown later is in place.
    const points = placed.map(({ label }) => v.project(label.lngLat));
    const now = performance.now();
    const reuse =
      !full &&
      last !== null &&
      last.area === areaKey &&
      (Math.abs(last.zoom - zoom) < 1e-9 || now - last.at < REPLACE_MS);
    if (reuse && last) {
      if (Math.abs(last.zoom - zoom) >= 1e-9) {
        clearTimeout(trailing);
        trailing = window.setTimeout(() => update(true), REPLACE_MS);
      }
      for (const { label } of placed) if (v.hides?.(label)) off.add(label.key);
      if (pan(points, zoom, off)) return;
      return draw(points, last.shown, off, area);
    }
    // A re-placement during a zoom measures here, once keeping the placement is ruled out (a
    // full one measured above). Labels below their zoom (a municipality's at country scale)
    // are measured when they can show.
    if (!full) measure(zoom);
    // The same labels, sizes and places as last time (a recolour whose values kept their widths):
    // the placement stands, with no region test.
    const inputs = JSON.stringify([
      generation,
      zoom,
      areaKey,
      placed.map(({ label, width, height }, i) => [
        label.key,
        width,
        height,
        label.priority,
        label.leader,
        label.minZoom,
        (points[i] ?? [0, 0]).map(Math.round),
        v.hides?.(label) ?? false,
      ]),
    ]);
    if (last?.inputs === inputs) {
      for (const { label } of placed) if (v.hides?.(label)) off.add(label.key);
      return draw(points, last.shown, off, area);
    }
    // What region lies under a pixel, asked again and again by neighbouring candidates: once per pixel.
    const ask = v.regionAt;
    const known = new Map<string, string | null>();
    const regionAt = ask
      ? (x: number, y: number, level: LevelId) => {
          const key = `${Math.round(x)},${Math.round(y)},${level}`;
          let code = known.get(key);
          if (code === undefined) {
            code = ask(x, y, level);
            known.set(key, code);
          }
          return code;
        }
      : undefined;
    // Land: any region of the counties or Åland drawn at the point.
    const land = regionAt
      ? (x: number, y: number) =>
          regionAt(x, y, "county") !== null || regionAt(x, y, "outside") !== null
      : undefined;
    const boxes = placed.flatMap(({ label, width, height }, i) => {
      if (v.hides?.(label)) {
        off.add(label.key);
        return [];
      }
      const [x, y] = points[i] ?? [0, 0];
      if (zoom < label.minZoom || width <= 0) return [];
      return [
        {
          key: label.key,
          x,
          y,
          width,
          height,
          priority: label.priority,
          leader: label.leader,
          ...(regionAt
            ? { owns: (px: number, py: number) => regionAt(px, py, label.level) === label.code }
            : {}),
        },
      ];
    });
    const shown = placeLabels(boxes, { gap: 2, area, ...(land ? { land } : {}) });
    last = { zoom, area: areaKey, shown, at: now, inputs };
    draw(points, shown, off, area);
  }

  /** Labels hidden by `hides` at the last writing, to see that a pan changed none. */
  let writtenOff = "";

  /**
   * A pan at the zoom of the last writing, with the same labels hidden: moves
   * the plane by how far every anchor moved (one transform, no label written,
   * nothing painted again). Labels keep their shown state until the map rests.
   */
  function pan(points: [number, number][], zoom: number, off: Set<string>): boolean {
    if (!written || written.zoom !== zoom || written.points.length !== points.length) return false;
    if ([...off].join() !== writtenOff) return false;
    const [x0, y0] = written.points[0] ?? [0, 0];
    const [x1, y1] = points[0] ?? [0, 0];
    const [dx, dy] = [x1 - x0, y1 - y0];
    const n = points.length - 1;
    const [xn, yn] = points[n] ?? [0, 0];
    const [wx, wy] = written.points[n] ?? [0, 0];
    if (Math.abs(xn - wx - dx) > 0.05 || Math.abs(yn - wy - dy) > 0.05) return false;
    written.shift = [dx, dy];
    plane.style.transform = `translate(${dx.toFixed(1)}px, ${dy.toFixed(1)}px)`;
    return true;
  }

  /**
   * Moves each label to its anchor plus its placement's offset, hides those not
   * placed (or, when a placement is kept through a pan, now cut by the map's
   * edge), and draws the leader lines.
   */
  function draw(
    points: [number, number][],
    placement: Map<string, Placement>,
    off: Set<string>,
    area: Area | null,
  ) {
    const lines: SVGElement[] = [];
    shownNow = [];
    plane.style.transform = "";
    written = { points, zoom: view?.zoom() ?? 0, shift: [0, 0] };
    writtenOff = [...off].join();
    for (const [i, { label, element, width, height, fontSize }] of placed.entries()) {
      const [x, y] = points[i] ?? [0, 0];
      const at: Placement = placement.get(label.key) ?? { dx: 0, dy: 0, leader: false };
      const [cx, cy] = [x + at.dx, y + at.dy];
      const inside =
        !area ||
        (cx - width / 2 >= area.left &&
          cx + width / 2 <= area.right &&
          cy - height / 2 >= area.top &&
          cy + height / 2 <= area.bottom);
      const shows = placement.has(label.key) && inside && !off.has(label.key);
      element.style.transform = `translate(${cx.toFixed(1)}px, ${cy.toFixed(1)}px) translate(-50%, -50%)`;
      element.classList.toggle("label-far", at.leader);
      element.classList.toggle("label-hidden", !shows);
      element.classList.toggle("label-off", off.has(label.key));
      if (!shows) continue;
      const [tx, ty] = at.to ?? [0, 0];
      const leader = at.leader
        ? leaderLine({ x: cx, y: cy, width, height }, [x + tx, y + ty])
        : null;
      if (leader) {
        const [x1, y1, x2, y2] = leader.map((n) => n.toFixed(1)) as [
          string,
          string,
          string,
          string,
        ];
        const of = { "data-for": label.key };
        lines.push(
          svg("line", { x1, y1, x2, y2, ...of }),
          svg("circle", { cx: x2, cy: y2, r: "2.5", ...of }),
        );
      }
      shownNow.push({ label, x: cx, y: cy, width, height, fontSize, leader });
    }
    leaderLayer.replaceChildren(...lines);
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
        // Out of the layout below its zoom, it is written when it can show (`measure`).
        const below = element.classList.contains("label-below");
        if (known && !below) elements.update(element, label);
        const stale = !!known && below;
        // A label of the same size as before (a new value of the same shape) is not measured again.
        if (known?.measured && sizeKey(known.label) === sizeKey(label))
          return { ...known, label, written, stale };
        return {
          label,
          element,
          width: 0,
          height: 0,
          fontSize: 12,
          written,
          measured: false,
          stale,
        };
      });
      // Elements in scene order, so the tab order follows it; unchanged ones are not moved.
      const children = placed.map((p) => p.element);
      if (
        children.some((c, i) => plane.children[i + 1] !== c) ||
        plane.children.length !== children.length + 1
      )
        plane.replaceChildren(leaderLayer, ...children);
      update();
    },
    /** Measures every label again (their type changed size: presenter mode, a zoom of the page). */
    remeasure() {
      generation++;
      for (const p of placed) p.measured = false;
      update();
    },
    /** The map moved: labels follow it, keeping their placement through a pan. */
    move: () => update(false),
    /** The labels shown now, where they stand: what an export of the view draws. */
    placed: (): readonly PlacedLabel[] => {
      const [dx, dy] = written?.shift ?? [0, 0];
      if (!dx && !dy) return shownNow;
      const by = ([x1, y1, x2, y2]: [number, number, number, number]) =>
        [x1 + dx, y1 + dy, x2 + dx, y2 + dy] as [number, number, number, number];
      return shownNow.map((l) => ({
        ...l,
        x: l.x + dx,
        y: l.y + dy,
        leader: l.leader ? by(l.leader) : null,
      }));
    },
    /** The regions under the labels may have changed (the geometry did): the next update places them afresh. */
    invalidate() {
      generation++;
    },
    setView(next: LabelProjection) {
      view = next;
      generation++;
      if (layer.parentElement !== next.overlay) next.overlay.append(layer);
      update();
    },
    update,
  };
}
