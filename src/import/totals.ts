// Total categories of a dimension: the one shown by default, never added to its parts.
import { normalizeName } from "../data/regionMatcher.ts";

/**
 * Categories that are the total of the others: "Yhteensä", "Kaikki",
 * "Total", "Totalt", "SSS", "Sukupuolet yhteensä", "Kaikki ikäluokat",
 * "Both sexes", "All ages", "Samtliga".
 */
const TOTAL =
  /^(yhteensä|kaikki|kaikki yhteensä|total|totalt|totals|sss|summa|sum|alla|all|samtliga|both sexes|molemmat sukupuolet|båda könen|bägge könen|koko maa|hela landet|whole country)$|\byhteensä$|^kaikki\s|\btotalt?$|^total\b|^alla\s|^all\s|^samtliga\s|^sss\s/;

/** Whether a category is a total by its name (the code "SSS", or words of a total). */
export function isTotalCategory(label: string): boolean {
  return TOTAL.test(normalizeName(label));
}

/**
 * The total of a dimension's categories: the metadata's elimination value
 * (PxWeb's `ELIMINATION`) where it names one of them, else the first category
 * named as a total; null where none is.
 */
export function totalCategory(
  categories: readonly string[],
  elimination?: string | null,
): number | null {
  if (elimination) {
    const i = categories.indexOf(elimination);
    if (i >= 0) return i;
  }
  const i = categories.findIndex(isTotalCategory);
  return i >= 0 ? i : null;
}
