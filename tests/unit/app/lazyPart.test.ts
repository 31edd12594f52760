import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/i18n/language.ts";
import { PARTS, type Part, partFailureText } from "../../../src/ui/lazyPart.ts";

describe("partFailureText", () => {
  it("names the part and the browser's reason, in every language", () => {
    expect(partFailureText("import", "en", true, new TypeError("Failed to fetch"))).toBe(
      "A part of the app (data import) could not be loaded: Failed to fetch",
    );
    expect(partFailureText("presenter", "fi", true, "x")).toContain("(esitystila)");
    expect(partFailureText("presenter", "sv", true, "x")).toContain("(presentationsläge)");
  });
  it("says offline that the part cannot start without the network, as a sentence", () => {
    expect(partFailureText("import", "fi", false, new Error("x"))).toMatch(
      /^Tietojen tuonti ei voi alkaa: verkkoyhteys puuttuu/,
    );
    expect(partFailureText("presenter", "en", false, null)).toMatch(
      /^The presenter mode cannot start: there is no network connection/,
    );
  });
  it("has words for every part in every language, and cuts a long reason", () => {
    for (const part of Object.keys(PARTS) as Part[])
      for (const lang of LANGUAGES)
        expect(partFailureText(part, lang, true, "r")).not.toMatch(/\{|\}/);
    expect(partFailureText("export", "en", true, "x".repeat(500)).length).toBeLessThan(260);
  });
});
