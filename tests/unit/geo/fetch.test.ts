import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClassification } from "../../../geo/classification.ts";
import { boundaryUrl, correspondenceUrl, fetchYear } from "../../../geo/fetch.ts";
import { parseMergers } from "../../../geo/inputs.ts";

const recorded: Record<string, unknown> = JSON.parse(
  readFileSync(new URL("../../fixtures/fetch/responses-2027.json", import.meta.url), "utf8"),
);
/** Answers from the recorded responses; any other URL is a 404, so no test touches the network. */
const replay = async (url: string) => ({
  ok: url in recorded,
  status: url in recorded ? 200 : 404,
  text: async () => JSON.stringify(recorded[url]),
});

describe("fetchYear", () => {
  it("asks the WFS for the year's 1:1 000 000 layer in WGS 84", () => {
    expect(boundaryUrl(2027)).toContain("typeName=tilastointialueet%3Akunta1000k_2027");
    expect(boundaryUrl(2027)).toContain("srsName=EPSG%3A4326");
    expect(correspondenceUrl(2027, "tyollisyysalue", "sv")).toContain(
      "kunta_1_20270101%23tyollisyysalue_1_20270101/maps?content=data&meta=min&lang=sv",
    );
  });
  it("writes boundaries and a classification table the build can read, with names in three languages", async () => {
    const folder = mkdtempSync(join(tmpdir(), "geo-fetch-"));
    const files = await fetchYear(2027, folder, replay);
    expect(files).toEqual([
      "statfi/kunta1000k_2027.geojson",
      "statfi/kunta_luokitukset_2027.csv",
      "statfi/kuntaliitokset_2027.csv",
    ]);
    const c = parseClassification(readFileSync(join(folder, files[1] as string), "utf8"));
    expect(c.municipalities.map((m) => [m.code, m.memberships])).toEqual([
      ["005", { county: "16", employmentArea: "18", maakunta: "14" }],
      ["009", { county: "19", employmentArea: "44", maakunta: "17" }],
    ]);
    expect(c.names.maakunta?.get("17")?.sv).toBe("Norra Österbotten");
    expect(c.names.county?.get("19")?.sv).toBe("Norra Österbottens välfärdsområde");
    expect(c.names.county?.get("19")?.en).toBe("North Ostrobothnia wellbeing services county");
    expect(parseMergers(readFileSync(join(folder, files[2] as string), "utf8"))).toEqual([]);
    const boundaries = JSON.parse(readFileSync(join(folder, files[0] as string), "utf8"));
    expect(boundaries.features).toHaveLength(2);
  });
  it("stops on a failed request, naming the URL", async () => {
    await expect(
      fetchYear(2028, mkdtempSync(join(tmpdir(), "geo-fetch-")), replay),
    ).rejects.toThrow(/HTTP 404 from https:\/\/geo\.stat\.fi\/.*kunta1000k_2028/);
  });
  it("refuses a year that is not a year of the reforms", async () => {
    await expect(fetchYear(1999, "/nonexistent", replay)).rejects.toThrow(/from 2023 on/);
  });
});
