// The data of one session, joined once: atlas, survey, crossings and lookups by level and code.
import {
  type EmploymentAreaSpan,
  employmentAreaSpans,
  employmentAreasByCounty,
} from "./analysis/crossings.ts";
import { type Atlas, type Municipality, type Region, regionOf } from "./data/atlas.ts";
import { LEVEL_IDS, type LevelId } from "./data/levels.ts";
import type { Editions } from "./data/load.ts";

export interface AppData {
  atlas: Atlas;
  /** The survey editions there are (each loaded when shown). */
  editions: Editions;
  /** Regions by level and code. */
  regions: Record<LevelId, Map<string, Region>>;
  municipalities: Map<string, Municipality>;
  spans: Map<string, EmploymentAreaSpan>;
  crossings: EmploymentAreaSpan[];
  areasByCounty: Map<string, string[]>;
  /** Land area (km²) of every region, by level and code: labels of larger regions win collisions. */
  landKm2: Record<LevelId, Map<string, number>>;
  /** The capital region the map's inset magnifies: the counties of Helsinki's region (maakunta). */
  capital: CapitalRegion | null;
}

export interface CapitalRegion {
  /** The region (maakunta) code: Uusimaa, 01. */
  maakunta: string;
  counties: string[];
  /** [[west, south], [east, north]] the inset frames: the counties' label points with room around. */
  bounds: [[number, number], [number, number]];
}

/** Room around the label points, in degrees: a label's width and height at the inset's scale. */
const INSET_ROOM = { lng: 0.35, lat: 0.17 };

/** The municipality code of Helsinki, whose region (Uusimaa) the inset shows. */
const HELSINKI = "091";

/**
 * The counties of the capital's region (Uusimaa: Helsinki and the four Uusimaa
 * counties, the smallest on the map) and the frame of the inset that labels
 * them: their label points, with a label's room around. Null for an atlas
 * without Helsinki.
 */
function capitalRegion(atlas: Atlas): CapitalRegion | null {
  const helsinki = atlas.municipalities.find((m) => m.code === HELSINKI);
  if (!helsinki) return null;
  const counties = [
    ...new Set(
      atlas.municipalities
        .filter((m) => m.maakunta === helsinki.maakunta && !m.outside)
        .map((m) => m.county),
    ),
  ].sort();
  const points = atlas.regions.county.filter((c) => counties.includes(c.code)).map((c) => c.label);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    maakunta: helsinki.maakunta,
    counties,
    bounds: [
      [Math.min(...lngs) - INSET_ROOM.lng, Math.min(...lats) - INSET_ROOM.lat],
      [Math.max(...lngs) + INSET_ROOM.lng, Math.max(...lats) + INSET_ROOM.lat],
    ],
  };
}

/** Land area of every region of every level, summed from its municipalities. */
function landByLevel(municipalities: readonly Municipality[]) {
  return Object.fromEntries(
    LEVEL_IDS.map((level) => {
      const sums = new Map<string, number>();
      for (const m of municipalities) {
        const code = regionOf(m, level);
        if (code !== null) sums.set(code, (sums.get(code) ?? 0) + m.landKm2);
      }
      return [level, sums];
    }),
  ) as Record<LevelId, Map<string, number>>;
}

/**
 * Joins the atlas's lookups. Municipalities outside both reforms (Åland's) are
 * left out of the crossing analysis.
 */
export function appData(atlas: Atlas, editions: Editions): AppData {
  // Measured as User Timing "crossings" so the benchmark (or any tool) can read it.
  performance.mark("crossings-start");
  const spanList = employmentAreaSpans(atlas.municipalities.filter((m) => !m.outside));
  performance.measure("crossings", "crossings-start");
  return {
    atlas,
    editions,
    regions: Object.fromEntries(
      LEVEL_IDS.map((level) => [level, new Map(atlas.regions[level].map((r) => [r.code, r]))]),
    ) as Record<LevelId, Map<string, Region>>,
    municipalities: new Map(atlas.municipalities.map((m) => [m.code, m])),
    spans: new Map(spanList.map((s) => [s.employmentArea, s])),
    crossings: spanList.filter((s) => s.crosses),
    areasByCounty: employmentAreasByCounty(spanList),
    landKm2: landByLevel(atlas.municipalities),
    capital: capitalRegion(atlas),
  };
}
