// Numbers written as Intl.NumberFormat writes them, in the three languages, checked against it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberText, percentText } from "../../../src/i18n/numberText.ts";

const LOCALES = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;
const intl = (
  lang: keyof typeof LOCALES,
  digits: number,
  style: "decimal" | "percent" = "decimal",
) =>
  new Intl.NumberFormat(LOCALES[lang], {
    style,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const langs = fc.constantFrom("fi", "sv", "en") as fc.Arbitrary<keyof typeof LOCALES>;

describe("numberText", () => {
  it("groups thousands with a no-break space and writes a decimal comma in Finnish", () => {
    expect(numberText(1234.56, "fi", 1)).toBe("1\u00a0234,6");
    expect(numberText(3.5, "fi", 1)).toBe("3,5");
    expect(numberText(486, "fi", 0)).toBe("486");
  });
  it("writes a minus sign in Finnish and Swedish, a hyphen in English, even for a negative zero", () => {
    expect(numberText(-1.5, "sv", 1)).toBe("\u22121,5");
    expect(numberText(-0.04, "fi", 1)).toBe("\u22120,0");
    expect(numberText(-0.04, "en", 1)).toBe("-0.0");
  });
  it("rounds the shortest decimal half away from zero, as Intl does, not the double", () => {
    // 1.005 is stored a little below 1.005: toFixed says 1.00, Intl 1.01.
    expect(numberText(1.005, "en", 2)).toBe("1.01");
    expect(numberText(99.96, "en", 1)).toBe("100.0");
    expect(numberText(999.96, "fi", 1)).toBe("1\u00a0000,0");
  });
  it("leaves exponent notation to Intl", () => {
    expect(numberText(1e21, "fi", 0)).toBeNull();
    expect(numberText(1e-7, "fi", 2)).toBeNull();
    expect(numberText(Number.POSITIVE_INFINITY, "fi", 0)).toBeNull();
  });
  it("writes every number as Intl.NumberFormat does, in every language, with 0–3 decimals", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
          fc.integer({ min: -100000, max: 100000 }).map((n) => n / 200),
        ),
        langs,
        fc.integer({ min: 0, max: 3 }),
        (value, lang, digits) => {
          const text = numberText(value, lang, digits);
          if (text !== null) expect(text).toBe(intl(lang, digits).format(value));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("percentText", () => {
  it("moves the point exactly: 0.285 is 29 %, as Intl has it", () => {
    expect(percentText(0.285, "fi")).toBe("29\u00a0%");
    expect(percentText(0.5, "en")).toBe("50%");
  });
  it("writes every share as Intl's percent style does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -2, max: 2, noNaN: true }),
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
        ),
        langs,
        (share, lang) => {
          const text = percentText(share, lang);
          if (text !== null) expect(text).toBe(intl(lang, 0, "percent").format(share));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
