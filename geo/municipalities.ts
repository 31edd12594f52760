// Joins boundaries, mergers, classification and population into one record per municipality.
import { areaKm2 } from "./area.ts";
import { GeoBuildError } from "./errors.ts";
import { mergerResolver } from "./mergers.ts";
import type { AtlasExpectations, AtlasInputs, MunicipalityClass } from "./types.ts";

/** A municipality of the target year: its class, its boundary pieces, and its figures. */
export interface MunicipalityRecord extends MunicipalityClass {
  /** Boundary features that make it up (more than one where municipalities merged). */
  pieces: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
  population: number;
  /** Area of the unsimplified boundary, km², equal-area projection. */
  areaKm2: number;
}

/**
 * Applies the mergers to the boundary codes, then joins each municipality to its
 * classification and population. Stops the build, naming the codes, when a
 * boundary code is not classified (or the reverse), when a municipality has no
 * population, or when the numbers of municipalities, counties or employment
 * areas differ from those expected. Records are sorted by code.
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

  const records = [...classes.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((m): MunicipalityRecord => {
      const count = population.get(m.code);
      if (count === undefined)
        throw new GeoBuildError(`municipality ${m.code} (${m.name.fi}) has no population figure`);
      const own = pieces.get(m.code) ?? [];
      const area = own.reduce((sum, f) => sum + areaKm2(f.geometry), 0);
      return { ...m, pieces: own, population: count, areaKm2: area };
    });

  checkCount(
    "municipalities",
    records.map((m) => m.code),
    expect.municipalities,
  );
  const inside = (code: string, outside: string) => (code === outside ? [] : [code]);
  const counties = new Set(records.flatMap((m) => inside(m.county, expect.outsideCounty)));
  const areas = new Set(
    records.flatMap((m) => inside(m.employmentArea, expect.outsideEmploymentArea)),
  );
  checkCount("wellbeing services counties", [...counties], expect.counties);
  checkCount("employment areas", [...areas], expect.employmentAreas);
  for (const m of records) {
    const isOutside = m.county === expect.outsideCounty;
    if (isOutside !== (m.employmentArea === expect.outsideEmploymentArea))
      throw new GeoBuildError(
        `municipality ${m.code} (${m.name.fi}) is outside one reform but not the other: county ${m.county}, employment area ${m.employmentArea}`,
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
