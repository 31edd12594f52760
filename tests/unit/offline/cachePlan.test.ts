import { describe, expect, it } from "vitest";
import { precacheList, strategyFor } from "../../../src/offline/cachePlan.ts";

describe("precacheList", () => {
  it("keeps the page, scripts, MapLibre's worker and CSS, the data and the icons, sorted", () => {
    expect(
      precacheList([
        "sw.js",
        "index.html",
        "assets/mapAdapter-abc.js",
        "assets/maplibre-gl-worker-abc.mjs",
        "assets/mapAdapter-abc.css",
        "data/finland-2025-detailed.topo.json",
        "data/finland-2025.topo.json",
        "icon-192.png",
        "manifest.webmanifest",
        "404.html",
        "robots.txt",
        "og-image.png",
      ]),
    ).toEqual([
      "assets/mapAdapter-abc.css",
      "assets/mapAdapter-abc.js",
      "assets/maplibre-gl-worker-abc.mjs",
      "data/finland-2025-detailed.topo.json",
      "data/finland-2025.topo.json",
      "icon-192.png",
      "index.html",
      "manifest.webmanifest",
    ]);
  });
});

describe("strategyFor", () => {
  const scope = "https://example.org/kartta/";
  const kept = new Set(["index.html", "assets/a.js", "data/finland-2025.topo.json"]);
  const get = (url: string, mode = "cors") =>
    strategyFor({ url, method: "GET", mode }, scope, kept);

  it("answers a page of the app, with any query or hash, with the kept index.html", () => {
    for (const url of [
      "https://example.org/kartta/",
      "https://example.org/kartta/?metric=planning&place=KU179",
      "https://example.org/kartta/index.html#7/60/25",
    ])
      expect(get(url, "navigate"), url).toEqual({ kind: "page", path: "index.html" });
  });

  it("answers a kept file from the cache, its query ignored", () => {
    expect(get("https://example.org/kartta/assets/a.js")).toEqual({
      kind: "kept",
      path: "assets/a.js",
    });
    expect(get("https://example.org/kartta/data/finland-2025.topo.json?x=1")).toEqual({
      kind: "kept",
      path: "data/finland-2025.topo.json",
    });
  });

  it("leaves to the network other origins, other folders, files not kept and other methods", () => {
    expect(get("https://other.example/kartta/assets/a.js").kind).toBe("network");
    expect(get("https://example.org/muu/assets/a.js").kind).toBe("network");
    expect(get("https://example.org/kartta/data/upload.csv").kind).toBe("network");
    expect(
      strategyFor(
        { url: "https://example.org/kartta/", method: "POST", mode: "navigate" },
        scope,
        kept,
      ).kind,
    ).toBe("network");
  });

  it("sends a page to the network when no index.html is kept", () => {
    expect(
      strategyFor({ url: scope, method: "GET", mode: "navigate" }, scope, new Set()).kind,
    ).toBe("network");
  });
});
