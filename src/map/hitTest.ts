// Which regions are under a point: one module for both renderers, by point-in-polygon on the scene's geometry.
import type { LevelId } from "../data/levels.ts";
import type { MapGeometry } from "./geometry.ts";
import { regionIndex } from "./regionAt.ts";

/** The code of the region under the point, by level; a level with none there is absent. */
export type Hit = Partial<Record<LevelId, string>>;

/**
 * A hit tester over a geometry. Indexes are built per level on first use, so
 * asking only for counties and employment areas never touches municipalities.
 */
export function hitTester(geometry: MapGeometry) {
  const indexes = new Map<LevelId, ReturnType<typeof regionIndex>>();
  return (lng: number, lat: number, levels: readonly LevelId[]): Hit => {
    const hit: Hit = {};
    for (const level of levels) {
      let index = indexes.get(level);
      if (!index) {
        index = regionIndex(geometry.regions(level));
        indexes.set(level, index);
      }
      const code = index.at(lng, lat);
      if (code !== null) hit[level] = code;
    }
    return hit;
  };
}

export type HitTester = ReturnType<typeof hitTester>;
