import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/i18n/language.ts";
import { listOf, PLURAL_MESSAGES, pluralCategory, tn } from "../../../src/i18n/plural.ts";
import { SEARCH_RESULTS, searchResults } from "../../../src/i18n/searchMessages.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("tn", () => {
  it("says one employment area crosses, and several cross, in all three languages", () => {
    expect(tn("fi", "describeCrossings", 1, { list: "A" })).toBe(
      "1 työllisyysalue ylittää hyvinvointialueiden rajat: A.",
    );
    expect(tn("fi", "describeCrossings", 5, { list: "A" })).toBe(
      "5 työllisyysaluetta ylittää hyvinvointialueiden rajat: A.",
    );
    expect(tn("sv", "describeCrossings", 1, { list: "A" })).toMatch(/^1 sysselsättningsområde går/);
    expect(tn("sv", "describeCrossings", 2, { list: "A" })).toMatch(
      /^2 sysselsättningsområden går/,
    );
    expect(tn("en", "describeCrossings", 1, { list: "A" })).toMatch(/^1 employment area crosses/);
    expect(tn("en", "describeCrossings", 0, { list: "" })).toMatch(/^0 employment areas cross/);
  });

  it("agrees the verb with one of many in English", () => {
    expect(tn("en", "crossingsIntro", 1, { of: 45 })).toMatch(
      /^1 of the 45 employment areas extends/,
    );
    expect(tn("en", "crossingsIntro", 13, { of: 45 })).toMatch(
      /^13 of the 45 employment areas extend /,
    );
  });

  it("counts search matches", () => {
    expect(searchResults("fi", 1)).toBe("1 osuma. Valitse nuolinäppäimillä.");
    expect(searchResults("sv", 3)).toBe("3 träffar. Välj med piltangenterna.");
    expect(searchResults("en", 1)).toBe("1 match. Choose with the arrow keys.");
  });

  it("picks 'other' for fractions and zero, as the languages do", () => {
    for (const lang of LANGUAGES) {
      expect(pluralCategory(lang, 1)).toBe("one");
      expect(pluralCategory(lang, 0)).toBe("other");
      expect(pluralCategory(lang, 1.5)).toBe("other");
    }
  });

  it("has both forms of every message in every language, with the same placeholders", () => {
    for (const [key, byLang] of [
      ...Object.entries(PLURAL_MESSAGES),
      ["searchResults", SEARCH_RESULTS] as const,
    ]) {
      const expected = placeholders(byLang.fi.other);
      expect(expected, key).toContain("n");
      for (const lang of LANGUAGES)
        for (const form of ["one", "other"] as const)
          expect(placeholders(byLang[lang][form]), `${key} ${lang} ${form}`).toEqual(expected);
    }
  });
});

describe("listOf", () => {
  it("joins names with the language's word for 'and'", () => {
    expect(listOf("fi", ["Espoo", "Kauniainen", "Vantaa"])).toBe("Espoo, Kauniainen ja Vantaa");
    expect(listOf("sv", ["Esbo", "Grankulla", "Vanda"])).toBe("Esbo, Grankulla och Vanda");
    expect(listOf("en", ["Espoo", "Kauniainen", "Vantaa"])).toBe("Espoo, Kauniainen and Vantaa");
  });

  it("writes two names with no comma, one alone, and none as nothing", () => {
    expect(listOf("fi", ["Espoo", "Vantaa"])).toBe("Espoo ja Vantaa");
    expect(listOf("en", ["Espoo"])).toBe("Espoo");
    expect(listOf("sv", [])).toBe("");
  });
});
