// Parts of a link's table read on their own: the region type's regions, merged municipalities, notes.
import type {
  ImportedTable,
  ImportNote,
  MergedPart,
  SourceRegions,
} from "../data/importedTable.ts";
import { isLevelId, type LevelId } from "../data/levels.ts";
import { isRegionTypeId } from "../data/regionTypes.ts";
import { type ByteReader, DamagedInput } from "./bytes.ts";
import { MAX_LIST, NOTE_KINDS, TEXT } from "./tableFormat.ts";
import type { LinkGazetteer } from "./tableRead.ts";

/** Damage unless `ok`: the reader's one way to refuse. */
export function check(ok: boolean, what: string): void {
  if (!ok) throw new DamagedInput(what);
}

export function distinct(list: readonly string[], what: string): void {
  check(new Set(list).size === list.length, `repeated ${what}`);
}

/** A list of texts of at most `max` characters each. */
export const textList = (r: ByteReader, max: number) =>
  Array.from({ length: r.count(MAX_LIST * 400) }, () => r.text(max));

/** The region type of a table's rows, its regions and their municipalities, all known. */
export function readSource(r: ByteReader, gazetteer: LinkGazetteer): SourceRegions {
  const list = (max: number) => textList(r, max);
  const type = r.text(TEXT.short);
  check(isRegionTypeId(type), "unknown region type");
  const levels = list(TEXT.short);
  check(
    levels.every((l) => isLevelId(l) && !!gazetteer.codes(l as LevelId)),
    "unknown level",
  );
  const municipalities = gazetteer.codes("municipality");
  const regions = Array.from({ length: r.count(10_000, 3) }, () => {
    const code = r.text(TEXT.short);
    const regionName = r.text(TEXT.name);
    const members = list(TEXT.short);
    check(
      members.every((m) => municipalities?.has(m)),
      "unknown municipality",
    );
    return { code, name: regionName, members };
  });
  distinct(
    regions.map((x) => x.code),
    "region",
  );
  return { type: type as SourceRegions["type"], regions, levels: levels as LevelId[] };
}

/** The import's notes: kinds, counts, lines and examples. */
export function readNotes(r: ByteReader): ImportNote[] {
  const list = (max: number) => textList(r, max);
  return Array.from({ length: r.count(NOTE_KINDS.length * 4, 5) }, (): ImportNote => {
    const kind = NOTE_KINDS[r.byte()];
    check(kind !== undefined, "unknown note");
    const count = r.uint();
    const noteRows = Array.from({ length: r.count(MAX_LIST) }, () => r.uint());
    const examples = list(TEXT.note);
    const noteLevel = r.text(TEXT.short);
    const noteType = r.text(TEXT.short);
    check(!noteLevel || isLevelId(noteLevel), "unknown level");
    check(!noteType || isRegionTypeId(noteType), "unknown region type");
    return {
      kind: kind as ImportNote["kind"],
      count,
      rows: noteRows,
      examples,
      ...(noteLevel ? { level: noteLevel as LevelId } : {}),
      ...(noteType ? { type: noteType as ImportNote["type"] & string } : {}),
    };
  });
}

/** Values of municipalities merged since, by series, period and the code they joined. */
export function readMerged(
  r: ByteReader,
  shape: {
    ids: string[];
    metrics: number;
    combinations: number;
    periods: string[];
    codes: ReadonlySet<string>;
  },
): ImportedTable["merged"] {
  const merged: ImportedTable["merged"] = new Map();
  for (let n = r.count(100_000, 5); n > 0; n--) {
    const m = r.uint();
    const k = r.uint();
    const period = shape.periods[r.uint()];
    check(m < shape.metrics && k < shape.combinations && period !== undefined, "bad merged row");
    const into = r.text(TEXT.short);
    check(shape.codes.has(into), "unknown region");
    const parts = Array.from({ length: r.count(100, 4) }, (): MergedPart => {
      const code = r.text(TEXT.short);
      const partName = r.text(TEXT.name);
      const value = r.byte() === 1 ? r.float() : null;
      check(value === null || Math.abs(value) <= 1e15, "value out of range");
      return { code, name: partName, value, line: r.uint() };
    });
    const key = `${shape.ids[m]}|${k}`;
    const byPeriod = merged.get(key) ?? new Map<string, Map<string, MergedPart[]>>();
    merged.set(key, byPeriod);
    const byCode = byPeriod.get(period as string) ?? new Map<string, MergedPart[]>();
    byPeriod.set(period as string, byCode);
    byCode.set(into, parts);
  }
  return merged;
}
