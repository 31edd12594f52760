// Texts broken into lines for the exported picture, by an estimate of their width.
import { describe, expect, it } from "vitest";
import { textWidth } from "../../../src/export/svgText.ts";
import { wrap, wrapToWidth } from "../../../src/export/wrap.ts";

describe("textWidth", () => {
  it("is nothing for no text, and grows with the size of the type and with bold", () => {
    expect(textWidth("", 12)).toBe(0);
    expect(textWidth("Lappi", 24)).toBeCloseTo(2 * textWidth("Lappi", 12));
    expect(textWidth("Lappi", 12, true)).toBeGreaterThan(textWidth("Lappi", 12));
  });
  it("counts wide letters wider than narrow ones, and capitals wider than small letters", () => {
    expect(textWidth("mmmm", 10)).toBeGreaterThan(textWidth("iiii", 10) * 2);
    expect(textWidth("ÖSTER", 10)).toBeGreaterThan(textWidth("öster", 10));
  });
  it("estimates DejaVu Sans, regular and bold, a little over and within a tenth", () => {
    // Widths in ems, summed from the advance widths (hmtx) of Debian's DejaVuSans.ttf and
    // DejaVuSans-Bold.ttf (fonts-dejavu-core) for these texts.
    const measured: [string, number, number][] = [
      ["Mellersta Österbotten", 10.91, 12.47],
      ["100 %", 3.177, 3.438],
      ["Södra Österbotten", 9.229, 10.483],
      ["Välfärdsområdesgräns inom ett sysselsättningsområde", 27.678, 31.298],
    ];
    for (const [text, regular, bold] of measured) {
      expect(textWidth(text, 1) / regular, text).toBeGreaterThanOrEqual(1);
      expect(textWidth(text, 1) / regular, text).toBeLessThan(1.1);
      expect(textWidth(text, 1, true) / bold, text).toBeGreaterThanOrEqual(1);
      expect(textWidth(text, 1, true) / bold, text).toBeLessThan(1.1);
    }
  });
});

describe("wrapToWidth", () => {
  it("gives no lines for no text, and one line for a text that fits", () => {
    expect(wrapToWidth("", 100, 11)).toEqual([]);
    expect(wrapToWidth("   ", 100, 11)).toEqual([]);
    expect(wrapToWidth("Åland", 100, 11)).toEqual(["Åland"]);
  });
  it("breaks at spaces so that no line is wider than the width, unless one word is", () => {
    const text = "Välfärdsområdesgräns inom ett sysselsättningsområde";
    const lines = wrapToWidth(text, 200, 11);
    expect(lines.join(" ")).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      if (line.includes(" ")) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
    expect(wrapToWidth("Sysselsättningsområdesgränsen", 50, 11)).toEqual([
      "Sysselsättningsområdesgränsen",
    ]);
  });
  it("breaks bold type sooner than regular", () => {
    const text = "Regelbundna möten per välfärdsområde";
    const regular = wrapToWidth(text, textWidth(text, 13) + 1, 13);
    expect(regular).toEqual([text]);
    expect(wrapToWidth(text, textWidth(text, 13) + 1, 13, true).length).toBe(2);
  });
});

describe("wrap", () => {
  it("breaks at spaces to at most the given number of characters", () => {
    expect(wrap("aa bb cc", 5)).toEqual(["aa bb", "cc"]);
  });
});
