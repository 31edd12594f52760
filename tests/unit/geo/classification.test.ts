import { describe, expect, it } from "vitest";
import { joinClassification, parseClassification } from "../../../geo/classification.ts";

const HEADER =
  '"kunta","kunta_nimi","kunta_namn","hyvinvointialue","hyvinvointialue_nimi","hyvinvointialue_namn","hyvinvointialue_name","tyollisyysalue","tyollisyysalue_nimi","tyollisyysalue_namn","tyollisyysalue_name","maakunta","maakunta_nimi","maakunta_namn","maakunta_name"';
const row = (code: string, county = "16", area = "18") =>
  `"${code}","Alajärvi","Alajärvi ","${county}","Etelä-Pohjanmaan hyvinvointialue","Södra Österbottens välfärdsområde ","South Ostrobothnia wellbeing services county","${area}","Kymppi","Kymppi","Kymppi","14","Etelä-Pohjanmaa","Södra Österbotten","South Ostrobothnia"`;

describe("parseClassification", () => {
  it("keeps codes as zero-padded strings and trims trailing spaces from names", () => {
    const c = parseClassification([HEADER, row("005")].join("\n"));
    expect(c.municipalities).toEqual([
      {
        code: "005",
        name: { fi: "Alajärvi", sv: "Alajärvi" },
        memberships: { county: "16", employmentArea: "18", maakunta: "14" },
      },
    ]);
    expect(c.names.maakunta?.get("14")?.en).toBe("South Ostrobothnia");
    expect(c.names.county?.get("16")?.sv).toBe("Södra Österbottens välfärdsområde");
    expect(c.names.employmentArea?.get("18")).toEqual({ fi: "Kymppi", sv: "Kymppi", en: "Kymppi" });
  });
  it("rejects a table without a required column, naming it", () => {
    expect(() => parseClassification('"kunta","kunta_nimi"\n"005","Alajärvi"')).toThrow(
      /missing columns .*hyvinvointialue/,
    );
  });
  it("rejects a municipality without a county, naming the row and the code", () => {
    expect(() => parseClassification([HEADER, row("005", "")].join("\n"))).toThrow(
      /row 2 \(municipality 005\): no wellbeing services county/,
    );
  });
  it("rejects a municipality without an employment area", () => {
    expect(() => parseClassification([HEADER, row("009", "16", " ")].join("\n"))).toThrow(
      /municipality 009\): no employment area/,
    );
  });
  it("rejects a municipality listed twice", () => {
    expect(() => parseClassification([HEADER, row("005"), row("005")].join("\n"))).toThrow(
      /row 3 .* listed twice/,
    );
  });
});

const SUB_HEADER = '"kunta","seutukunta","seutukunta_nimi","seutukunta_namn","seutukunta_name"';
const subRow = (code: string, region = "146") =>
  `"${code}","${region}","Järviseutu","Järviseutu ","Järviseutu"`;

describe("the sub-region table", () => {
  it("is read by the columns the level table names, without municipality names", () => {
    const t = parseClassification([SUB_HEADER, subRow("005")].join("\n"), "sub", "subRegions");
    expect(t.levels).toEqual(["seutukunta"]);
    expect(t.municipalities).toEqual([
      { code: "005", name: null, memberships: { seutukunta: "146" } },
    ]);
    expect(t.names.seutukunta?.get("146")).toEqual({
      fi: "Järviseutu",
      sv: "Järviseutu",
      en: "Järviseutu",
    });
  });
  it("joins the main table by municipality code: every level's code on every municipality", () => {
    const c = joinClassification(parseClassification([HEADER, row("005")].join("\n")), [
      {
        source: "sub",
        table: parseClassification([SUB_HEADER, subRow("005")].join("\n"), "sub", "subRegions"),
      },
    ]);
    expect(c.municipalities[0]?.memberships).toEqual({
      county: "16",
      employmentArea: "18",
      maakunta: "14",
      seutukunta: "146",
    });
    expect(c.names.seutukunta?.get("146")?.fi).toBe("Järviseutu");
  });
  it("stops the build where it lacks a municipality of the main table, or has one it lacks", () => {
    const main = parseClassification([HEADER, row("005"), row("009")].join("\n"));
    const sub = (...codes: string[]) => [
      {
        source: "kunta_seutukunta.csv",
        table: parseClassification(
          [SUB_HEADER, ...codes.map((c) => subRow(c))].join("\n"),
          "s",
          "subRegions",
        ),
      },
    ];
    expect(() => joinClassification(main, sub("005"))).toThrow(
      "kunta_seutukunta.csv: no row for municipalities 009",
    );
    expect(() => joinClassification(main, sub("005", "009", "010"))).toThrow(
      "kunta_seutukunta.csv: municipalities the classification does not know: 010",
    );
  });
  it("stops the build where a level has no table at all", () => {
    expect(() => joinClassification(parseClassification([HEADER, row("005")].join("\n")))).toThrow(
      "no classification for seutukunta",
    );
  });
});
