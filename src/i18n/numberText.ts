// Numbers as Intl.NumberFormat writes them in fi-FI, sv-FI and en-GB, without its cost at start-up.
import type { Lang } from "./language.ts";

/** The separators and signs of each language (CLDR's, as Intl.NumberFormat uses them). */
const SYMBOLS: Record<Lang, { group: string; decimal: string; minus: string; percent: string }> = {
  fi: { group: "\u00a0", decimal: ",", minus: "\u2212", percent: "\u00a0%" },
  sv: { group: "\u00a0", decimal: ",", minus: "\u2212", percent: "\u00a0%" },
  en: { group: ",", decimal: ".", minus: "-", percent: "%" },
};

/** "123456" → "123 456" with the language's separator. */
function grouped(digits: string, group: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += group;
    out += digits[i];
  }
  return out;
}

/** Adds one to the last digit of a string of digits, carrying ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}

/**
 * The number's text with `digits` decimals, or null where this module leaves
 * it to Intl (exponent notation: below 1e-6 or from 1e21). Rounds as Intl
 * does: the shortest decimal that reads back as the number, halves away from
 * zero ("1.005" → "1.01", though the double is a little less). `shift` moves
 * the decimal point right first (2 for a percentage), exactly.
 */
export function numberText(value: number, lang: Lang, digits: number, shift = 0): string | null {
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = "", fraction = ""] = text.split(".");
  // The digits and where the point stands, after the shift.
  const all = `${whole}${fraction}${"0".repeat(shift)}`;
  const point = whole.length + shift;
  const kept = all.slice(0, point + digits).padEnd(point + digits, "0");
  const next = all[point + digits] ?? "0";
  let rounded = next >= "5" ? increment(kept) : kept;
  // A carry may add a digit in front ("99.96" → "100.0").
  const intLength = rounded.length - digits;
  const int = rounded.slice(0, intLength).replace(/^0+(?=\d)/, "") || "0";
  rounded = rounded.slice(intLength);
  const s = SYMBOLS[lang];
  const body = grouped(int, s.group) + (digits > 0 ? s.decimal + rounded : "");
  // Intl writes a negative number's minus even where it rounds to zero ("−0,0").
  return value < 0 || Object.is(value, -0) ? `${s.minus}${body}` : body;
}

/** A share as Intl's percent style writes it: "45 %" (fi, sv), "45%" (en), no decimals. */
export function percentText(share: number, lang: Lang): string | null {
  const text = numberText(share, lang, 0, 2);
  return text === null ? null : `${text}${SYMBOLS[lang].percent}`;
}
