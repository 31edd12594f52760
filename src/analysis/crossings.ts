// Which employment areas cross county borders, and by how much: computed from municipality membership.
import type { Municipality } from "../data/atlas.ts";

/** The part of an employment area that lies in one county. */
export interface CountyPart {
  county: string;
  /** Member municipality codes, sorted. */
  municipalities: string[];
  /** Land area, km² (inland water and sea not counted). */
  landKm2: number;
  population: number;
  /** Shares (0–1) of the employment area's total land area and population. */
  landShare: number;
  populationShare: number;
}

export interface EmploymentAreaSpan {
  employmentArea: string;
  /** The counties it lies in, largest land share first (ties by code). */
  parts: CountyPart[];
  /** True when its municipalities belong to more than one county. */
  crosses: boolean;
}

/**
 * For each employment area, the counties its member municipalities belong to.
 * Both are unions of whole municipalities, so an area crosses a county border
 * exactly when its members belong to more than one county; an area that only
 * touches a border (all members in one county) does not cross it. Pass only
 * the municipalities inside the reforms (not Åland's). Shares use the
 * municipalities' official land area (not inland water or sea) and population;
 * an area with zero population gets population shares of 0. Areas are sorted by code.
 */
export function employmentAreaSpans(
  municipalities: readonly Pick<
    Municipality,
    "code" | "county" | "employmentArea" | "landKm2" | "population"
  >[],
): EmploymentAreaSpan[] {
  type Member = (typeof municipalities)[number];
  const byArea = new Map<string, Map<string, Member[]>>();
  for (const m of municipalities) {
    const counties = byArea.get(m.employmentArea) ?? new Map<string, Member[]>();
    counties.set(m.county, [...(counties.get(m.county) ?? []), m]);
    byArea.set(m.employmentArea, counties);
  }
  return [...byArea.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([employmentArea, counties]) => {
      const all = [...counties.values()].flat();
      const totalLand = sum(all, (m) => m.landKm2);
      const totalPopulation = sum(all, (m) => m.population);
      const parts = [...counties.entries()].map(([county, members]): CountyPart => {
        const landKm2 = sum(members, (m) => m.landKm2);
        const population = sum(members, (m) => m.population);
        return {
          county,
          municipalities: members.map((m) => m.code).sort(),
          landKm2,
          population,
          landShare: totalLand > 0 ? landKm2 / totalLand : 0,
          populationShare: totalPopulation > 0 ? population / totalPopulation : 0,
        };
      });
      parts.sort((a, b) => b.landShare - a.landShare || (a.county < b.county ? -1 : 1));
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
