import { describe, expect, it } from "vitest";
import { CSV_DIALECTS, safeCell, toCsv } from "../../../src/export/csvExport.ts";
import { slideKey, slideSequence, slidesOverTime, stepSlide } from "../../../src/present/slides.ts";
import { presentingHeight } from "../../../src/share/embedLayout.ts";
import { embedSnippet } from "../../../src/share/embedSnippet.ts";
import { formatMapHash, parseMapHash } from "../../../src/share/mapHash.ts";

describe("parseMapHash", () => {
  it("reads MapLibre's #zoom/lat/lng, ignoring bearing and pitch", () => {
    expect(parseMapHash("#7.5/60.17/24.94")).toEqual({ zoom: 7.5, lat: 60.17, lng: 24.94 });
    expect(parseMapHash("#7/60/25/10/20")).toEqual({ zoom: 7, lat: 60, lng: 25 });
  });
  it("is null for no hash, and names a garbled or out-of-range one", () => {
    expect(parseMapHash("")).toBeNull();
    expect(parseMapHash("#abc/def")).toEqual({ ignored: "#abc/def" });
    expect(parseMapHash("#5/95/20")).toEqual({ ignored: "#5/95/20" });
    expect(parseMapHash("#30/60/20")).toEqual({ ignored: "#30/60/20" });
  });
  it("round-trips through formatMapHash at MapLibre's precision", () => {
    expect(formatMapHash({ zoom: 7.123, lat: 60.123456, lng: 24.987654 })).toBe(
      "#7.12/60.1235/24.9877",
    );
  });
});

describe("embedSnippet", () => {
  it("adds embed=1, sandboxes the frame and gives it a title", () => {
    const html = embedSnippet({
      url: "https://example.org/map/?metric=planning",
      width: "100%",
      height: 640,
      title: "Kartta: Suunnitelmallisuus",
      id: "hyka-1",
    });
    expect(html).toBe(
      '<iframe id="hyka-1" src="https://example.org/map/?metric=planning&amp;embed=1&amp;embedId=hyka-1" width="100%" height="640" title="Kartta: Suunnitelmallisuus" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });
  it("escapes quotes and angle brackets so nothing breaks out of an attribute", () => {
    const html = embedSnippet({
      url: "https://example.org/",
      width: 600,
      height: 400,
      title: '"><script>x</script>',
      id: "a",
    });
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).not.toContain("<script>");
  });
  it("keeps the size at least 300 px", () => {
    expect(
      embedSnippet({ url: "https://example.org/", width: 10, height: 10, title: "t", id: "a" }),
    ).toContain('width="300" height="300"');
  });
});

describe("embed messages and links", () => {
  it("tells a height in the app's, Datawrapper's and AMP's forms, and pym.js's when the host is pym", async () => {
    const { heightMessages } = await import("../../../src/share/embed.ts");
    expect(heightMessages(812, { embedId: "k1", childId: null })).toEqual([
      { type: "hyvinvointialueet-kartta:height", id: "k1", height: 812 },
      { "datawrapper-height": { k1: 812 } },
      { sentinel: "amp", type: "embed-size", height: 812 },
    ]);
    expect(heightMessages(700, { embedId: null, childId: "kartta" })[3]).toBe(
      "pymxPYMxkarttaxPYMxheightxPYMx700",
    );
  });
  it("opens the full map with the view and none of the host's parameters", async () => {
    const { fullViewUrl } = await import("../../../src/share/embed.ts");
    expect(
      fullViewUrl(
        "https://ex.org/k/?metric=planning&embed=1&embedId=a&childId=kartta&initialWidth=640&parentUrl=https%3A%2F%2Fnews&parentTitle=x#6/62/25",
      ),
    ).toBe("https://ex.org/k/?metric=planning#6/62/25");
  });
});

describe("safeCell and toCsv", () => {
  it("turns text a spreadsheet would run as a formula into plain text", () => {
    expect(["=SUM(A1)", "+1", "-1", "@cmd", "\tx"].map(safeCell)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-1",
      "'@cmd",
      "'\tx",
    ]);
  });
  it("guards every piece a spreadsheet may split a cell into, and full-width formula signs", () => {
    expect(
      ["x;=1+1", "a,@b", "line\n=cmd", "＝1+1", "y; ＋2", "Kerava-Sipoo", "3,5 %", "a - b"].map(
        safeCell,
      ),
    ).toEqual([
      "x;'=1+1",
      "a,'@b",
      "line\n'=cmd",
      "'＝1+1",
      "y; '＋2",
      "Kerava-Sipoo",
      "3,5 %",
      "a - b",
    ]);
  });
  it("guards a formula after a quote that follows a separator, and after Unicode line breaks", () => {
    expect(
      ['x;"=1+1', 'a, " @b', 'x\n"=cmd', "line\u2028=cmd", "para\u2029+1", "nel\u0085-1"].map(
        safeCell,
      ),
    ).toEqual([
      "x;\"'=1+1",
      "a, \" '@b",
      "x\n\"'=cmd",
      "line\u2028'=cmd",
      "para\u2029'+1",
      "nel\u0085'-1",
    ]);
  });
  it("leaves no piece of an exported file that starts a formula, wherever a spreadsheet splits it", () => {
    const csv = toCsv(['h;"=1', "ok"], [['v\u2028"=2', '"x,""@y"']]);
    for (const piece of csv.split(/[;,\t\r\n|\u2028\u2029]/))
      expect(piece.replace(/^[\s"]*/, "")).not.toMatch(/^[=+\-@＝＋－＠]/);
  });
  it("writes numbers as numbers, negative ones too, and nothing for missing values", () => {
    expect([safeCell(-1.5), safeCell(3), safeCell(null), safeCell(Number.NaN)]).toEqual([
      "-1.5",
      "3",
      "",
      "",
    ]);
  });
  it("writes a byte-order mark, a header and quoted cells where needed", () => {
    expect(toCsv(["a", "b"], [["x,y", 1]])).toBe('\ufeffa,b\n"x,y",1\n');
  });
});

describe("stepSlide", () => {
  const all = ["meetings", "planning", "openness", "participation"];
  const slides = slidesOverTime(
    slideSequence(["planning", "openness", "participation"], all),
    [],
  ).map(slideKey);
  it("steps forward and back, stopping at the ends", () => {
    expect(stepSlide(slides, "planning", 1)).toBe(1);
    expect(stepSlide(slides, "participation", 1)).toBe(2);
    expect(stepSlide(slides, "planning", -1)).toBe(0);
  });
  it("starts from the first slide when the metric is not in the sequence", () => {
    expect(stepSlide(slides, "meetings", 1)).toBe(1);
  });
});

describe("slideSequence", () => {
  const all = ["meetings", "planning"];
  it("shows every metric of the data, its map and then its ranked chart, when the URL names none of them", () => {
    const every = [
      { metric: "meetings", view: "map" },
      { metric: "meetings", view: "chart" },
      { metric: "planning", view: "map" },
      { metric: "planning", view: "chart" },
    ];
    expect(slideSequence(null, all)).toEqual(every);
    expect(slideSequence(["c1"], all)).toEqual(every);
  });
  it("reads a chart slide from the URL as the metric with ':chart'", () => {
    expect(slideSequence(["planning:chart", "meetings"], all)).toEqual([
      { metric: "planning", view: "chart" },
      { metric: "meetings", view: "map" },
    ]);
  });
});

describe("toCsv in Finnish Excel's convention", () => {
  const header = ["code", "county", "meetings"];
  const rows = [
    ["01", "Länsi-Uusimaa", 3.25],
    ["02", "Keski-Uusimaa; itä", -0.5],
    ["03", "=HYPERLINK(x)", null],
  ];
  /** A reader of ";"-separated text with decimal commas, as Finnish Excel reads it. */
  const readSemicolons = (text: string) =>
    text
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\n")
      .map((line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)?.filter(Boolean) ?? [])
      .map((cells) =>
        cells.map((c) =>
          c
            .replace(/;$/, "")
            .replace(/^"(.*)"$/s, "$1")
            .replace(/""/g, '"'),
        ),
      );

  it("separates fields with semicolons and writes decimal commas in Finnish and Swedish", () => {
    for (const lang of ["fi", "sv"] as const) {
      const text = toCsv(header, rows, CSV_DIALECTS[lang]);
      expect(text.startsWith("\ufeffcode;county;meetings\n")).toBe(true);
      const table = readSemicolons(text);
      expect(table[1]).toEqual(["01", "Länsi-Uusimaa", "3,25"]);
      expect(Number(table[1]?.[2]?.replace(",", "."))).toBeCloseTo(3.25, 10);
      expect(Number(table[2]?.[2]?.replace(",", "."))).toBeCloseTo(-0.5, 10);
    }
  });

  it("quotes a field holding a semicolon, and still guards formulas", () => {
    const text = toCsv(header, rows, CSV_DIALECTS.fi);
    expect(text).toContain('02;"Keski-Uusimaa; itä";-0,5\n');
    expect(text).toContain("03;'=HYPERLINK(x);\n");
    expect(readSemicolons(text)[2]?.[1]).toBe("Keski-Uusimaa; itä");
  });

  it("keeps the comma and the decimal point in English", () => {
    expect(toCsv(header, rows, CSV_DIALECTS.en)).toContain("01,Länsi-Uusimaa,3.25\n");
  });
});

describe("presentingHeight", () => {
  it("asks for a 4:3 slide of the frame's width, from 360 to 900 px, whatever the frame's height", () => {
    expect(presentingHeight(600)).toBe(450);
    expect(presentingHeight(320)).toBe(360);
    expect(presentingHeight(1600)).toBe(900);
  });
});
