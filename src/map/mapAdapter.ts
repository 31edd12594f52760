// The only module that talks to MapLibre: creates the GL map and draws scenes on it.
import "maplibre-gl/dist/maplibre-gl.css";
import {
  type GeoJSONSource,
  type LayerSpecification,
  Map as MapLibreMap,
  type MapMouseEvent,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { LayerSource } from "../scene/layers.ts";
import type { Scene } from "../scene/scene.ts";
import { sourceFeatures } from "./geometry.ts";
import { GL_PATTERNS, glLayer, glSource, glSourceId, glStyle, sceneSources } from "./glStyle.ts";
import { patternImage } from "./hatch.ts";
import { type Camera, type MapView, type MapViewOptions, ZOOM_RANGE } from "./mapView.ts";

setWorkerUrl(workerUrl);

export interface GlMapView extends MapView {
  map: MapLibreMap;
  /** Resolves at the first idle frame with every layer drawn; rejects if the GL map fails to start. */
  idle: Promise<void>;
  /** Resolves when the map has drawn every change so far. */
  settled(): Promise<void>;
  /** Called when the browser takes the WebGL context away (lost true) and gives it back (false). */
  onContextLoss(listener: (lost: boolean) => void): void;
}

export interface GlOptions {
  /** Texts of MapLibre's own hints (cooperative gestures), in the interface language. */
  locale: Record<string, string>;
}

/**
 * Creates the GL map at `camera`, its style already drawing `scene`; throws
 * where WebGL is missing. Later scenes are applied as differences: layers are
 * added, removed or repainted, sources added when a layer first needs them,
 * and fill colours set as feature state.
 */
export function createGlMap(
  container: HTMLElement,
  options: MapViewOptions & { camera: Camera },
  scene: Scene,
  gl: GlOptions,
): GlMapView {
  let geometry = options.geometry;
  const map = new MapLibreMap({
    container,
    style: glStyle(scene, geometry),
    center: options.camera.center,
    zoom: options.camera.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    cooperativeGestures: options.cooperative,
    locale: gl.locale,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Patterns are drawn here rather than loaded from a sprite, so the style names no URL.
  map.setMissingStyleImageResolver((id) => {
    const pattern = GL_PATTERNS.find((p) => p.id === id);
    if (pattern && !map.hasImage(id)) map.addImage(id, patternImage(pattern));
  });

  const pointer = (e: MapMouseEvent) => ({
    lngLat: [e.lngLat.lng, e.lngLat.lat] as [number, number],
    x: e.point.x,
    y: e.point.y,
    touch: (e.originalEvent as PointerEvent).pointerType === "touch",
  });
  map.on("mousemove", (e) => options.onHover(pointer(e)));
  map.on("mouseout", () => options.onHover(null));
  map.on("click", (e) => options.onClick(pointer(e)));
  map.on("move", () => options.onMove());
  map.on("movestart", (e) => {
    if (e.originalEvent) options.onGesture();
  });
  map.on("moveend", (e) => {
    // Only moves by the user (or zooming to a region) go into the URL.
    if (!e.originalEvent && !(e as { fitted?: boolean }).fitted) return;
    const c = map.getCenter();
    options.onMoveEnd({ center: [c.lng, c.lat], zoom: map.getZoom() });
  });

  // The same keys as the SVG map's, on the map's own element (MapLibre's answer on its canvas only).
  const keys = (e: KeyboardEvent) => {
    if (e.target !== container || e.altKey || e.ctrlKey || e.metaKey) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-80, 0],
      ArrowRight: [80, 0],
      ArrowUp: [0, -80],
      ArrowDown: [0, 80],
    };
    const move = { eventData: { originalEvent: e } };
    if (e.key === "+" || e.key === "=") map.zoomIn({}, move.eventData);
    else if (e.key === "-" || e.key === "_") map.zoomOut({}, move.eventData);
    else if (pan[e.key]) map.panBy(pan[e.key] as [number, number], {}, move.eventData);
    else return;
    e.preventDefault();
  };
  container.addEventListener("keydown", keys);

  const idle = new Promise<void>((resolve, reject) => {
    map.once("idle", () => resolve());
    map.once("error", (e) => reject(e.error));
  });
  // Changes wait for the style's first load, then apply at once.
  let loaded = false;
  const pending: (() => void)[] = [];
  map.once("load", () => {
    loaded = true;
    for (const apply of pending.splice(0)) apply();
  });
  const whenStyled = (apply: () => void) => {
    if (loaded) apply();
    else pending.push(apply);
  };

  /** The spec each layer was last given, to change only what differs. */
  const applied = new Map<string, string>(
    scene.layers.map((l) => [l.id, JSON.stringify(glLayer(l))]),
  );
  const colours = new Map<string, string>();

  function ensureSource(source: LayerSource) {
    if (map.getSource(glSourceId(source))) return;
    map.addSource(glSourceId(source), glSource(geometry, source));
    sent.set(glSourceId(source), dataKey(sourceFeatures(geometry, source)));
  }
  /**
   * What each source was last given: its features' collection, or for a border
   * its lines (a border's collection is made anew on each call, its lines kept).
   */
  const sent = new Map<string, unknown>();
  const dataKey = (data: GeoJSON.FeatureCollection) =>
    data.features.length === 1 && data.features[0]?.geometry.type === "MultiLineString"
      ? data.features[0].geometry
      : data;
  for (const source of sceneSources(scene.layers))
    sent.set(glSourceId(source), dataKey(sourceFeatures(geometry, source)));

  function draw(next: Scene) {
    for (const source of sceneSources(next.layers)) ensureSource(source);
    const wanted = next.layers.map(glLayer);
    const ids = new Set(wanted.map((l) => l.id));
    for (const id of [...applied.keys()])
      if (!ids.has(id)) {
        if (map.getLayer(id)) map.removeLayer(id);
        applied.delete(id);
      }
    wanted.forEach((spec, i) => {
      const json = JSON.stringify(spec);
      const before = wanted.slice(i + 1).find((l) => applied.has(l.id))?.id;
      const old = applied.get(spec.id);
      if (old === json) return;
      if (old === undefined || !sameShape(JSON.parse(old), spec)) {
        if (map.getLayer(spec.id)) map.removeLayer(spec.id);
        map.addLayer(spec, before);
      } else repaint(JSON.parse(old), spec);
      applied.set(spec.id, json);
    });
    const source = glSourceId(next.shaded);
    for (const [code, color] of next.fills) {
      const key = `${source}/${code}`;
      if (colours.get(key) === color) continue;
      colours.set(key, color);
      map.setFeatureState({ source, id: code }, { color });
    }
  }

  /** Paint, layout and filter changes in place (an unchanged filter is not set: each re-lays out the source). */
  function repaint(old: LayerSpecification, spec: LayerSpecification) {
    const o = old as {
      paint?: Record<string, unknown>;
      layout?: Record<string, unknown>;
      filter?: unknown;
    };
    const s = spec as typeof o;
    for (const [k, v] of Object.entries(s.paint ?? {}))
      if (JSON.stringify(o.paint?.[k]) !== JSON.stringify(v))
        map.setPaintProperty(spec.id, k as never, v as never);
    for (const [k, v] of Object.entries(s.layout ?? {}))
      if (JSON.stringify(o.layout?.[k]) !== JSON.stringify(v))
        map.setLayoutProperty(spec.id, k as never, v as never);
    if (JSON.stringify(o.filter) !== JSON.stringify(s.filter))
      map.setFilter(spec.id, (s.filter ?? null) as never);
  }

  whenStyled(() => draw(scene));
  return {
    kind: "gl",
    overlay: map.getCanvasContainer(),
    map,
    idle,
    settled: () =>
      new Promise((resolve) => {
        if (loaded && map.loaded() && !map.isMoving()) resolve();
        else map.once("idle", () => resolve());
      }),
    render: (next) => whenStyled(() => draw(next)),
    setGeometry(next) {
      geometry = next;
      whenStyled(() => {
        const style = map.getStyle();
        for (const id of Object.keys(style.sources ?? {})) {
          const source = id.replace("border-", "border:") as LayerSource;
          const data = sourceFeatures(geometry, source);
          // Only what changed is sent to the worker to be cut into tiles again (new neighbours
          // leave the regions' sources as they were).
          if (sent.get(id) === dataKey(data)) continue;
          sent.set(id, dataKey(data));
          map.getSource<GeoJSONSource>(id)?.setData(data);
        }
      });
    },
    camera: () => {
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom() };
    },
    jumpTo: (camera) => map.jumpTo({ center: camera.center, zoom: camera.zoom }),
    fitTo: (bounds) =>
      whenStyled(() =>
        map.fitBounds(
          bounds,
          // With reduced motion asked for, jump rather than fly.
          {
            padding: 40,
            maxZoom: 9,
            animate: !matchMedia("(prefers-reduced-motion: reduce)").matches,
          },
          { fitted: true },
        ),
      ),
    zoomBy: (delta, around) =>
      map.zoomTo(
        map.getZoom() + delta,
        {
          animate: !matchMedia("(prefers-reduced-motion: reduce)").matches,
          ...(around ? { around: map.unproject(around) } : {}),
        },
        { fitted: true },
      ),
    project: (lngLat) => {
      const p = map.project(lngLat);
      return [p.x, p.y];
    },
    unproject: ([x, y]) => {
      const p = map.unproject([x, y]);
      return [p.lng, p.lat];
    },
    zoom: () => map.getZoom(),
    onContextLoss: (listener) => {
      map.on("webglcontextlost", () => listener(true));
      map.on("webglcontextrestored", () => listener(false));
    },
    destroy: () => {
      container.removeEventListener("keydown", keys);
      map.remove();
    },
  };
}

/** Whether a layer can be changed in place: same type and source (else it is removed and added again). */
function sameShape(a: LayerSpecification, b: LayerSpecification): boolean {
  return (
    a.type === b.type && (a as { source?: string }).source === (b as { source?: string }).source
  );
}
