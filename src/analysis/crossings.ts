// Which employment areas cross county borders, and by how much: computed from municipality membership.
import type { Municipality } from "../data/atlas.ts";

/** The part of an employment area that lies in one county. */
export interface CountyPart {
  county: string;
  /** Member municipality codes, sorted. */
  municipalities: string[];
  areaKm2: number;
  population: number;
  /** Shares (0–1) of the employment area's total area and population. */
  areaShare: number;
  populationShare: number;
}

export interface EmploymentAreaSpan {
  employmentArea: string;
  /** The counties it lies in, largest area share first (ties by code). */
  parts: CountyPart[];
  /** True when its municipalities belong to more than one county. */
  crosses: boolean;
}

/**
 * For each employment area, the counties its member municipalities belong to.
 * Both are unions of whole municipalities, so an area crosses a county border
 * exactly when its members belong to more than one county; an area that only
 * touches a border (all members in one county) does not cross it. Municipalities
 * in `excludeCounties` (Åland) are left out. Shares use the municipalities'
 * area and population; an area with zero population gets population shares of 0.
 * Areas are sorted by code.
 */
export function employmentAreaSpans(
  municipalities: readonly Municipality[],
  excludeCounties: ReadonlySet<string> = new Set(),
): EmploymentAreaSpan[] {
  const byArea = new Map<string, Map<string, Municipality[]>>();
  for (const m of municipalities) {
    if (excludeCounties.has(m.county)) continue;
    const counties = byArea.get(m.employmentArea) ?? new Map<string, Municipality[]>();
    counties.set(m.county, [...(counties.get(m.county) ?? []), m]);
    byArea.set(m.employmentArea, counties);
  }
  return [...byArea.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([employmentArea, counties]) => {
      const all = [...counties.values()].flat();
      const totalArea = sum(all, (m) => m.areaKm2);
      const totalPopulation = sum(all, (m) => m.population);
      const parts = [...counties.entries()].map(([county, members]): CountyPart => {
        const areaKm2 = sum(members, (m) => m.areaKm2);
        const population = sum(members, (m) => m.population);
        return {
          county,
          municipalities: members.map((m) => m.code).sort(),
          areaKm2,
          population,
          areaShare: totalArea > 0 ? areaKm2 / totalArea : 0,
          populationShare: totalPopulation > 0 ? population / totalPopulation : 0,
        };
      });
      parts.sort((a, b) => b.areaShare - a.areaShare || (a.county < b.county ? -1 : 1));
      return { employmentArea, parts, crosses: parts.length > 1 };
    });
}

/** Employment areas by county: every area with at least one member municipality in it, sorted. */
export function employmentAreasByCounty(
  spans: readonly EmploymentAreaSpan[],
): Map<string, string[]> {
  const byCounty = new Map<string, string[]>();
  for (const span of spans)
    for (const part of span.parts)
      byCounty.set(part.county, [...(byCounty.get(part.county) ?? []), span.employmentArea]);
  for (const areas of byCounty.values()) areas.sort();
  return byCounty;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
