import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/i18n/language.ts";
import { PARTS, type Part, partFailureText, partLoader } from "../../../src/ui/lazyPart.ts";

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

describe("partLoader", () => {
  it("runs what waited for a part in order once it comes, and later users at once, loading it once", async () => {
    let loads = 0;
    let arrive: (m: string) => void = () => undefined;
    const loader = partLoader(
      "views",
      () => {
        loads++;
        return new Promise<string>((resolve) => {
          arrive = resolve;
        });
      },
      () => "fi",
    );
    const ran: string[] = [];
    loader.use((m) => ran.push(`first ${m}`));
    loader.use((m) => ran.push(`second ${m}`));
    expect(ran).toEqual([]);
    arrive("module");
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(["first module", "second module"]);
    loader.use((m) => ran.push(`third ${m}`));
    expect(ran).toEqual(["first module", "second module", "third module"]);
    expect(loads).toBe(1);
  });
  it("keeps a prefetched part, and says nothing when a prefetch fails", async () => {
    let fail = true;
    const loader = partLoader(
      "views",
      () => (fail ? Promise.reject(new Error("offline")) : Promise.resolve("module")),
      () => "fi",
    );
    loader.prefetch();
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    loader.prefetch();
    await new Promise((r) => setTimeout(r, 0));
    fail = true;
    const ran: string[] = [];
    loader.use((m) => ran.push(m));
    expect(ran).toEqual(["module"]);
  });
});
