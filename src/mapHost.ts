// Which map is showing: the SVG first, the GL map once it is idle, the SVG again if WebGL is lost.
import type { Topology } from "topojson-specification";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import type { MessageKey } from "./i18n/messages.ts";
import { mapGeometry } from "./map/geojson.ts";
import type { MapView, MapViewOptions } from "./map/mapView.ts";
import type { StyleState } from "./map/style.ts";
import { createSvgMap } from "./map/svgMap.ts";

/** From this zoom on, the detailed (full 1:1 000 000) geometry is loaded. */
const DETAIL_ZOOM = 7;

export interface MapHostOptions {
  container: HTMLElement;
  view: MapViewOptions;
  /** Applies the app's current state to a view (colours, filters, overlay, neighbours). */
  apply(view: MapView): void;
  /** Called when another view starts showing, so overlays (labels) can follow it. */
  onShown(view: MapView): void;
  /** Called once the GL map shows, the first time. */
  onGlReady(view: MapView): void;
  notice(key: MessageKey): void;
  crossingAreas: ReadonlySet<string>;
  initialStyle(): StyleState;
}

export function mapHost(options: MapHostOptions) {
  let shown: MapView = createSvgMap(options.container, options.view);
  // The GL map while it loads under the SVG: every change goes to both.
  let loading: MapView | null = null;

  /** Loads MapLibre, draws the same state under the SVG, and swaps when the GL map is idle. */
  async function startGl(glModule: Promise<typeof import("./map/mapAdapter.ts")>): Promise<void> {
    let gl: typeof import("./map/mapAdapter.ts");
    try {
      // In a sandboxed iframe (an opaque origin) MapLibre itself fetches its worker
      // script and starts it from a data: URL; the CSP allows exactly that.
      gl = await glModule;
    } catch {
      return options.notice("noWebgl");
    }
    let glView: ReturnType<typeof gl.createGlMap>;
    // MapLibre throws when it gets no WebGL context; a separate check would cost a context of its own.
    try {
      glView = gl.createGlMap(options.container, options.view, options.initialStyle());
      loading = glView;
      options.apply(glView);
      await glView.idle;
    } catch {
      loading = null;
      return options.notice("noWebgl");
    }
    loading = null;
    const svgView = shown;
    shown = glView;
    svgView.destroy();
    options.onShown(glView);
    options.onGlReady(glView);
    performance.mark("map-interactive");

    let detailRequested = false;
    glView.onZoomEnd((zoom) => {
      if (zoom < DETAIL_ZOOM || detailRequested) return;
      detailRequested = true;
      fetchJson<Topology>(DATA_FILES.detailed)
        .then((topology) => glView.setGeometry(mapGeometry(topology, options.crossingAreas)))
        .catch(() => undefined); // Stay on the default geometry.
    });
    // A lost WebGL context (a GPU reset, too many maps open) brings the SVG back until it returns.
    glView.onContextLoss((lost) => {
      if (lost) {
        shown = createSvgMap(options.container, options.view);
        options.apply(shown);
        options.onShown(shown);
        options.notice("webglLost");
      } else if (shown !== glView) {
        shown.destroy();
        shown = glView;
        options.apply(glView);
        options.onShown(glView);
      }
    });
    if (new URLSearchParams(location.search).has("debug"))
      (globalThis as unknown as { atlasMap: unknown }).atlasMap = glView;
  }

  return {
    /** The view on screen. */
    current: () => shown,
    /** Every view that must follow the state: the shown one and a GL map still loading. */
    all: (): MapView[] => (loading ? [shown, loading] : [shown]),
    startGl,
  };
}
