// The bench's simplest map: the first view's counties as SVG paths (d3-geo, Web Mercator), filled by the
// survey's first metric; a tap or click shows the county's name and value. It marks its first painted frame.
import { geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { rewindForD3 } from "../../../geo/winding.ts";
import { comparatorData, rampColor } from "../pageData.ts";

const { topology, values } = await comparatorData();
const counties = feature(
  topology,
  topology.objects.counties as GeometryCollection<{ short_fi?: string }>,
);
const svg = document.getElementById("map") as unknown as SVGSVGElement;
const { clientWidth: width, clientHeight: height } = svg as unknown as HTMLElement;
const shapes = counties.features.map((f) => ({
  ...f,
  // d3-geo takes exterior rings clockwise; the topology follows RFC 7946.
  geometry: rewindForD3(f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon),
}));
const path = geoPath(
  geoMercator().fitSize([width, height], { type: "FeatureCollection", features: shapes }),
);
svg.innerHTML = shapes
  .map((f) => {
    const name = String(f.properties?.short_fi ?? "");
    return `<path d="${path(f)}" fill="${rampColor(values.get(name))}" data-name="${name}"></path>`;
  })
  .join("");
const tooltip = document.getElementById("tooltip") as HTMLElement;
svg.addEventListener("click", (e) => {
  const target = (e.target as Element).closest("path");
  tooltip.hidden = !target;
  if (!target) return;
  const name = target.getAttribute("data-name") ?? "";
  tooltip.textContent = `${name}: ${values.get(name) ?? "–"}`;
  tooltip.style.left = `${e.clientX + 8}px`;
  tooltip.style.top = `${e.clientY + 8}px`;
  tooltip.hidden = false;
});
requestAnimationFrame(() => performance.mark("choropleth-painted"));
