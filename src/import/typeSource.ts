// Rows of a region type the map does not draw: which drawn levels its regions lie whole within.
import type { SourceRegions } from "../data/importedTable.ts";
import type { RegionTypeId } from "../data/regionTypes.ts";
import type { Gazetteer, ImportLevel } from "./gazetteer.ts";

/** Levels a type's values can be put on, in the order they are offered. */
const TARGETS: ImportLevel[] = ["county", "maakunta"];

/** The region of `level` all of a region's municipalities are in; null where they are in several (or none). */
export function containing(
  members: readonly string[],
  level: ImportLevel,
  gazetteer: Pick<Gazetteer, "parents">,
): string | null {
  const codes = new Set(members.map((m) => gazetteer.parents[m]?.[level] ?? null));
  const [only] = codes;
  return codes.size === 1 && only ? only : null;
}

/**
 * The drawn levels a table of `type` can be shown at: those within whose
 * regions at least 60 % of the type's mainland regions lie whole (hospital
 * districts in counties: 13 of 20; HUS spans five and stays out). Empty for a type whose
 * regions span the drawn ones (ELY areas, electoral districts), or whose
 * municipalities the geo build does not give.
 */
export function typeSource(
  type: RegionTypeId,
  codes: readonly string[],
  gazetteer: Gazetteer,
): { source: SourceRegions; levels: ImportLevel[] } {
  const regions = gazetteer.types[type] ?? [];
  const source: SourceRegions = {
    type,
    regions: regions.map((r) => ({
      code: r.code,
      name: r.names[0] ?? r.code,
      members: r.members ?? [],
    })),
  };
  // The type's regions in mainland Finland (Åland's own lie within no county).
  const mainland = regions.filter(
    (r) => r.members?.length && r.members.some((m) => gazetteer.parents[m]?.county),
  );
  const levels = TARGETS.filter(
    (level) =>
      codes.length > 0 &&
      mainland.length > 0 &&
      mainland.filter((r) => containing(r.members ?? [], level, gazetteer) !== null).length >=
        mainland.length * 0.6,
  );
  return { source: { ...source, levels }, levels };
}
