// The only module that talks to MapLibre: creates the map and applies the app's state to it.
import "maplibre-gl/dist/maplibre-gl.css";
import {
  type FilterSpecification,
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  type MapMouseEvent,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MapGeometry } from "./geojson.ts";
import { hatchPattern } from "./hatch.ts";
import { colorByCode } from "./paint.ts";
import { atlasStyle, codesFilter, FINLAND_BOUNDS, HATCH, LAYERS } from "./style.ts";

setWorkerUrl(workerUrl);

export interface PointerInfo {
  county: string | null;
  employmentArea: string | null;
  x: number;
  y: number;
  touch: boolean;
}

export interface AtlasMapOptions {
  geometry: MapGeometry;
  onHover(info: PointerInfo | null): void;
  onClick(info: PointerInfo): void;
  /** Called after each zoom change with the new zoom level. */
  onZoom(zoom: number): void;
}

export interface AtlasMap {
  map: MapLibreMap;
  /** Resolves at the first idle frame with every layer drawn. */
  idle: Promise<void>;
  setCountyColors(colors: ReadonlyMap<string, string>, fallback: string): void;
  setSmallSample(codes: readonly string[]): void;
  setCrossingAreas(codes: readonly string[]): void;
  setSelected(code: string | null): void;
  setOverlay(visible: boolean): void;
  setGeometry(geometry: MapGeometry): void;
  setNeighbours(neighbours: GeoJSON.FeatureCollection): void;
  fitTo(bounds: LngLatBoundsLike): void;
}

/** Room for the legend on the left of wide maps; a small margin on narrow ones. */
function fitPadding(container: HTMLElement) {
  return container.clientWidth > 700
    ? { top: 16, bottom: 24, left: 290, right: 16 }
    : { top: 8, bottom: 8, left: 8, right: 8 };
}

export function createAtlasMap(container: HTMLElement, options: AtlasMapOptions): AtlasMap {
  const map = new MapLibreMap({
    container,
    style: atlasStyle(options.geometry, null),
    bounds: FINLAND_BOUNDS,
    fitBoundsOptions: { padding: fitPadding(container) },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    minZoom: 3,
    maxZoom: 11,
    hash: false,
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
  map.on("zoomend", () => options.onZoom(map.getZoom()));

  const idle = new Promise<void>((resolve) => map.once("idle", () => resolve()));
  const whenStyled = (apply: () => void) => {
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  };
  const setFilter = (layer: string, filter: FilterSpecification) =>
    whenStyled(() => map.setFilter(layer, filter));
  const setData = (source: string, data: GeoJSON.GeoJSON) =>
    whenStyled(() => map.getSource<GeoJSONSource>(source)?.setData(data));

  return {
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
        for (const layer of [
          LAYERS.areaBorder,
          LAYERS.crossingArea,
          LAYERS.crossingBorder,
          LAYERS.areaHit,
        ])
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
  };
}
