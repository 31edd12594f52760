// Sentences on how a table was read beyond its region column: the region type it was put on, its dimensions.
import type { ImportedTable } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import { REGION_TYPES } from "../data/regionTypes.ts";
import { ti } from "../i18n/importMessages.ts";
import type { Lang } from "../i18n/language.ts";

/**
 * For rows of a region type the map does not draw: what they are, how they
 * are shown, and which of them reach over several regions and count for none
 * ("Helsingin ja Uudenmaan SHP (5)"). Empty for rows of a drawn level.
 */
export function typeText(
  table: ImportedTable,
  lang: Lang,
  spanning: (code: string) => number,
): string {
  const source = table.source;
  if (!source) return "";
  const shown = ti(lang, "importTypeShown", {
    what: REGION_TYPES[source.type].words.many[lang],
    level: LEVELS[table.level].words.by[lang],
  });
  const over = source.regions
    .filter((r) => table.codes.includes(r.code) && spanning(r.code) > 1)
    .map((r) => `${r.name} (${spanning(r.code)})`);
  return over.length
    ? `${shown} ${ti(lang, "importTypeSpanning", { list: over.join(", ") })}`
    : shown;
}

/** The measure dimension and the dimensions with a picker, named; empty where there are none. */
export function dimensionsText(table: ImportedTable, lang: Lang): string {
  const parts: string[] = [];
  const measure = table.reading.measureDimension;
  if (measure) parts.push(ti(lang, "readingMeasure", { name: measure }));
  if (table.dimensions.length)
    parts.push(
      ti(lang, "readingDimensions", {
        list: table.dimensions
          .map((d) => {
            const total = d.total === null ? "" : ` = ${d.categories[d.total]}`;
            return `”${d.name}” (${d.categories.length}${total})`;
          })
          .join(", "),
      }),
    );
  return parts.join(" ");
}
