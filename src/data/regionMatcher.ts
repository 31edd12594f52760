// Matches region names as people write them ("Vantaa-Kerava", "vantaa – kerava", "4") to codes.
import type { Region } from "./atlas.ts";

/**
 * Folds a name for comparison: Unicode NFC, lower case, every dash or hyphen
 * variant to "-", no spaces around dashes, runs of white space to one space.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("fi")
    .replace(/[\u2010-\u2015\u2212\u00ad-]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export interface RegionMatcher {
  /** The region's code, or undefined where nothing matches. */
  match(name: string): string | undefined;
  /** Every folded name the matcher knows, with its code. */
  aliases: ReadonlyMap<string, string>;
}

/**
 * Builds a matcher over regions' codes (with or without the leading zero), full
 * and short names in fi, sv and en. A name two regions share (none in the real
 * data) matches neither, rather than the wrong one.
 */
export function regionMatcher(regions: readonly Region[]): RegionMatcher {
  const aliases = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (alias: string, code: string) => {
    const key = normalizeName(alias);
    if (!key) return;
    const known = aliases.get(key);
    if (known !== undefined && known !== code) ambiguous.add(key);
    else aliases.set(key, code);
  };
  for (const r of regions) {
    add(r.code, r.code);
    if (/^\d+$/.test(r.code)) add(String(Number(r.code)), r.code);
    for (const name of [...Object.values(r.name), ...Object.values(r.short)]) add(name, r.code);
  }
  for (const key of ambiguous) aliases.delete(key);
  return {
    aliases,
    match(name) {
      const key = normalizeName(name);
      // "001" finds the region coded "01" or "1" through the code without zeros.
      return aliases.get(key) ?? (/^\d+$/.test(key) ? aliases.get(String(Number(key))) : undefined);
    },
  };
}
