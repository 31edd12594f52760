import { describe, expect, it } from "vitest";
import { parseClassification } from "../../../geo/classification.ts";

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
        county: "16",
        employmentArea: "18",
        maakunta: "14",
      },
    ]);
    expect(c.maakuntaNames.get("14")?.en).toBe("South Ostrobothnia");
    expect(c.countyNames.get("16")?.sv).toBe("Södra Österbottens välfärdsområde");
    expect(c.employmentAreaNames.get("18")).toEqual({ fi: "Kymppi", sv: "Kymppi", en: "Kymppi" });
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
