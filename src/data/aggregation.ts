// Puts the values of a table's rows (municipalities, or regions of another type) on a larger level, by membership.
import { type Municipality, regionOf } from "./atlas.ts";
import type { AggregationRule, SourceRegions } from "./importedTable.ts";
import type { LevelId } from "./levels.ts";

/** A region of the table's rows, as a set of municipalities. */
export interface Unit {
  code: string;
  name: string;
  members: string[];
  population: number;
}

/** How much of a region an aggregate covers. */
export interface Coverage {
  /** Parts (municipalities, or regions of the table's type) with a value, of all the parts in or reaching into the region. */
  count: number;
  of: number;
  /** Their share (0–1) of the region's population. */
  populationShare: number;
}

/** What a region's parts are: those lying whole within it, and those reaching beyond it. */
export interface Parts {
  within: Unit[];
  /** Parts reaching into the region and beyond: their values cannot be divided (HUS in five counties). */
  spanning: { unit: Unit; regions: string[] }[];
  population: number;
}

/** The units of a table's rows: its municipalities, or its type's regions with their municipalities. */
export function unitsOf(
  source: SourceRegions | null,
  municipalities: readonly Municipality[],
): Map<string, Unit> {
  const population = new Map(municipalities.map((m) => [m.code, m.population]));
  if (!source)
    return new Map(
      municipalities.map((m) => [
        m.code,
        { code: m.code, name: m.name.fi, members: [m.code], population: m.population },
      ]),
    );
  return new Map(
    source.regions.map((r) => [
      r.code,
      {
        code: r.code,
        name: r.name,
        members: r.members,
        population: r.members.reduce((a, m) => a + (population.get(m) ?? 0), 0),
      },
    ]),
  );
}

/** Each region of `level`: the units lying whole within it and those that span it and others. */
export function partsByRegion(
  units: ReadonlyMap<string, Unit>,
  level: LevelId,
  municipalities: readonly Municipality[],
): Map<string, Parts> {
  const regionOfCode = new Map(municipalities.map((m) => [m.code, regionOf(m, level)]));
  const parts = new Map<string, Parts>();
  const get = (code: string) => {
    let p = parts.get(code);
    if (!p) {
      p = { within: [], spanning: [], population: 0 };
      parts.set(code, p);
    }
    return p;
  };
  for (const m of municipalities) {
    const r = regionOfCode.get(m.code);
    if (r) get(r).population += m.population;
  }
  for (const unit of units.values()) {
    const regions = [
      ...new Set(unit.members.map((m) => regionOfCode.get(m)).filter((r): r is string => !!r)),
    ];
    if (regions.length === 1 && unit.members.every((m) => regionOfCode.get(m) === regions[0]))
      get(regions[0] as string).within.push(unit);
    else for (const r of regions) get(r).spanning.push({ unit, regions });
  }
  return parts;
}

export interface Aggregate {
  value: number | null;
  coverage: Coverage;
  /** The parts that gave a value. */
  used: Unit[];
}

/**
 * A region's value from its parts: a sum, or a mean weighted by the parts'
 * populations (31.12.2024), over the parts that have a value. A region that a
 * part reaches into from beyond (HUS into five counties) has no value: that
 * part cannot be divided, and without it the region is short by an unknown
 * share. Coverage counts the parts with a value of all the parts in or
 * reaching into the region, and their share of its population; with none, the
 * value is null.
 */
export function aggregateParts(
  parts: Parts,
  rule: AggregationRule,
  valueOfPart: (code: string) => number | null,
): Aggregate {
  let sum = 0;
  let weighted = 0;
  let weight = 0;
  const used: Unit[] = [];
  for (const unit of parts.within) {
    const v = valueOfPart(unit.code);
    if (v === null) continue;
    used.push(unit);
    sum += v;
    weighted += v * unit.population;
    weight += unit.population;
  }
  const coverage = {
    count: used.length,
    of: parts.within.length + parts.spanning.length,
    populationShare: parts.population > 0 ? weight / parts.population : 0,
  };
  // A part reaching beyond the region leaves it short by a share no one can know: no value.
  if (used.length === 0 || parts.spanning.length > 0) return { value: null, coverage, used };
  return { value: rule === "sum" ? sum : weight > 0 ? weighted / weight : null, coverage, used };
}
