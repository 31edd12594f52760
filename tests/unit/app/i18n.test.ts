import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FAILURE_MESSAGES } from "../../../src/i18n/failureMessages.ts";
import { formatNumber, formatShare } from "../../../src/i18n/format.ts";
import { IMPORT_MESSAGES } from "../../../src/i18n/importMessages.ts";
import { LANGUAGES } from "../../../src/i18n/language.ts";
import { MESSAGES, t } from "../../../src/i18n/messages.ts";
import { SEARCH_MESSAGES } from "../../../src/i18n/searchMessages.ts";
import { UPDATE_MESSAGES } from "../../../src/i18n/updateMessages.ts";
import { VIEW_MESSAGES } from "../../../src/i18n/viewMessages.ts";
import { ABOUT } from "../../../src/ui/aboutText.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The app's messages and the import dialog's (loaded with the dialog), checked alike.
const TABLES = [
  ["messages", MESSAGES as Record<string, Record<string, string>>],
  ["import messages", IMPORT_MESSAGES as Record<string, Record<string, string>>],
  ["search messages", SEARCH_MESSAGES as Record<string, Record<string, string>>],
  ["update messages", UPDATE_MESSAGES as Record<string, Record<string, string>>],
  ["failure messages", FAILURE_MESSAGES as Record<string, Record<string, string>>],
  ["view messages", VIEW_MESSAGES as Record<string, Record<string, string>>],
] as const;

describe("messages", () => {
  it("has every key in Finnish, Swedish and English, none empty, and no key in both tables", () => {
    for (const [, table] of TABLES) {
      const keys = Object.keys(table.fi ?? {});
      for (const lang of LANGUAGES) {
        expect(Object.keys(table[lang] ?? {}).sort()).toEqual([...keys].sort());
        for (const key of keys) expect(table[lang]?.[key]?.trim(), `${lang}.${key}`).not.toBe("");
      }
    }
    const shared = Object.keys(MESSAGES.fi).filter((k) => k in IMPORT_MESSAGES.fi);
    expect(shared).toEqual([]);
    const keys = [MESSAGES.fi, IMPORT_MESSAGES.fi, FAILURE_MESSAGES.fi, VIEW_MESSAGES.fi].flatMap(
      Object.keys,
    );
    expect(keys.length).toBe(new Set(keys).size);
  });
  it("uses the same placeholders in every language", () => {
    for (const [, table] of TABLES)
      for (const key of Object.keys(table.fi ?? {}))
        for (const lang of LANGUAGES)
          expect(placeholders(table[lang]?.[key] ?? ""), `${lang}.${key}`).toEqual(
            placeholders(table.fi?.[key] ?? ""),
          );
  });
  it("fills placeholders, and leaves a missing one visible", () => {
    expect(t("en", "rank", { rank: 3, of: 22 })).toBe("Rank 3 of 22");
    expect(t("fi", "rank", { rank: 3 })).toBe("Sija 3/{of}");
  });
  it("has no message that nothing shows: every key is used in src/", () => {
    const source = readdirSync(new URL("../../../src/", import.meta.url), { recursive: true })
      .filter((f) => String(f).endsWith(".ts") && !/messages\.ts$/i.test(String(f)))
      .map((f) => readFileSync(new URL(`../../../src/${f}`, import.meta.url), "utf8"))
      .join("\n");
    for (const [, table] of TABLES)
      for (const key of Object.keys(table.fi ?? {})) expect(source, key).toContain(`"${key}"`);
  });
  it("has the about text in three languages with the same number of sections", () => {
    expect(ABOUT.sv).toHaveLength(ABOUT.fi.length);
    expect(ABOUT.en).toHaveLength(ABOUT.fi.length);
  });
});

describe("formatNumber", () => {
  it("writes a decimal comma in Finnish and Swedish and a point in English", () => {
    expect(formatNumber(3.5, "fi")).toBe("3,5");
    expect(formatNumber(3.5, "sv")).toBe("3,5");
    expect(formatNumber(3.5, "en")).toBe("3.5");
  });
  it("keeps a fixed number of decimals", () => {
    expect(formatNumber(4, "fi")).toBe("4,0");
    expect(formatNumber(486, "en", 0)).toBe("486");
  });
  it("writes a dash for a missing value", () => {
    expect(formatNumber(null, "fi")).toBe("–");
    expect(formatNumber(Number.NaN, "en")).toBe("–");
    expect(formatShare(undefined, "sv")).toBe("–");
  });
  it("writes shares as whole percentages", () => {
    expect(formatShare(0.745, "en")).toBe("75%");
    expect(formatShare(0.745, "fi").replace(/\s/g, " ")).toBe("75 %");
  });
});
