// Reads one cell of a region column: which regions of which levels and types it may name, or why it is no region.
import { normalizeName } from "../data/regionMatcher.ts";
import { REGION_TYPE_IDS, REGION_TYPES, type RegionTypeId } from "../data/regionTypes.ts";
import type { Gazetteer, ImportLevel } from "./gazetteer.ts";

/**
 * What a row can be: a region of a level the map draws, a region of a type it
 * does not draw, or a county given by Sotkanet's numeric id.
 */
export type Place = ImportLevel | RegionTypeId | "sotkanet";

/** Rows that are no region of any kind, and are set aside. */
export type AsideKind = "country" | "mainland" | "total" | "subArea";

export type CellRead =
  | {
      kind: "region";
      /** The code it names of each level or type it matches (for "sotkanet": the county's code). */
      hits: Partial<Record<Place, string>>;
      /** A prefix ("KU", "MK", "HVA", "SHP") that names the level outright. */
      prefixed: Place | null;
      /** Whether the cell was a code (digits), not a name: "did you mean" is for names only. */
      coded: boolean;
      /** Åland: a region of the maakunta and municipality levels only. */
      outside: boolean;
      /** A municipality that has merged since: its old code or name, and the code it joined. */
      merged: { code: string; name: string; into: string } | null;
      /** A code and a name that name different regions of a level: the name is taken. */
      conflict: { place: Place; code: string; name: string } | null;
    }
  | { kind: "aside"; why: AsideKind }
  | { kind: "unknown"; name: string; coded: boolean };

const PREFIX = /^(KU|MK|HVA|HYV|HV|TYA|TA|SK|SHP|MA|ELY|EVK|AVI|VP|YTA|ERVA)(\d{1,3})(?:\s+(.*))?$/;
const PREFIX_PLACE: Record<string, Place | "mainland"> = {
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
  ELY: "ely",
  EVK: "elinvoimakeskus",
  AVI: "avi",
  VP: "vaalipiiri",
  YTA: "cooperationArea",
  ERVA: "erva",
};
/** Widths of codes by place; a code written without its zeros is padded to them. */
const WIDTH: Partial<Record<Place, number>> = {
  municipality: 3,
  county: 2,
  employmentArea: 2,
  maakunta: 2,
  subRegion: 3,
  hospitalDistrict: 2,
  ely: 2,
  elinvoimakeskus: 2,
  vaalipiiri: 2,
  avi: 1,
  cooperationArea: 1,
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
    "kaikki alueet",
    "alla kommuner",
    "alla områden",
    "all municipalities",
    "all areas",
    // A survey's all-respondents row is its national figure.
    "kaikki vastaajat",
    "alla svarande",
    "all respondents",
  ].map(normalizeName),
);
/** "Kaikki sairaanhoitopiirit", "Alla kommuner": every region of the table, the whole country. */
const ALL_REGIONS =
  /^(kaikki|alla|all) (kunnat|alueet|sairaanhoitopiirit|hyvinvointialueet|maakunnat|seutukunnat|kommuner|områden|regions|municipalities|counties|hospital districts)$/;
const MAINLAND = /^(manner-suomi|fasta finland|mainland finland|manner-suomi yhteensä)$/;
/** Totals and summary rows: a range, an N, a mean of the rows above. */
const TOTAL =
  /^(yhteensä|totalt|total|summa|kaikki|kaikki yhteensä|alla|all|sum|n|vaihteluväli|variationsbredd|range|keskiarvo|medelvärde|mean|average|mediaani|median|muut|övriga|other|tuntematon|okänd|unknown)$/;
/** A NUTS code: FI1 (NUTS 1), FI1B (NUTS 2), FI1B1 (NUTS 3), with or without a name after it. */
const NUTS = /^(FI[0-9][A-Z0-9]?[0-9]?)(?:\s+(.*))?$/i;

/** A cell reader over the gazetteer: fast look-ups by code and by folded name. */
export function cellReader(gazetteer: Gazetteer): (cell: string) => CellRead {
  const byName = new Map<Place, Map<string, string>>();
  const byCode = new Map<Place, Map<string, string>>();
  const add = (place: Place, regions: { code: string; names: string[] }[]) => {
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
    byName.set(place, names);
    byCode.set(place, codes);
  };
  for (const [level, regions] of Object.entries(gazetteer.levels)) add(level as Place, regions);
  for (const [type, regions] of Object.entries(gazetteer.types)) add(type as Place, regions ?? []);
  const outside = new Set(gazetteer.outside.map(normalizeName));
  const mergedByCode = new Map(gazetteer.mergers.map((m) => [m.code, m]));
  const mergedByName = new Map(gazetteer.mergers.map((m) => [normalizeName(m.name), m]));
  const drawn = Object.keys(gazetteer.levels) as ImportLevel[];

  /** Codes as written: "091" matches only three-digit places, "05" two-digit ones, "5" any written without zeros. */
  const codeHits = (digits: string, only: Place | null) => {
    const hits: Partial<Record<Place, string>> = {};
    const places: Place[] =
      only !== null
        ? [only]
        : digits.length === 1
          ? ["county", "employmentArea", "maakunta", "municipality"]
          : drawn;
    for (const place of places) {
      const width = WIDTH[place] ?? digits.length;
      if (only === null && digits.length > 1 && digits.length !== width) continue;
      const code = digits.padStart(width, "0");
      const found = byCode.get(place)?.get(code);
      if (found) hits[place] = found;
    }
    if (only === null && digits.length === 3 && gazetteer.sotkanet[digits])
      hits.sotkanet = gazetteer.sotkanet[digits];
    return hits;
  };
  const nameHits = (key: string) => {
    const hits: Partial<Record<Place, string>> = {};
    for (const [place, names] of byName) {
      const code = names.get(key);
      if (code) hits[place] = code;
    }
    return hits;
  };
  /** A type named by what it is ("… sairaanhoitopiiri") but not by a known name: the row still is one. */
  const typeOfText = (key: string): RegionTypeId | null =>
    REGION_TYPE_IDS.find((id) => REGION_TYPES[id].cell.test(key)) ?? null;
  const region = (
    hits: Partial<Record<Place, string>>,
    extra: Partial<Extract<CellRead, { kind: "region" }>> = {},
  ): CellRead => ({
    kind: "region",
    hits,
    prefixed: null,
    coded: false,
    outside: hits.sotkanet === "91",
    merged: null,
    conflict: null,
    ...extra,
  });
  /** A code and a name together: where they name different regions of a place, the name is taken and told. */
  const codeAndName = (byCodeHits: Partial<Record<Place, string>>, name: string) => {
    const named = nameHits(name);
    const hits: Partial<Record<Place, string>> = {};
    let conflict: { place: Place; code: string; name: string } | null = null;
    for (const [place, code] of Object.entries(byCodeHits) as [Place, string][]) {
      const byName = named[place];
      if (byName === undefined || byName === code) hits[place] = code;
      else {
        hits[place] = byName;
        conflict ??= { place, code, name: byName };
      }
    }
    return { hits, conflict, named };
  };

  return (cell: string): CellRead => {
    const text = cell.trim();
    const key = normalizeName(text);
    if (COUNTRY.has(key) || text === "SSS" || ALL_REGIONS.test(key))
      return { kind: "aside", why: "country" };
    if (MAINLAND.test(key)) return { kind: "aside", why: "mainland" };
    if (TOTAL.test(key)) return { kind: "aside", why: "total" };

    const prefixed = PREFIX.exec(text);
    if (prefixed) {
      const [, prefix = "", digits = "", rest = ""] = prefixed;
      const target = PREFIX_PLACE[prefix] as Place | "mainland";
      if (target === "mainland") return { kind: "aside", why: "mainland" };
      // Statistics Finland gives Åland a county code of its own (HVA91): it is no county.
      if (target === "county" && digits === "91")
        return region({}, { prefixed: target, coded: true, outside: true });
      const width = WIDTH[target];
      const code = width ? digits.padStart(width, "0") : digits;
      const known = byCode.get(target);
      // A type without a gazetteer entry (or an unknown code of one) is still a row of that type.
      if (!known && !(target in gazetteer.levels))
        return region({ [target]: `${prefix}${code}` }, { prefixed: target, coded: true });
      const found = known?.get(code);
      if (found) {
        const { hits, conflict } = codeAndName({ [target]: found }, normalizeName(rest));
        return region(hits, { prefixed: target, coded: true, conflict });
      }
      const merged = target === "municipality" ? mergedByCode.get(code) : undefined;
      if (merged)
        return region({ municipality: merged.into }, { prefixed: target, coded: true, merged });
      return { kind: "unknown", name: rest ? `${prefix}${digits} ${rest}` : text, coded: !rest };
    }

    const nuts = NUTS.exec(text);
    if (nuts) {
      const [, code = "", name = ""] = nuts;
      // A NUTS 3 region is a maakunta: its name decides.
      const named = code.length === 5 && name ? nameHits(normalizeName(name)) : {};
      if (named.maakunta) return region({ maakunta: named.maakunta });
      return region({ nuts: code.toUpperCase() }, { coded: true });
    }
    if (/^\d{5}(\s|$)/.test(text)) return region({ postalCode: text.slice(0, 5) }, { coded: true });

    // "091 Helsinki": a code and a name. "091 101 Vironniemen peruspiiri" is a district within it.
    const coded = /^(\d{1,3})\s+(.+)$/.exec(text);
    if (coded) {
      const [, digits = "", rawName = ""] = coded;
      if (/^\d/.test(rawName)) return { kind: "aside", why: "subArea" };
      // "15 - 74" is an age range, not a code and a name.
      if (!/^\p{L}/u.test(rawName)) return { kind: "unknown", name: text, coded: true };
      // PxWeb marks a municipality that has ceased with its last year: "099 Honkajoki -21".
      const name = normalizeName(rawName.replace(/\s+-\d{2}$/, ""));
      const { sotkanet: _, ...numbered } = codeHits(digits, null);
      const { hits, conflict, named } = codeAndName(numbered, name);
      // A code of a type the map does not draw, named by its type: "02 Uudenmaan vaalipiiri".
      const type = typeOfText(name);
      if (type && !hits[type as Place]) {
        const byTypeName = named[type];
        const typed = byCode.get(type)?.get(digits.padStart(WIDTH[type] ?? digits.length, "0"));
        return region({ [type]: byTypeName ?? typed ?? name }, { coded: true });
      }
      if (Object.keys(hits).length) return region(hits, { coded: true, conflict });
      const merged = digits.length === 3 ? mergedByCode.get(digits) : undefined;
      if (merged) return region({ municipality: merged.into }, { coded: true, merged });
      if (Object.keys(named).length) return region(named);
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
    const type = typeOfText(key);
    // "Lapin sairaanhoitopiiri" is not the county Lappi: a cell that says its type is of that type only.
    if (type) return region({ [type]: hits[type] ?? key });
    if (outside.has(key)) return region(hits, { outside: true });
    if (Object.keys(hits).length) return region(hits);
    const merged = mergedByName.get(key);
    if (merged) return region({ municipality: merged.into }, { merged });
    return { kind: "unknown", name: text, coded: /^\d+$/.test(text) };
  };
}
