// How an imported figure was made, as data: the file's own row, or the parts a sum or mean was made of, with lines.
import type { Aggregate, Parts } from "./aggregation.ts";
import type { AggregationRule, MergedPart } from "./importedTable.ts";
import type { LevelId } from "./levels.ts";
import type { RegionTypeId } from "./regionTypes.ts";

/** A row that went into a figure: the region it names and its line in the file. */
export interface ProvenancePart {
  code: string;
  name: string;
  line: number | null;
}

export type Provenance =
  /** The file's own row for the region: its line, and rows of merged municipalities added to it. */
  | {
      kind: "row";
      line: number | null;
      /** The row holds a missing-value mark. */
      mark: boolean;
      merged: MergedPart[];
    }
  /** The region's own row and merged municipalities' rows, which a mean cannot combine: no value. */
  | { kind: "mergedMean"; line: number | null; merged: MergedPart[] }
  /** A merged municipality's row has no value, so a sum would be short: no value. */
  | { kind: "mergedMissing"; line: number | null; merged: MergedPart[] }
  /** No row in the file. */
  | { kind: "noRow" }
  /** A sum or weighted mean of parts (municipalities, or regions of another type), with those that could not count. */
  | {
      kind: "aggregate";
      rule: AggregationRule;
      /** The figure made; null where no part has a value or a part reaches in from beyond. */
      value: number | null;
      /** What the parts are. */
      of: LevelId | RegionTypeId;
      parts: ProvenancePart[];
      count: number;
      total: number;
      populationShare: number;
      /** Parts of the region's population the file has no value for. */
      lacking: ProvenancePart[];
      /** Parts reaching into the region and beyond, not counted: HUS spans five counties. */
      spanning: (ProvenancePart & { regions: string[] })[];
    };

/** The provenance of an aggregate, from its parts and the lines of their rows. */
export function aggregateProvenance(
  aggregate: Aggregate,
  parts: Parts,
  rule: AggregationRule,
  of: LevelId | RegionTypeId,
  lineOf: (code: string) => number | null,
): Provenance {
  const used = new Set(aggregate.used.map((u) => u.code));
  const part = (u: { code: string; name: string }) => ({
    code: u.code,
    name: u.name,
    line: lineOf(u.code),
  });
  return {
    kind: "aggregate",
    rule,
    value: aggregate.value,
    of,
    parts: aggregate.used.map(part),
    count: aggregate.coverage.count,
    total: aggregate.coverage.of,
    populationShare: aggregate.coverage.populationShare,
    lacking: parts.within.filter((u) => !used.has(u.code)).map(part),
    spanning: parts.spanning.map((s) => ({ ...part(s.unit), regions: s.regions })),
  };
}
