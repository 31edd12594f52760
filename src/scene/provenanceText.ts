// How an imported figure was made, in words: "Sum of 8 of 8 municipalities (lines 12, 45, …)".
import type { Dataset } from "../data/dataset.ts";
import type { ImportedTable, MergedPart } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import type { Provenance, ProvenancePart } from "../data/provenance.ts";
import { REGION_TYPES } from "../data/regionTypes.ts";
import { formatShare } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { type MessageKey, t } from "../i18n/messages.ts";

/** Line numbers as a list: the first eight in order, then "…". */
function lineList(lines: (number | null)[]): string {
  const known = [...new Set(lines.filter((l): l is number => l !== null))].sort((a, b) => a - b);
  return known.length > 8 ? `${known.slice(0, 8).join(", ")}, …` : known.join(", ");
}

/** Names with their lines: "Kankaanpää (rivi 30), Honkajoki (rivi 31)"; at most six, then "…". */
function partList(parts: readonly Pick<ProvenancePart, "name" | "line">[], lang: Lang): string {
  const named = parts.map((p) =>
    p.line === null ? p.name : `${p.name} (${t(lang, "provLine", { line: p.line })})`,
  );
  return named.length > 6 ? `${named.slice(0, 6).join(", ")}, …` : named.join(", ");
}

const mergedParts = (line: number | null, merged: readonly MergedPart[], own: string) => [
  { name: own, line },
  ...merged.map((m) => ({ name: m.name, line: m.line })),
];

/**
 * The provenance of a figure as one or more sentences: the file's own row and
 * its line; or a sum or population-weighted mean of how many parts of how
 * many, their lines, the parts without a value, and those not counted because
 * they reach over several regions ("Not counted: HUS spans several regions").
 */
export function provenanceText(p: Provenance, lang: Lang, regionName = ""): string {
  switch (p.kind) {
    case "row":
      if (p.merged.length)
        return t(lang, "provRowMerged", {
          list: partList(mergedParts(p.line, p.merged, regionName), lang),
        });
      if (p.line === null) return t(lang, "provNoRow");
      return t(lang, p.mark ? "provRowMark" : "provRow", { line: p.line });
    case "mergedMean":
      return t(lang, "provMergedMean", {
        list: partList(mergedParts(p.line, p.merged, regionName), lang),
      });
    case "mergedMissing":
      return t(lang, "provMergedMissing", {
        list: partList(
          p.merged.filter((m) => m.value === null),
          lang,
        ),
      });
    case "noRow":
      return t(lang, "provNoRow");
    case "aggregate": {
      const of =
        p.of === "municipality"
          ? t(lang, "provOfMunicipalities")
          : p.of in REGION_TYPES
            ? REGION_TYPES[p.of as keyof typeof REGION_TYPES].words.of[lang]
            : LEVELS[p.of as keyof typeof LEVELS].words.many[lang];
      if (p.value === null && p.spanning.length)
        return [
          t(lang, "provNoValueSpanning", { list: partList(p.spanning, lang) }),
          p.parts.length ? t(lang, "provWithin", { list: partList(p.parts, lang) }) : "",
        ]
          .filter(Boolean)
          .join(" ");
      const sentences = [
        p.count === 0
          ? t(lang, "provNone")
          : t(lang, p.rule === "sum" ? "provSum" : "provMean", {
              count: p.count,
              total: p.total,
              of,
              share: formatShare(p.populationShare, lang),
              lines: lineList(p.parts.map((x) => x.line)),
            }),
      ];
      if (p.lacking.length)
        sentences.push(t(lang, "provLacking", { list: partList(p.lacking, lang) }));
      if (p.spanning.length)
        sentences.push(t(lang, "provSpanning", { list: partList(p.spanning, lang) }));
      return sentences.join(" ");
    }
  }
}

const ASIDE: Partial<Record<ImportedTable["notes"][number]["kind"], MessageKey>> = {
  total: "asideTotal",
  unknown: "asideUnknown",
  subArea: "asideSubArea",
  mainland: "asideMainland",
  outside: "asideOutside",
  duplicate: "asideDuplicate",
  invalidPeriod: "asideInvalidPeriod",
};

/** What was set aside from the file, by kind: "Set aside: 3 rows (hospital districts), 1 row (total rows)"; null for nothing. */
export function setAsideText(table: ImportedTable, lang: Lang): string | null {
  const items = table.notes.flatMap((n) => {
    const key = ASIDE[n.kind];
    const what =
      n.kind === "otherLevel" && n.level
        ? LEVELS[n.level].words.many[lang]
        : n.kind === "otherType" && n.type
          ? REGION_TYPES[n.type].words.many[lang]
          : key
            ? t(lang, key)
            : null;
    return what ? [t(lang, "setAsideRows", { count: n.count, what })] : [];
  });
  return items.length ? t(lang, "setAside", { list: items.join(", ") }) : null;
}

/** Attributes a region's lines list at most. */
const MAX_ATTRIBUTES = 5;

/**
 * The lines an imported region adds to its tooltip and details: its
 * attributes ("Maakunta: Lappi", the first five) and how its figure of the
 * metric was made.
 */
export function importedRegionLines(
  dataset: Dataset,
  metric: string,
  code: string,
  lang: Lang,
  regionName = "",
): string[] {
  const info = dataset.imported;
  if (!info) return [];
  // A file of dozens of classification columns: the first few, and how many more.
  const attributes = info.attributes(code);
  return [
    ...attributes.slice(0, MAX_ATTRIBUTES).map((a) => `${a.name}: ${a.value}`),
    ...(attributes.length > MAX_ATTRIBUTES
      ? [t(lang, "moreAttributes", { count: attributes.length - MAX_ATTRIBUTES })]
      : []),
    provenanceText(info.provenance(code, metric), lang, regionName),
  ];
}
