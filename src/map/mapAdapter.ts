// The only module that talks to MapLibre: creates the map with a local style.
import "maplibre-gl/dist/maplibre-gl.css";
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { baseStyle, FINLAND_BOUNDS } from "./style.ts";

setWorkerUrl(workerUrl);

export function createMap(container: HTMLElement): MapLibreMap {
  return new MapLibreMap({
    container,
    style: baseStyle(),
    bounds: FINLAND_BOUNDS,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
  });
}
