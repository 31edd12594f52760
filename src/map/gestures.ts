// Pan and zoom gestures on an element, as changes of a Mercator viewport: wheel, drag, pinch, double click, keys.
import { panBy, type Viewport, viewportAt, zoomAround } from "./mercator.ts";

export interface GestureOptions {
  /** The viewport now. */
  viewport(): Viewport;
  /** A new viewport; `phase` is "end" when the gesture is over. */
  onChange(next: Viewport, phase: "move" | "end"): void;
  /** A gesture began (the first event of it). */
  onStart(): void;
  /** Embedded in an article: a plain wheel or one finger belongs to the page; tell why. */
  cooperative: boolean;
  onHint(kind: "wheel" | "touch"): void;
  /** Zoom limits. */
  minZoom: number;
  maxZoom: number;
  /** A click that ended a drag is swallowed; otherwise passed on. */
  onClick(e: MouseEvent): void;
}

/** Wheel pixels per zoom level: a mouse notch (100 px) zooms by about a third of a level. */
const WHEEL_PIXELS_PER_ZOOM = 300;
/** A pointer that moved less than this (px) between down and up clicked rather than dragged. */
const CLICK_TOLERANCE = 4;
/** Keyboard steps: one zoom level, or this many pixels of pan. */
const KEY_PAN = 80;

/**
 * Attaches the gestures to `element` and returns a function that removes them.
 * With `cooperative`, the wheel zooms only with ctrl or ⌘ (else the page
 * scrolls, and `onHint("wheel")` is called) and touch zooms and pans only with
 * two fingers (one finger scrolls the page; `onHint("touch")`).
 */
export function attachGestures(element: HTMLElement, o: GestureOptions): () => void {
  const clampZoom = (v: Viewport, delta: number) =>
    Math.max(o.minZoom - v.zoom, Math.min(o.maxZoom - v.zoom, delta));
  let active = false;
  let endTimer = 0;
  const begin = () => {
    if (!active) o.onStart();
    active = true;
  };
  const end = () => {
    active = false;
    o.onChange(o.viewport(), "end");
  };
  const local = (e: { clientX: number; clientY: number }) => {
    const box = element.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top] as const;
  };

  const onWheel = (e: WheelEvent) => {
    if (o.cooperative && !e.ctrlKey && !e.metaKey) return o.onHint("wheel");
    e.preventDefault();
    const pixels =
      e.deltaMode === 1 ? e.deltaY * 40 : e.deltaMode === 2 ? e.deltaY * 800 : e.deltaY;
    const v = o.viewport();
    const delta = clampZoom(v, -pixels / WHEEL_PIXELS_PER_ZOOM);
    begin();
    const [x, y] = local(e);
    o.onChange(zoomAround(v, delta, x, y), "move");
    clearTimeout(endTimer);
    endTimer = window.setTimeout(end, 200);
  };

  const pointers = new Map<number, { x: number; y: number; type: string }>();
  let moved = 0;
  let pinch: { distance: number; x: number; y: number } | null = null;
  const pinchOf = () => {
    const [a, b] = [...pointers.values()];
    if (!a || !b) return null;
    return {
      distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
      x: (a.x + b.x) / 2,
      y: (a.y + b.y) / 2,
    };
  };
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === "mouse") return;
    const [x, y] = local(e);
    pointers.set(e.pointerId, { x, y, type: e.pointerType });
    if (pointers.size === 1) moved = 0;
    pinch = pointers.size === 2 ? pinchOf() : null;
  };
  const onMove = (e: PointerEvent) => {
    const p = pointers.get(e.pointerId);
    if (!p) return;
    const [x, y] = local(e);
    const v = o.viewport();
    if (pointers.size === 1) {
      // One finger scrolls an embedding article; a mouse or a finger elsewhere pans.
      if (o.cooperative && p.type === "touch") {
        if (Math.hypot(x - p.x, y - p.y) > CLICK_TOLERANCE) o.onHint("touch");
        return;
      }
      moved += Math.hypot(x - p.x, y - p.y);
      if (moved > CLICK_TOLERANCE) {
        if (!element.hasPointerCapture(e.pointerId)) element.setPointerCapture(e.pointerId);
        begin();
        o.onChange(panBy(v, p.x - x, p.y - y), "move");
      }
      pointers.set(e.pointerId, { ...p, x, y });
      return;
    }
    pointers.set(e.pointerId, { ...p, x, y });
    const next = pinchOf();
    if (!next || !pinch) return;
    moved += CLICK_TOLERANCE + 1;
    begin();
    const zoomed = zoomAround(
      v,
      clampZoom(v, Math.log2(next.distance / pinch.distance)),
      pinch.x,
      pinch.y,
    );
    o.onChange(panBy(zoomed, pinch.x - next.x, pinch.y - next.y), "move");
    pinch = next;
  };
  const onUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    pinch = pointers.size === 2 ? pinchOf() : null;
    if (pointers.size === 0 && active) end();
  };
  const onClick = (e: MouseEvent) => {
    if (moved > CLICK_TOLERANCE) {
      moved = 0;
      return;
    }
    o.onClick(e);
  };
  const onDoubleClick = (e: MouseEvent) => {
    e.preventDefault();
    const v = o.viewport();
    const [x, y] = local(e);
    begin();
    o.onChange(zoomAround(v, clampZoom(v, e.shiftKey ? -1 : 1), x, y), "move");
    end();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== element || e.altKey || e.ctrlKey || e.metaKey) return;
    const v = o.viewport();
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_PAN, 0],
      ArrowRight: [KEY_PAN, 0],
      ArrowUp: [0, -KEY_PAN],
      ArrowDown: [0, KEY_PAN],
    };
    let next: Viewport | null = null;
    if (e.key === "+" || e.key === "=")
      next = zoomAround(v, clampZoom(v, 1), v.width / 2, v.height / 2);
    else if (e.key === "-" || e.key === "_")
      next = zoomAround(v, clampZoom(v, -1), v.width / 2, v.height / 2);
    else if (pan[e.key]) {
      const [dx, dy] = pan[e.key] as [number, number];
      next = panBy(v, dx, dy);
    }
    if (!next) return;
    e.preventDefault();
    begin();
    o.onChange(next, "move");
    end();
  };

  element.addEventListener("wheel", onWheel, { passive: false });
  element.addEventListener("pointerdown", onDown);
  element.addEventListener("pointermove", onMove);
  element.addEventListener("pointerup", onUp);
  element.addEventListener("pointercancel", onUp);
  element.addEventListener("click", onClick);
  element.addEventListener("dblclick", onDoubleClick);
  element.addEventListener("keydown", onKey);
  return () => {
    clearTimeout(endTimer);
    element.removeEventListener("wheel", onWheel);
    element.removeEventListener("pointerdown", onDown);
    element.removeEventListener("pointermove", onMove);
    element.removeEventListener("pointerup", onUp);
    element.removeEventListener("pointercancel", onUp);
    element.removeEventListener("click", onClick);
    element.removeEventListener("dblclick", onDoubleClick);
    element.removeEventListener("keydown", onKey);
  };
}

/** A viewport with the same camera in a container of another size. */
export const resized = (v: Viewport, width: number, height: number) =>
  viewportAt(v.center, v.zoom, width, height);
