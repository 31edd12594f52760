// Reads one cell of a region column: which region of which level it names, or why it is no region.
import { normalizeName } from "../data/regionMatcher.ts";
import type { Gazetteer, ImportLevel } from "./gazetteer.ts";

/** Rows that are not regions of any level the map draws, and are set aside. */
export type AsideKind =
  | "country"
  | "mainland"
  | "total"
  | "subArea"
  | "hospitalDistrict"
  | "subRegion";

export type CellRead =
  | {
      kind: "region";
      /** The code it names at each level it matches. */
      hits: Partial<Record<ImportLevel, string>>;
      /** A prefix ("KU", "MK", "HVA") that names the level outright. */
      prefixed: ImportLevel | null;
      /** Whether the cell was a code (digits), not a name: "did you mean" is for names only. */
      coded: boolean;
      /** Åland: a region of the maakunta and municipality levels only. */
      outside: boolean;
      /** A municipality that has merged since: its old code or name, and the code it joined. */
      merged: { code: string; name: string; into: string } | null;
    }
  | { kind: "aside"; why: AsideKind }
  | { kind: "unknown"; name: string; coded: boolean };

const PREFIX = /^(KU|MK|HVA|HYV|HV|TYA|TA|SK|SHP|MA)(\d{1,3})(?:\s+(.*))?$/;
const PREFIX_LEVEL: Record<string, ImportLevel | AsideKind> = {
  KU: "municipality",
  MK: "maakunta",
  HVA: "county",
  HYV: "county",
  HV: "county",
  TYA: "employmentArea",
  TA: "employmentArea",
  SK: "subRegion",
  SHP: "hospitalDistrict",
  MA: "mainland",
};

const COUNTRY = new Set(
  [
    "koko maa",
    "koko suomi",
    "koko maa yhteensä",
    "hela landet",
    "whole country",
    "finland",
    "suomi",
    "sss",
    "sss koko maa",
    "kaikki kunnat",
    "alla kommuner",
    "all municipalities",
    // A survey's all-respondents row is its national figure.
    "kaikki vastaajat",
    "alla svarande",
    "all respondents",
  ].map(normalizeName),
);
const MAINLAND = /^(manner-suomi|fasta finland|mainland finland|manner-suomi yhteensä)$/;
/** Totals and summary rows: a range, an N, a mean of the rows above. */
const TOTAL =
  /^(yhteensä|totalt|total|summa|kaikki|kaikki yhteensä|alla|all|sum|n|vaihteluväli|variationsbredd|range|keskiarvo|medelvärde|mean|average|mediaani|median)$/;
const HOSPITAL =
  /sairaanhoitopiiri|sjukvårdsdistrikt|hospital district|(^|\s)shp$|\bshp\b|erityisvastuualue|\berva\b|^hus$|^hus-/;
const SUBREGION = /seutukunta|ekonomisk region|sub-region|seutukunnat/;
const LEVELS_OF_LENGTH: Record<number, ImportLevel[]> = {
  2: ["county", "employmentArea", "maakunta"],
  3: ["municipality"],
};

/** A cell reader over the gazetteer: fast look-ups by code and by folded name. */
export function cellReader(gazetteer: Gazetteer): (cell: string) => CellRead {
  const byName = new Map<ImportLevel, Map<string, string>>();
  const byCode = new Map<ImportLevel, Map<string, string>>();
  for (const [level, regions] of Object.entries(gazetteer.levels) as [
    ImportLevel,
    Gazetteer["levels"][ImportLevel],
  ][]) {
    const names = new Map<string, string>();
    const ambiguous = new Set<string>();
    const codes = new Map<string, string>();
    for (const r of regions) {
      codes.set(r.code, r.code);
      for (const n of r.names) {
        const key = normalizeName(n);
        if (!key) continue;
        const known = names.get(key);
        if (known !== undefined && known !== r.code) ambiguous.add(key);
        else names.set(key, r.code);
      }
    }
    // A name two regions of one level share matches neither, rather than the wrong one.
    for (const key of ambiguous) names.delete(key);
    byName.set(level, names);
    byCode.set(level, codes);
  }
  const outside = new Set(gazetteer.outside.map(normalizeName));
  const mergedByCode = new Map(gazetteer.mergers.map((m) => [m.code, m]));
  const mergedByName = new Map(gazetteer.mergers.map((m) => [normalizeName(m.name), m]));

  /** Codes as written: "091" matches only three-digit levels, "05" two-digit ones, "5" any level written without zeros. */
  const codeHits = (digits: string, only: ImportLevel | null) => {
    const hits: Partial<Record<ImportLevel, string>> = {};
    const levels =
      only !== null
        ? [only]
        : digits.length === 1
          ? (["county", "employmentArea", "maakunta", "municipality"] as ImportLevel[])
          : (LEVELS_OF_LENGTH[digits.length] ?? []);
    for (const level of levels) {
      const width = level === "municipality" ? 3 : 2;
      const code = digits.padStart(width, "0");
      if (code.length !== width) continue;
      const found = byCode.get(level)?.get(code);
      if (found) hits[level] = found;
    }
    return hits;
  };
  const nameHits = (key: string) => {
    const hits: Partial<Record<ImportLevel, string>> = {};
    for (const [level, names] of byName) {
      const code = names.get(key);
      if (code) hits[level] = code;
    }
    return hits;
  };
  const region = (
    hits: Partial<Record<ImportLevel, string>>,
    extra: Partial<Extract<CellRead, { kind: "region" }>> = {},
  ): CellRead => ({
    kind: "region",
    hits,
    prefixed: null,
    coded: false,
    outside: false,
    merged: null,
    ...extra,
  });

  return (cell: string): CellRead => {
    const text = cell.trim();
    const key = normalizeName(text);
    if (COUNTRY.has(key) || text === "SSS") return { kind: "aside", why: "country" };
    if (MAINLAND.test(key)) return { kind: "aside", why: "mainland" };
    if (TOTAL.test(key)) return { kind: "aside", why: "total" };

    const prefixed = PREFIX.exec(text);
    if (prefixed) {
      const [, prefix = "", digits = "", rest = ""] = prefixed;
      const target = PREFIX_LEVEL[prefix] as ImportLevel | AsideKind;
      if (target === "subRegion" || target === "hospitalDistrict" || target === "mainland")
        return { kind: "aside", why: target };
      if (target === "country" || target === "total" || target === "subArea")
        return { kind: "aside", why: target };
      const level = target;
      const hits = codeHits(digits, level);
      if (hits[level]) return region(hits, { prefixed: level, coded: true });
      const merged =
        level === "municipality" ? mergedByCode.get(digits.padStart(3, "0")) : undefined;
      if (merged)
        return region({ municipality: merged.into }, { prefixed: level, coded: true, merged });
      return { kind: "unknown", name: rest ? `${prefix}${digits} ${rest}` : text, coded: !rest };
    }
    if (HOSPITAL.test(key)) return { kind: "aside", why: "hospitalDistrict" };
    if (SUBREGION.test(key)) return { kind: "aside", why: "subRegion" };

    // "091 Helsinki": a code and a name. "091 101 Vironniemen peruspiiri" is a district within it.
    const coded = /^(\d{1,3})\s+(.+)$/.exec(text);
    if (coded) {
      const [, digits = "", rawName = ""] = coded;
      if (/^\d/.test(rawName)) return { kind: "aside", why: "subArea" };
      // PxWeb marks a municipality that has ceased with its last year: "099 Honkajoki -21".
      const name = normalizeName(rawName.replace(/\s+-\d{2}$/, ""));
      const byCodeHits = codeHits(digits, null);
      const named = nameHits(name);
      const hits: Partial<Record<ImportLevel, string>> = {};
      // The name agrees, or names nothing of this level (a renamed region): the code decides.
      for (const [level, code] of Object.entries(byCodeHits) as [ImportLevel, string][])
        if (named[level] === undefined || named[level] === code) hits[level] = code;
      if (Object.keys(hits).length) return region(hits, { coded: true });
      const merged = digits.length === 3 ? mergedByCode.get(digits) : undefined;
      if (merged) return region({ municipality: merged.into }, { coded: true, merged });
      return { kind: "unknown", name: text, coded: false };
    }
    if (/^\d{1,3}$/.test(text)) {
      const hits = codeHits(text, null);
      if (Object.keys(hits).length) return region(hits, { coded: true });
      const merged = text.length === 3 ? mergedByCode.get(text) : undefined;
      if (merged) return region({ municipality: merged.into }, { coded: true, merged });
      return { kind: "unknown", name: text, coded: true };
    }
    const hits = nameHits(key);
    if (outside.has(key)) return region(hits, { outside: true });
    if (Object.keys(hits).length) return region(hits);
    const merged = mergedByName.get(key);
    if (merged) return region({ municipality: merged.into }, { merged });
    return { kind: "unknown", name: text, coded: /^\d+$/.test(text) };
  };
}
