// Joins boundaries, mergers, classification and population into one record per municipality.
import { GeoBuildError } from "./errors.ts";
import { GEO_LEVEL_IDS, GEO_LEVELS } from "./levels.ts";
import { mergerResolver } from "./mergers.ts";
import type { AtlasExpectations, AtlasInputs, LandAreas, MunicipalityClass } from "./types.ts";

/** A municipality of the target year: its class, its boundary pieces, and its figures. */
export interface MunicipalityRecord extends MunicipalityClass {
  /** Boundary features that make it up (more than one where municipalities merged). */
  pieces: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
  population: number;
  /** Official land, inland water and sea areas, km² (National Land Survey). */
  areas: LandAreas;
}

/**
 * Applies the mergers to the boundary codes, then joins each municipality to its
 * classification and population. Stops the build, naming the codes, when a
 * boundary code is not classified (or the reverse), when a municipality has no
 * population, when the number of municipalities or of any level's regions
 * differs from that expected, or when a municipality is outside one reform but
 * not the other. Records are sorted by code.
 */
export function joinMunicipalities(
  inputs: AtlasInputs,
  expect: AtlasExpectations,
): MunicipalityRecord[] {
  const resolve = mergerResolver(inputs.mergers);
  const pieces = new Map<string, MunicipalityRecord["pieces"]>();
  for (const feature of inputs.boundaries.features) {
    const raw = String(feature.properties?.kunta ?? "").trim();
    if (!raw) throw new GeoBuildError("boundaries: a feature has no property kunta");
    if (!feature.geometry)
      throw new GeoBuildError(`boundaries: municipality ${raw} has no geometry`);
    const code = resolve(raw);
    pieces.set(code, [...(pieces.get(code) ?? []), feature]);
  }

  const classes = new Map(inputs.classification.municipalities.map((m) => [m.code, m]));
  const unclassified = [...pieces.keys()].filter((c) => !classes.has(c));
  if (unclassified.length)
    throw new GeoBuildError(
      `boundaries have municipalities the classification does not know: ${unclassified.join(", ")}`,
    );
  const unbounded = [...classes.keys()].filter((c) => !pieces.has(c));
  if (unbounded.length)
    throw new GeoBuildError(
      `classification has municipalities with no boundary: ${unbounded.join(", ")}`,
    );

  const population = new Map<string, number>();
  for (const [code, count] of inputs.population) {
    const to = resolve(code);
    population.set(to, (population.get(to) ?? 0) + count);
  }

  // A ceased municipality's areas are summed into its successor's, to two decimals as published.
  const areas = new Map<string, LandAreas>();
  const cents = (v: number) => Math.round(v * 100);
  for (const [code, a] of inputs.areas) {
    const to = resolve(code);
    const known = areas.get(to) ?? { land: 0, inlandWater: 0, sea: 0 };
    areas.set(to, {
      land: (cents(known.land) + cents(a.land)) / 100,
      inlandWater: (cents(known.inlandWater) + cents(a.inlandWater)) / 100,
      sea: (cents(known.sea) + cents(a.sea)) / 100,
    });
  }

  const records = [...classes.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((m): MunicipalityRecord => {
      const count = population.get(m.code);
      if (count === undefined)
        throw new GeoBuildError(`municipality ${m.code} (${m.name.fi}) has no population figure`);
      const area = areas.get(m.code);
      if (area === undefined)
        throw new GeoBuildError(`municipality ${m.code} (${m.name.fi}) has no land area figure`);
      return { ...m, pieces: pieces.get(m.code) ?? [], population: count, areas: area };
    });

  checkCount(
    "municipalities",
    records.map((m) => m.code),
    expect.municipalities,
  );
  for (const id of GEO_LEVEL_IDS) {
    const outside = expect.outside[id];
    const codes = new Set(records.map((m) => m.memberships[id]).filter((c) => c !== outside));
    checkCount(GEO_LEVELS[id].many, [...codes], expect.regions[id]);
  }
  const reforms = Object.entries(expect.outside) as [keyof typeof expect.outside, string][];
  for (const m of records) {
    const outside = reforms.filter(([id, code]) => m.memberships[id] === code);
    if (outside.length && outside.length < reforms.length)
      throw new GeoBuildError(
        `municipality ${m.code} (${m.name.fi}) is outside one reform but not the other: ${reforms
          .map(([id]) => `${GEO_LEVELS[id].one} ${m.memberships[id]}`)
          .join(", ")}`,
      );
  }
  return records;
}

function checkCount(what: string, codes: string[], expected: number): void {
  if (codes.length !== expected)
    throw new GeoBuildError(
      `expected ${expected} ${what}, found ${codes.length}: ${codes.sort().join(", ")}`,
    );
}
