import { describe, expect, it } from "vitest";
import { mergerResolver } from "../../../geo/mergers.ts";

describe("mergerResolver", () => {
  it("maps a code that ceased to the code it joined", () => {
    expect(mergerResolver([{ from: "911", name: "", to: "541", date: "2020-01-01" }])("911")).toBe(
      "541",
    );
  });
  it("leaves a code that never merged as it is", () => {
    expect(mergerResolver([{ from: "911", name: "", to: "541", date: "" }])("005")).toBe("005");
  });
  it("follows a chain of mergers to the last code", () => {
    const resolve = mergerResolver([
      { from: "001", name: "", to: "002", date: "" },
      { from: "002", name: "", to: "003", date: "" },
    ]);
    expect(resolve("001")).toBe("003");
  });
  it("rejects a cycle, naming the code", () => {
    const resolve = mergerResolver([
      { from: "001", name: "", to: "002", date: "" },
      { from: "002", name: "", to: "001", date: "" },
    ]);
    expect(() => resolve("001")).toThrow(/cycle through 001/);
  });
});
