// The first view's topology: the geometry the first view draws, and every region's properties without geometry.
import { feature } from "topojson-client";
import { topology as buildTopology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { arcCoordinates } from "./validity.ts";

export interface FirstViewPlan {
  /** Objects whose geometry the first view draws: kept, their arcs rejoined. */
  drawn: readonly string[];
  /** Properties the app does not read, left out of the objects without geometry. */
  unused: readonly string[];
  /**
   * Translated names left out of the objects without geometry where they equal
   * the Finnish one (`name_fi`): the app reads a missing translation as the
   * Finnish name (src/data/atlas.ts), as Alajärvi is Alajärvi in Swedish too.
   */
  sameAsFinnish?: readonly string[];
}

type Props = Record<string, unknown>;

/**
 * A smaller topology for the first view. The `drawn` objects keep their
 * geometry, exactly (same grid, same vertices); every other object keeps its
 * geometries' ids and properties (less `unused`) with no geometry (type null),
 * so the app knows every region, its names, figures and label point before its
 * shapes load. The arcs are built again from the drawn objects alone: where
 * the full atlas cut them at junctions of municipalities that are not drawn,
 * they are joined into one, which saves their headers and index lists.
 * Deterministic: the same input gives the same output.
 */
export function firstViewTopology(atlas: Topology, plan: FirstViewPlan): Topology {
  if (!atlas.transform) throw new Error("the atlas must be quantized");
  // The same atlas on its integer grid: rebuilding its arcs there keeps every vertex exact.
  const grid: Topology = {
    type: "Topology",
    objects: atlas.objects,
    arcs: arcCoordinates(atlas, "grid"),
  };
  const drawn = Object.fromEntries(
    plan.drawn
      .filter((key) => atlas.objects[key])
      .map((key) => [key, feature(grid, atlas.objects[key] as GeometryCollection)]),
  );
  const rebuilt = buildTopology(drawn as never) as Topology;
  const objects = Object.fromEntries(
    Object.entries(atlas.objects).map(([key, object]) => {
      const own = rebuilt.objects[key];
      if (own) return [key, own];
      const geometries = (object as GeometryCollection<Props>).geometries.map((g) => {
        const props: Props = g.properties ?? {};
        return {
          type: null,
          id: g.id,
          properties: Object.fromEntries(
            Object.entries(props).filter(
              ([k, v]) =>
                !plan.unused.includes(k) &&
                !(plan.sameAsFinnish?.includes(k) && v === props.name_fi),
            ),
          ),
        };
      });
      return [key, { type: "GeometryCollection", geometries }];
    }),
  );
  return {
    type: "Topology",
    ...(atlas.bbox ? { bbox: atlas.bbox } : {}),
    transform: atlas.transform,
    objects,
    arcs: rebuilt.arcs.map((arc) => {
      let [x, y] = [0, 0];
      return arc.map(([px, py]) => {
        const delta = [(px as number) - x, (py as number) - y];
        [x, y] = [px as number, py as number];
        return delta;
      });
    }),
  } as Topology;
}
