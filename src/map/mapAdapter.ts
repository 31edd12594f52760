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
import { regionIndex } from "./regionAt.ts";
import {
  areaFillLayer,
  atlasStyle,
  COLORS,
  COUNTY_OUTLINE,
  codesFilter,
  HATCH,
  LAYERS,
  OVERLAY_LAYERS,
  type StyleState,
} from "./style.ts";

setWorkerUrl(workerUrl);

export interface GlMapView extends MapView {
  map: MapLibreMap;
  /** Resolves at the first idle frame with every layer drawn; rejects if the GL map fails to start. */
  idle: Promise<void>;
  setGeometry(geometry: MapGeometry): void;
  onZoomEnd(listener: (zoom: number) => void): void;
  /** Called when the browser takes the WebGL context away (lost true) and gives it back (false). */
  onContextLoss(listener: (lost: boolean) => void): void;
}

/** Creates the GL map, its style already showing `initial`; throws where WebGL is missing. */
export function createGlMap(
  container: HTMLElement,
  options: MapViewOptions,
  initial: StyleState,
): GlMapView {
  const map = new MapLibreMap({
    container,
    style: atlasStyle(options.geometry, null, initial),
    ...(options.position
      ? {
          center: [options.position.lng, options.position.lat] as [number, number],
          zoom: options.position.zoom,
        }
      : {
          bounds: FINLAND_BOUNDS,
          fitBoundsOptions: { padding: fitPadding(container.clientWidth) },
        }),
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

  // Employment areas are found by point-in-polygon, so no hidden layer (and shader) is needed.
  let geometry = options.geometry;
  let areas = regionIndex(geometry.employmentAreas);
  const pointer = (e: MapMouseEvent): PointerInfo => {
    const hits = map.queryRenderedFeatures(e.point, { layers: [LAYERS.countyFill] });
    const touch = (e.originalEvent as PointerEvent).pointerType === "touch";
    return {
      county: (hits[0]?.properties?.code as string | undefined) ?? null,
      employmentArea: areas.at(e.lngLat.lng, e.lngLat.lat),
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
  map.on("moveend", (e) => {
    // Only moves by the user (or zooming to a region) go into the URL, not the initial fit.
    if (!e.originalEvent && !(e as { fitted?: boolean }).fitted) return;
    const c = map.getCenter();
    options.onMoveEnd({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
  });

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
  // An unchanged filter is not set again: each set re-lays out the source in the worker.
  const setFilter = (layer: string, filter: FilterSpecification) =>
    whenStyled(() => {
      if (JSON.stringify(map.getFilter(layer)) !== JSON.stringify(filter))
        map.setFilter(layer, filter);
    });
  const setData = (source: string, data: GeoJSON.GeoJSON) =>
    whenStyled(() => map.getSource<GeoJSONSource>(source)?.setData(data));

  return {
    kind: "gl",
    map,
    idle,
    setCountyColors: (colors, fallback) =>
      whenStyled(() => {
        for (const f of geometry.counties.features) {
          const id = f.properties.code;
          map.setFeatureState({ source: "counties", id }, { color: colors.get(id) ?? fallback });
        }
      }),
    setSmallSample: (codes) => setFilter(LAYERS.smallSample, codesFilter(codes)),
    setSelected: (code) => setFilter(LAYERS.selected, codesFilter(code ? [code] : [])),
    setOverlay: (visible) =>
      whenStyled(() => {
        for (const layer of OVERLAY_LAYERS)
          if (map.getLayoutProperty(layer, "visibility") !== (visible ? "visible" : "none"))
            map.setLayoutProperty(layer, "visibility", visible ? "visible" : "none");
      }),
    setAreaColors: (colors, fallback) =>
      whenStyled(() => {
        map.setPaintProperty(
          "county-border",
          "line-color",
          colors ? COUNTY_OUTLINE : COLORS.countyBorder,
        );
        if (!colors) {
          if (map.getLayer("area-fill")) map.setLayoutProperty("area-fill", "visibility", "none");
          return;
        }
        if (!map.getSource("areas")) {
          map.addSource("areas", {
            type: "geojson",
            data: geometry.employmentAreas,
            promoteId: "code",
            tolerance: 0.2,
          });
          map.addLayer(areaFillLayer(), LAYERS.smallSample);
        }
        map.setLayoutProperty("area-fill", "visibility", "visible");
        for (const f of geometry.employmentAreas.features) {
          const id = f.properties.code;
          map.setFeatureState({ source: "areas", id }, { color: colors.get(id) ?? fallback });
        }
      }),
    setGeometry: (g) => {
      geometry = g;
      if (map.getSource("areas")) setData("areas", g.employmentAreas);
      areas = regionIndex(g.employmentAreas);
      setData("counties", g.counties);
      setData("outside", g.outside);
      setData("borders", g.borders);
    },
    setNeighbours: (n) => setData("neighbours", n),
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
    project: (lngLat) => {
      const p = map.project(lngLat);
      return [p.x, p.y];
    },
    zoom: () => map.getZoom(),
    // The drawing buffer is read in the "render" event, before the browser may clear it.
    snapshot: (scale) =>
      new Promise((resolve) => {
        const ratio = map.getPixelRatio();
        map.setPixelRatio(scale);
        map.once("idle", () => {
          map.once("render", () => {
            const source = map.getCanvas();
            const copy = document.createElement("canvas");
            copy.width = source.width;
            copy.height = source.height;
            copy.getContext("2d")?.drawImage(source, 0, 0);
            map.setPixelRatio(ratio);
            resolve(copy);
          });
          map.triggerRepaint();
        });
      }),
    onZoomEnd: (listener) => map.on("zoomend", () => listener(map.getZoom())),
    onContextLoss: (listener) => {
      map.on("webglcontextlost", () => listener(true));
      map.on("webglcontextrestored", () => listener(false));
    },
    destroy: () => map.remove(),
  };
}
