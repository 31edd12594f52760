// Reading a file where no worker can start (as in a sandboxed frame): a reading called off
// gives no result, so an earlier file can never be shown over a later one.
import { describe, expect, it } from "vitest";
import { runImport } from "../../../src/import/client.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";

const gazetteer = gazetteerOf(realAtlas(), realRegionTypes());
const file = new Blob(["alue;arvo\nVantaa-Kerava;1\nLänsi-Uusimaa;2\n"]);

describe("runImport without a worker", () => {
  it("reads the file on the main thread when nothing calls it off", async () => {
    expect(typeof Worker).toBe("undefined");
    const result = await runImport(file, "t.csv", gazetteer, {}, () => {});
    expect(result.ok ? result.table.level : result.issues).toBe("county");
  });

  it("rejects a reading called off before it starts, with the reason given", async () => {
    const off = new AbortController();
    off.abort(new Error("superseded"));
    await expect(runImport(file, "t.csv", gazetteer, {}, () => {}, off.signal)).rejects.toThrow(
      "superseded",
    );
  });

  it("rejects a reading called off while it runs, never resolving with its table", async () => {
    const off = new AbortController();
    const stages: string[] = [];
    const reading = runImport(
      file,
      "t.csv",
      gazetteer,
      {},
      (stage) => {
        stages.push(stage);
        off.abort(new Error("superseded"));
      },
      off.signal,
    );
    await expect(reading).rejects.toThrow("superseded");
    expect(stages.length).toBeGreaterThan(0);
  });
});
