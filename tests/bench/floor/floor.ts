// The benchmark's floor: bare MapLibre that loads the app's default topology and fills the
// 22 counties with a fixed colour ramp, and nothing else. It marks its first idle frame.
import "maplibre-gl/dist/maplibre-gl.css";
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

setWorkerUrl(workerUrl);

const topology: Topology = await (await fetch("data/finland-2025.topo.json")).json();
const counties = feature(topology, topology.objects.counties as GeometryCollection);
for (const f of counties.features) f.properties = { code: String(f.id) };
const map = new MapLibreMap({
  container: "map",
  bounds: [
    [19.1, 59.7],
    [31.6, 70.1],
  ],
  attributionControl: false,
  style: {
    version: 8,
    sources: { counties: { type: "geojson", data: counties } },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#dce8f0" } },
      {
        id: "counties",
        type: "fill",
        source: "counties",
        paint: {
          "fill-color": [
            "interpolate",
            ["linear"],
            ["to-number", ["get", "code"]],
            1,
            "#ffffcc",
            21,
            "#253494",
          ],
          "fill-outline-color": "#ffffff",
        },
      },
    ],
  },
});
map.once("idle", () => performance.mark("map-idle"));
