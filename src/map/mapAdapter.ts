// The only module that talks to MapLibre: creates the GL map and applies the app's state to it.
import "maplibre-gl/dist/maplibre-gl.css";
import {
  type FilterSpecification,
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapMouseEvent,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MapGeometry } from "./geojson.ts";
import { hatchPattern } from "./hatch.ts";
import {
  FINLAND_BOUNDS,
  fitPadding,
  type MapView,
  type MapViewOptions,
  type PointerInfo,
} from "./mapView.ts";
import { colorByCode } from "./paint.ts";
import { atlasStyle, codesFilter, HATCH, LAYERS } from "./style.ts";

setWorkerUrl(workerUrl);

export interface GlMapView extends MapView {
  map: MapLibreMap;
  /** Resolves at the first idle frame with every layer drawn; rejects if the GL map fails to start. */
  idle: Promise<void>;
  setGeometry(geometry: MapGeometry): void;
  onZoomEnd(listener: (zoom: number) => void): void;
}

/** True when the browser can give MapLibre a WebGL context. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export function createGlMap(container: HTMLElement, options: MapViewOptions): GlMapView {
  const map = new MapLibreMap({
    container,
    style: atlasStyle(options.geometry, null),
    bounds: FINLAND_BOUNDS,
    fitBoundsOptions: { padding: fitPadding(container.clientWidth) },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    minZoom: 3,
    maxZoom: 11,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // The hatch is drawn here rather than loaded from a sprite, so the style names no URL.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH && !map.hasImage(HATCH)) map.addImage(HATCH, hatchPattern());
  });

  const pointer = (e: MapMouseEvent): PointerInfo => {
    const hits = map.queryRenderedFeatures(e.point, {
      layers: [LAYERS.countyFill, LAYERS.areaHit],
    });
    const code = (layer: string) =>
      (hits.find((f) => f.layer.id === layer)?.properties?.code as string | undefined) ?? null;
    const touch = (e.originalEvent as PointerEvent).pointerType === "touch";
    return {
      county: code(LAYERS.countyFill),
      employmentArea: code(LAYERS.areaHit),
      x: e.point.x,
      y: e.point.y,
      touch,
    };
  };
  map.on("mousemove", (e) => {
    const info = pointer(e);
    map.getCanvas().style.cursor = info.county ? "pointer" : "";
    options.onHover(info.county || info.employmentArea ? info : null);
  });
  map.on("mouseout", () => options.onHover(null));
  map.on("click", (e) => options.onClick(pointer(e)));
  map.on("move", () => options.onMove());

  const idle = new Promise<void>((resolve, reject) => {
    map.once("idle", () => resolve());
    map.once("error", (e) => reject(e.error));
  });
  // Changes wait for the style's first load, then apply at once. (isStyleLoaded() would
  // also wait for sources being updated by setData, after which no "load" comes.)
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
  const setFilter = (layer: string, filter: FilterSpecification) =>
    whenStyled(() => map.setFilter(layer, filter));
  const setData = (source: string, data: GeoJSON.GeoJSON) =>
    whenStyled(() => map.getSource<GeoJSONSource>(source)?.setData(data));

  return {
    kind: "gl",
    map,
    idle,
    setCountyColors: (colors, fallback) =>
      whenStyled(() =>
        map.setPaintProperty(LAYERS.countyFill, "fill-color", colorByCode(colors, fallback)),
      ),
    setSmallSample: (codes) => setFilter(LAYERS.smallSample, codesFilter(codes)),
    setCrossingAreas: (codes) => setFilter(LAYERS.crossingArea, codesFilter(codes)),
    setSelected: (code) => setFilter(LAYERS.selected, codesFilter(code ? [code] : [])),
    setOverlay: (visible) =>
      whenStyled(() => {
        const layers = [
          LAYERS.areaBorder,
          LAYERS.crossingArea,
          LAYERS.crossingBorder,
          LAYERS.areaHit,
        ];
        for (const layer of layers)
          map.setLayoutProperty(layer, "visibility", visible ? "visible" : "none");
      }),
    setGeometry: (g) => {
      setData("counties", g.counties);
      setData("employmentAreas", g.employmentAreas);
      setData("outside", g.outside);
      setData("crossingBorders", g.crossingBorders);
    },
    setNeighbours: (n) => setData("neighbours", n),
    fitTo: (bounds) => whenStyled(() => map.fitBounds(bounds, { padding: 40, maxZoom: 9 })),
    project: (lngLat) => {
      const p = map.project(lngLat);
      return [p.x, p.y];
    },
    zoom: () => map.getZoom(),
    onZoomEnd: (listener) => map.on("zoomend", () => listener(map.getZoom())),
    destroy: () => map.remove(),
  };
}
