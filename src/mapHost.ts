// Which map is showing: the SVG map first, MapLibre when the user first zooms or pans, the SVG again if WebGL is lost.
import type { Topology } from "topojson-specification";
import type { LevelId } from "./data/levels.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import type { MessageKey } from "./i18n/messages.ts";
import type { MapGeometry } from "./map/geometry.ts";
import { type Arrived, geometrySource } from "./map/geometrySource.ts";
import { preloadDetail, preloadGl } from "./map/glPreload.ts";
import { type Hit, hitTester } from "./map/hitTest.ts";
import {
  type Camera,
  DETAIL_ZOOM,
  FINLAND_BOUNDS,
  fitPadding,
  type LngLatBounds,
  type MapView,
  type MapViewOptions,
} from "./map/mapView.ts";
import { fitBounds } from "./map/mercator.ts";
import { createSvgMap } from "./map/svgMap.ts";
import { checkTopology } from "./map/topologyShape.ts";
import { sceneSources } from "./scene/layers.ts";
import type { Scene } from "./scene/scene.ts";

type GlModule = typeof import("./map/mapAdapter.ts");

export interface MapHostOptions
  extends Omit<MapViewOptions, "geometry" | "onGesture" | "onMoveEnd" | "camera"> {
  container: HTMLElement;
  /** The first view's topology: the map loads fuller ones when a view or a zoom needs them. */
  topology: Topology;
  /** The first view's neighbouring countries, requested with it (drawn from the first frame if in by then). */
  neighbours?: Arrived<Topology>;
  crossingAreas: ReadonlySet<string>;
  camera: Camera | null;
  onMoveEnd(camera: Camera): void;
  /** Another view started showing, so overlays (labels) can follow it. */
  onShown(view: MapView): void;
  /** A fuller geometry is drawn (another level's shapes, the detail, the neighbours): overlays follow. */
  onGeometry(): void;
  /** A notice, with a Retry button where `retry` is given. */
  notice(key: MessageKey, retry?: () => void): void;
  /** The detailed geometry could not be loaded or is not a topology: why, and how to try again. */
  detailFailed(reason: string, retry: () => void): void;
  /** MapLibre's own hint texts in the interface language. */
  glLocale(): Record<string, string>;
}

/** A camera zoomed in this far beyond the fitted view is no longer the country view: it wants detail. */
const COUNTRY_SCALE_MARGIN = 0.75;

/** Runs `task` after the next frame is painted. */
const afterPaint = (task: () => void) => requestAnimationFrame(() => setTimeout(task, 0));

/**
 * Starts with the SVG map, which answers hover, click, keys and gestures at
 * once. MapLibre (its script, worker and shaders) loads only when the user
 * first zooms or pans, a region is zoomed to, or a link opens beyond country
 * scale; the GL map is drawn under the SVG at the SVG's camera and swapped in
 * when idle, at the camera the SVG has by then, so nothing jumps. Without
 * WebGL the SVG stays the map, gestures included.
 */
const GL_TIMEOUT_MS = 20_000;

export function mapHost(o: MapHostOptions) {
  const source = geometrySource({
    first: o.topology,
    ...(o.neighbours ? { firstNeighbours: o.neighbours } : {}),
    files: DATA_FILES,
    crossingAreas: o.crossingAreas,
    load: (path) => fetchJson<Topology>(path),
    check: (value) => checkTopology(value, Object.keys(o.topology.objects)),
    onGeometry: (next) => setGeometry(next),
  });
  let geometry: MapGeometry = source.current();
  let hits = hitTester(geometry);
  let scene: Scene | null = null;
  let gl: "idle" | "loading" | "ready" | "failed" = "idle";
  let loadingView: MapView | null = null;
  let gesturing = false;
  let swap: (() => void) | null = null;

  const viewOptions = (camera: Camera | null): MapViewOptions => ({
    geometry,
    camera,
    cooperative: o.cooperative,
    ...(o.padding ? { padding: o.padding } : {}),
    onHover: o.onHover,
    onClick: o.onClick,
    onMove() {
      // A gesture that passes the detail zoom fetches the detailed shapes meanwhile (the
      // network only: they are read when it rests), so the rest finds them come.
      if (gesturing && shown.zoom() >= DETAIL_ZOOM) preloadDetail();
      o.onMove();
    },
    onGestureHint: o.onGestureHint,
    onGesture() {
      gesturing = true;
      // MapLibre's files come while the gesture goes on (fetched and compiled, not run).
      preloadGl();
    },
    onMoveEnd(camera) {
      gesturing = false;
      performance.mark("map-rest");
      o.onMoveEnd(camera);
      source.neighbours(true);
      closerShapes(camera.zoom);
      // MapLibre starts once the gesture rests: running it meanwhile would stall the gesture's frames.
      requestGl();
      swap?.();
    },
  });
  // The map takes keys (arrows pan, + and − zoom), so it is in the tab order.
  o.container.tabIndex = 0;
  let shown: MapView = createSvgMap(o.container, viewOptions(o.camera));

  function show(view: MapView) {
    shown = view;
    o.onShown(view);
  }

  /**
   * Loads MapLibre, draws the scene under the SVG, and swaps when the GL map is
   * idle. No WebGL context says so; a chunk, stylesheet or worker that does not
   * load (or a map that is not drawn within 20 s) says that instead.
   */
  async function requestGl(): Promise<void> {
    if (gl !== "idle") return;
    gl = "loading";
    let module: GlModule;
    try {
      module = await import("./map/mapAdapter.ts");
      performance.mark("gl-loaded");
    } catch {
      return glFailed("mapLibreLoadFailed");
    }
    if (!scene) {
      gl = "idle";
      return;
    }
    // At detail zoom the GL map starts with the detailed geometry: its worker cuts tiles once.
    if (shown.zoom() >= DETAIL_ZOOM) await loadDetail();
    let view: ReturnType<GlModule["createGlMap"]>;
    try {
      // MapLibre throws when it gets no WebGL context; a separate check would cost a context of its own.
      view = module.createGlMap(
        o.container,
        { ...viewOptions(shown.camera()), camera: shown.camera() },
        scene,
        { locale: o.glLocale() },
      );
    } catch {
      return glFailed("noWebgl");
    }
    performance.mark("gl-created");
    try {
      loadingView = view;
      // A worker that cannot load reports an error, or never lets the map go idle.
      await Promise.race([
        view.idle,
        new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), GL_TIMEOUT_MS)),
      ]);
    } catch {
      view.destroy();
      return glFailed("mapLibreLoadFailed");
    }
    performance.mark("gl-idle");
    // The SVG may have moved meanwhile: catch up, then swap when no gesture is under way.
    swap = () => {
      if (gesturing) return;
      swap = null;
      view.jumpTo(shown.camera());
      view.settled().then(() => {
        loadingView = null;
        const svgView = shown;
        // The SVG may have moved again while the GL map settled (a + press): the GL map takes
        // that camera, so no move is lost at the swap.
        view.jumpTo(svgView.camera());
        show(view);
        svgView.destroy();
        gl = "ready";
        performance.mark("gl-ready");
        if (view.zoom() >= DETAIL_ZOOM) loadDetail();
        markDetail();
      });
    };
    swap();
    if (new URLSearchParams(location.search).has("debug"))
      (globalThis as unknown as { atlasMap: unknown }).atlasMap = view;
    // A lost WebGL context (a GPU reset, too many maps open) brings the SVG back until it returns.
    view.onContextLoss((lost) => {
      if (lost && shown === view) {
        const svgView = createSvgMap(o.container, viewOptions(view.camera()));
        if (scene) svgView.render(scene);
        show(svgView);
        o.notice("webglLost");
      } else if (!lost && shown !== view) {
        const svgView = shown;
        view.jumpTo(svgView.camera());
        if (scene) view.render(scene);
        show(view);
        svgView.destroy();
      }
    });
  }

  /** MapLibre failed to load: Retry starts over. */
  function retryGl() {
    if (gl === "failed") gl = "idle";
    void requestGl();
  }

  let detail: "no" | "loading" | "done" | "failed" = "no";
  let detailLoaded: Promise<void> = Promise.resolve();
  /** The shapes a closer look at `zoom` needs: the default ones, or from the detail zoom the detailed ones. */
  function closerShapes(zoom: number) {
    if (zoom >= DETAIL_ZOOM) loadDetail();
    else source.upgrade();
  }

  /**
   * Loads the detailed geometry (once); the promise settles when it is drawn or
   * has failed. A file that does not load, is no JSON or is no topology with
   * every object the first one has (geometrySource checks it before anything
   * draws it) leaves the geometry as it was, with a notice whose Retry loads it again.
   */
  function loadDetail(): Promise<void> {
    if (detail !== "no") return detailLoaded;
    detail = "loading";
    detailLoaded = source.detail().then(
      () => {
        performance.mark("detail-loaded");
        detail = "done";
        markDetail();
      },
      (error: unknown) => {
        detail = "failed";
        o.detailFailed(error instanceof Error ? error.message : String(error), () => {
          detail = "no";
          void loadDetail();
        });
      },
    );
    return detailLoaded;
  }

  /** Marks (once) the detailed geometry drawn by the GL map: the benchmark's "zoom to detail". */
  let detailMarked = false;
  function markDetail() {
    const view = shown as MapView & { settled?(): Promise<void> };
    if (detailMarked || detail !== "done" || gl !== "ready" || !view.settled) return;
    detailMarked = true;
    view.settled().then(() => performance.mark("detail-drawn"));
  }

  function setGeometry(next: MapGeometry) {
    // New neighbours alone leave the regions, the hit tester's indexes and the labels as they
    // were; they are context, drawn after the frame in hand is painted.
    if (next.regions === geometry.regions) {
      geometry = next;
      afterPaint(() => {
        if (geometry !== next) return;
        for (const view of views()) view.setGeometry(next);
        // The inset draws them too (the labels keep their placement: the regions are the same).
        o.onGeometry();
      });
      return;
    }
    hits = hitTester(next);
    geometry = next;
    // While the GL map is coming, the SVG it replaces is not drawn again (the GL map draws
    // this geometry); should the GL map fail, the SVG takes it then.
    for (const view of views()) if (!(gl === "loading" && view === shown)) view.setGeometry(next);
    o.onGeometry();
  }
  /** The GL map did not come: the SVG stays, with the geometry it may have skipped. */
  function glFailed(key: MessageKey) {
    gl = "failed";
    loadingView = null;
    if (shown.kind === "svg") shown.setGeometry(geometry);
    // MapLibre's files may come on a second try; a missing WebGL context will not.
    o.notice(key, key === "mapLibreLoadFailed" ? retryGl : undefined);
  }

  /** Draws the scene on every view, once the geometry has what it needs (loading it first if not). */
  function draw(next: Scene) {
    const waiting = source.need(sceneSources(next.layers));
    if (!waiting) {
      for (const view of views()) view.render(next);
      return;
    }
    // The views keep the last scene until the shapes come; a failure draws what there is.
    waiting.then(
      () => scene === next && draw(next),
      () => {
        o.notice("levelLoadFailed", () => scene && draw(scene));
        if (scene === next) for (const view of views()) view.render(next);
      },
    );
  }

  const views = () => (loadingView ? [shown, loadingView] : [shown]);
  const fitted = () => {
    const { clientWidth: w, clientHeight: h } = o.container;
    return fitBounds(FINLAND_BOUNDS, w, h, fitPadding(w)).zoom;
  };
  if (o.camera && o.camera.zoom > fitted() + COUNTRY_SCALE_MARGIN) {
    closerShapes(o.camera.zoom);
    requestGl();
  }

  const host = {
    /** The view on screen. */
    current: () => shown,
    render(next: Scene) {
      scene = next;
      draw(next);
    },
    /** The regions of the given levels under a point. */
    hitTest: (lngLat: [number, number], levels: readonly LevelId[]): Hit =>
      hits(lngLat[0], lngLat[1], levels),
    /** Zooms to a region (the view reports the move, which loads MapLibre when idle). */
    fitTo(bounds: LngLatBounds) {
      shown.fitTo(bounds);
    },
    zoomBy(delta: number, around?: [number, number]) {
      shown.zoomBy(delta, around);
    },
    /** Fits Finland again where it is fitted: what covers the map changed. */
    refit() {
      shown.refit?.();
    },
    /** Loads the first view's neighbouring countries (context: the map is complete without them). */
    loadNeighbours: () => source.neighbours(false),
    /** The geometry drawn now (exports draw the same). */
    geometry: () => geometry,
    /**
     * Settles when the geometry has the shapes of `level` (at once where it has;
     * else when every level's topology has come), rejected if they cannot load.
     */
    shapes: (level: LevelId): Promise<void> => source.need([level]) ?? Promise.resolve(),
    /** Gets a level's geometry (and the SVG map's paths) ready before a render shows it. */
    prepare(level: LevelId) {
      if (source.need([level])) return;
      geometry.regions(level);
      shown.prepare?.(level);
    },
    requestGl,
  };
  // For tests and debugging (?debug): the host, to load the GL map without a gesture.
  if (new URLSearchParams(location.search).has("debug"))
    (globalThis as unknown as { atlasHost: unknown }).atlasHost = host;
  return host;
}

export type MapHost = ReturnType<typeof mapHost>;
