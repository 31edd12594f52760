// Neighbouring land for context (Natural Earth via world-atlas), clipped to the map's view.
import { clipPolygon } from "lineclip";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { GeoBuildError } from "./errors.ts";
import { repairedOrStop } from "./repair.ts";
import { rewind } from "./winding.ts";

/** The countries drawn around Finland, by ISO 3166-1 numeric code. */
export const NEIGHBOURS = {
  "752": "Sweden",
  "578": "Norway",
  "643": "Russia",
  "233": "Estonia",
  "428": "Latvia",
};

/**
 * [west, south, east, north] in degrees: a margin around Finland at country zoom.
 * It holds Norway, Sweden, Estonia and Latvia whole: a box edge that ran along the
 * Norwegian–Swedish border would leave overlapping collinear edges, which the
 * map's triangulation fills wrongly. Only Russia is cut, by the east and south edges.
 */
export const NEIGHBOUR_BBOX: [number, number, number, number] = [4, 53.5, 42, 72.5];

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Russia's ring crosses the antimeridian: its points at −180…−169° lie, for
 * clipping, east of the box, not west. Shifting them by 360° keeps the clipped
 * ring from running along the box's western edge and filling the Baltic.
 */
function unwrap(ring: GeoJSON.Position[]): [number, number][] {
  return ring.map((p) => [
    (p[0] as number) < -90 ? (p[0] as number) + 360 : (p[0] as number),
    p[1] as number,
  ]);
}

export interface NeighbourOptions {
  /** Triangle-area threshold in km² below which vertices are dropped. */
  minTriangleKm2: number;
  /** Islands smaller than this (km²) are dropped. */
  minIslandKm2: number;
  quantization: number;
}

/**
 * Clips the neighbours out of a world-atlas `countries` topology to the bounding
 * box, simplifies them and returns a topology with one object, `neighbours`
 * (id = ISO numeric code, no properties). A neighbour missing from the world
 * topology stops the build.
 */
export function buildNeighbours(world: Topology, options: NeighbourOptions): Topology {
  const countries = world.objects.countries as GeometryCollection | undefined;
  if (!countries) throw new GeoBuildError("world topology has no object 'countries'");
  const features: GeoJSON.Feature<GeoJSON.MultiPolygon>[] = [];
  for (const id of Object.keys(NEIGHBOURS).sort()) {
    const geometry = countries.geometries.find((g) => String(g.id) === id);
    if (!geometry) throw new GeoBuildError(`world topology has no country ${id}`);
    const country = feature(world, geometry) as GeoJSON.Feature<
      GeoJSON.Polygon | GeoJSON.MultiPolygon
    >;
    const polygons =
      country.geometry.type === "Polygon"
        ? [country.geometry.coordinates]
        : country.geometry.coordinates;
    // A polygon whose exterior ring falls outside the box goes; so do clipped-away holes.
    const clipped = polygons.flatMap((polygon) => {
      const rings = polygon.map((ring) => clipPolygon(unwrap(ring), NEIGHBOUR_BBOX));
      const [exterior, ...holes] = rings;
      return exterior && exterior.length >= 4
        ? [[exterior, ...holes.filter((hole) => hole.length >= 4)]]
        : [];
    });
    features.push({
      type: "Feature",
      id,
      properties: null,
      // Natural Earth winds as d3-geo does; the app's GeoJSON follows RFC 7946.
      geometry: rewind({ type: "MultiPolygon", coordinates: clipped }),
    });
  }
  let topo = topology({
    neighbours: { type: "FeatureCollection", features },
  } as never) as Topology<Objects<object>>;
  topo = presimplify(topo, sphericalTriangleArea);
  topo = simplify(topo, options.minTriangleKm2 / EARTH_RADIUS_KM ** 2);
  topo = filter(
    topo,
    filterWeight(topo, options.minIslandKm2 / EARTH_RADIUS_KM ** 2, (ring) => {
      const a = sphericalRingArea(ring, false);
      return Math.min(a, 4 * Math.PI - a);
    }),
  ) as Topology<Objects<object>>;
  // Norway's fjords, simplified hard and quantized coarsely, may fold a segment onto another:
  // those vertices go, as in the atlas (geo/repair.ts); a crossing left stops the build.
  return repairedOrStop(quantize(topo, options.quantization) as Topology, "neighbours' arcs");
}
