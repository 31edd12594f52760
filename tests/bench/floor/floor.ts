// The benchmark's floor: bare MapLibre that loads the app's first-view topology and the survey's table,
// fills the 22 counties by the first metric, and shows a county's name and value on a tap or click
// (a tooltip), and nothing else. It marks its first idle frame; `#zoom/lat/lng` sets its camera.
import "maplibre-gl/dist/maplibre-gl.css";
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { comparatorData, rampColor } from "../pageData.ts";

setWorkerUrl(workerUrl);

const { topology, values } = await comparatorData();
const counties = feature(
  topology,
  topology.objects.counties as GeometryCollection<Record<string, unknown>>,
);
for (const f of counties.features) {
  const name = String(f.properties?.short_fi ?? "");
  f.properties = { name, value: values.get(name) ?? null, color: rampColor(values.get(name)) };
}
const map = new MapLibreMap({
  container: "map",
  bounds: [
    [19.1, 59.7],
    [31.6, 70.1],
  ],
  hash: true,
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
        paint: { "fill-color": ["get", "color"], "fill-outline-color": "#ffffff" },
      },
    ],
  },
});
const tooltip = document.getElementById("tooltip") as HTMLElement;
map.on("click", (e) => {
  const county = map.queryRenderedFeatures(e.point, { layers: ["counties"] })[0];
  tooltip.hidden = !county;
  if (!county) return;
  tooltip.textContent = `${county.properties.name}: ${county.properties.value ?? "–"}`;
  tooltip.style.left = `${e.point.x + 8}px`;
  tooltip.style.top = `${e.point.y + 8}px`;
  tooltip.hidden = false;
});
map.once("idle", () => performance.mark("map-idle"));
(globalThis as unknown as { floorMap: MapLibreMap }).floorMap = map;
