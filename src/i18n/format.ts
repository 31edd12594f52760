// Number formatting by language: "3,5" in Finnish and Swedish, "3.5" in English.
import type { Lang } from "./language.ts";
import { numberText, percentText } from "./numberText.ts";

const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number, style: "decimal" | "percent"): Intl.NumberFormat {
  const key = `${lang}/${digits}/${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * A number with a fixed count of decimals; `null`, `undefined` and NaN become
 * "–". Written as Intl.NumberFormat writes it (`numberText`, tested against it),
 * which it falls back to for numbers in exponent notation and infinities:
 * creating a formatter costs tens of milliseconds on a phone at start-up.
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return numberText(value, lang, digits) ?? formatter(lang, digits, "decimal").format(value);
}

/** A share (0–1) as a percentage with no decimals ("45 %" in fi/sv, "45%" in en). */
export function formatShare(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  return percentText(share, lang) ?? formatter(lang, 0, "percent").format(share);
}
