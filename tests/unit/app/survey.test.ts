import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSurvey } from "../../../src/data/survey.ts";
import { SurveyMetaError, validateSurveyMeta } from "../../../src/data/surveyMeta.ts";
import { realAtlas, squaresAtlas } from "./fixtures.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const csv = read("public/data/survey/kuntaliitto-2026.csv");
const rawMeta = JSON.parse(read("public/data/survey/kuntaliitto-2026.meta.json"));
const meta = validateSurveyMeta(rawMeta);
const METRIC_IDS = meta.metrics.map((m) => m.id);
const SCORE_METRICS = meta.metrics.filter((m) => m.kind === "mean").map((m) => m.id);
const seed = new URL("../../../../shared/seeds/001_2c4d3bc26e8e6a7e.txt", import.meta.url);

describe("the committed survey table", () => {
  const atlas = realAtlas();
  const survey = parseSurvey(csv, meta, atlas.regions.county);

  it("joins all 22 rows to the 22 counties, each once", () => {
    expect(survey.byCounty.size).toBe(22);
    for (const values of survey.byCounty.values())
      for (const id of METRIC_IDS) expect(values[id]).not.toBeNull();
  });
  it("joins the table's short names: Helsinki to 90, Vantaa-Kerava to 04, Länsi-Uusimaa to 03", () => {
    expect(survey.byCounty.get("90")?.respondents).toBe(1);
    expect(survey.byCounty.get("04")?.elected_officials).toBe(3.5);
    expect(survey.byCounty.get("03")?.meetings).toBe(3.4);
  });
  it("has respondents adding up to the all-respondents row, n = 486", () => {
    const sum = [...survey.byCounty.values()].reduce((s, v) => s + (v.respondents ?? 0), 0);
    expect(sum).toBe(486);
    expect(survey.national.respondents).toBe(meta.respondents.n);
  });
  it("agrees with the range row of the table for every question", () => {
    for (const id of SCORE_METRICS) {
      const values = [...survey.byCounty.values()].map((v) => v[id] as number);
      expect([Math.min(...values), Math.max(...values)]).toEqual(
        meta.metrics.find((m) => m.id === id)?.range,
      );
    }
  });
  it("names the ten metrics in the table's order, with texts in three languages", () => {
    expect(meta.metrics.map((m) => m.id)).toEqual([...METRIC_IDS]);
    for (const m of meta.metrics)
      for (const lang of ["fi", "sv", "en"] as const) {
        expect(m.text[lang].length).toBeGreaterThan(5);
        expect(m.short[lang].length).toBeGreaterThan(3);
      }
  });
  it.skipIf(!existsSync(seed))(
    "equals the table in Kuntaliitto's publication, cell by cell",
    () => {
      const lines = readFileSync(seed, "utf8").split("\n");
      const start = lines.findIndex((l) => l.startsWith("Hyvinvointialue\tSäännölliset"));
      const matcher = new Map(atlas.regions.county.map((c) => [c.short.fi, c.code]));
      for (const line of lines.slice(start + 1, start + 23)) {
        const [name, ...cells] = line.split("\t");
        const values = survey.byCounty.get(matcher.get(name ?? "") ?? "");
        expect(values, name).toBeDefined();
        METRIC_IDS.forEach((id, i) => {
          expect(values?.[id], `${name} ${id}`).toBe(Number(cells[i]?.replace(",", ".")));
        });
      }
      const national = (lines[start + 23] ?? "").split("\t");
      expect(national[0]).toBe("Kaikki vastaajat");
      METRIC_IDS.forEach((id, i) => {
        expect(survey.national[id]).toBe(Number(national[i + 1]?.replace(",", ".")));
      });
      const perQuestion = (lines[start + 25] ?? "").split("\t");
      SCORE_METRICS.forEach((id, i) => {
        expect(meta.metrics.find((m) => m.id === id)?.n).toBe(Number(perQuestion[i + 1]));
      });
    },
  );
});

describe("parseSurvey", () => {
  const counties = squaresAtlas().regions.county;
  const header = `county,${METRIC_IDS.join(",")}`;
  const row = (name: string, v = "3,5") =>
    [`"${name}"`, ...METRIC_IDS.map(() => `"${v}"`)].join(",");
  const small = { ...meta, nationalRow: "Kaikki vastaajat" };

  it("accepts decimal commas and names matched in any language", () => {
    const s = parseSurvey(
      [header, row("Area X"), row("område y", "2"), row("Kaikki vastaajat")].join("\n"),
      small,
      counties,
    );
    expect(s.byCounty.get("X")?.meetings).toBe(3.5);
    expect(s.byCounty.get("Y")?.participation).toBe(2);
  });
  it("rejects a row that matches no county, naming it", () => {
    expect(() =>
      parseSurvey([header, row("Atlantis"), row("Kaikki vastaajat")].join("\n"), small, counties),
    ).toThrow('row 2 "Atlantis" matches no county');
  });
  it("rejects a county given twice, naming both rows", () => {
    expect(() =>
      parseSurvey(
        [header, row("Alue X"), row("X"), row("Kaikki vastaajat")].join("\n"),
        small,
        counties,
      ),
    ).toThrow('row 3 "X" is the same county as row 2 "Alue X"');
  });
  it("rejects a cell that is not a number, naming row and column", () => {
    const bad = [`"Alue X"`, `"hyvä"`, ...METRIC_IDS.slice(1).map(() => "3")].join(",");
    expect(() =>
      parseSurvey([header, bad, row("Kaikki vastaajat")].join("\n"), small, counties),
    ).toThrow(/row 2 "Alue X", column meetings: "hyvä" is not a number/);
  });
  it("rejects unknown and missing metric columns", () => {
    expect(() => parseSurvey(`county,happiness\n"X",3`, small, counties)).toThrow(
      /unknown metric columns: happiness/,
    );
    expect(() => parseSurvey(`county,meetings\n"X",3`, small, counties)).toThrow(
      /missing metric columns: county_contacts/,
    );
  });
  it("requires the all-respondents row", () => {
    expect(() => parseSurvey([header, row("X")].join("\n"), small, counties)).toThrow(
      /no row "Kaikki vastaajat"/,
    );
  });
  it("gives counties missing from the table null values", () => {
    const s = parseSurvey([header, row("X"), row("Kaikki vastaajat")].join("\n"), small, counties);
    expect(s.byCounty.get("Y")?.meetings).toBeNull();
  });
});

describe("validateSurveyMeta", () => {
  const broken = (change: (m: Record<string, unknown>) => void) => {
    const copy = structuredClone(rawMeta);
    change(copy);
    return () => validateSurveyMeta(copy, "x.meta.json");
  };
  it("accepts the committed edition, with nine mean scores and one count", () => {
    expect(SCORE_METRICS).toHaveLength(9);
    expect(meta.metrics.filter((m) => m.kind === "count").map((m) => m.id)).toEqual([
      "respondents",
    ]);
  });
  it("names a missing translation by its path", () => {
    expect(
      broken((m) => delete (m.metrics as { text: Record<string, string> }[])[6]?.text.sv),
    ).toThrow("x.meta.json metrics[6].text.sv: missing or empty text");
  });
  it("names a metric kind it does not know, a metric given twice and a bad id", () => {
    expect(
      broken(
        (m) =>
          ((m.metrics as { kind: string }[])[0] = {
            ...(m.metrics as object[])[0],
            kind: "median",
          } as never),
      ),
    ).toThrow(/metrics\[0\]\.kind: not "mean" or "count"/);
    expect(
      broken((m) => {
        (m.metrics as { id: string }[])[1] = {
          ...(m.metrics as { id: string }[])[1],
          id: "meetings",
        } as never;
      }),
    ).toThrow(/"meetings" is given twice/);
    expect(
      broken((m) => {
        (m.metrics as { id: string }[])[1] = {
          ...(m.metrics as { id: string }[])[1],
          id: "../x",
        } as never;
      }),
    ).toThrow(/is not a plain identifier/);
  });
  it("refuses what is not an object, and a missing edition", () => {
    expect(() => validateSurveyMeta(null)).toThrow(SurveyMetaError);
    expect(broken((m) => delete m.period)).toThrow("x.meta.json period: not an object");
    expect(broken((m) => delete m.subtitle)).toThrow("x.meta.json subtitle: not an object");
  });
});
