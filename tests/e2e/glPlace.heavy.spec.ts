// The place search's outline on the MapLibre map. It runs with the timing tests, alone, in a
// browser of its own, and first (files run in name order: glPlace before heavy): at a
// municipality's zoom the GL map starts with the detailed geometry, which in software WebGL
// took 3–10 s alone, and over 80 s beside another browser or after the timing tests' 20 MB
// imports (even in a new browser: the machine had not recovered).
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "../chromium.ts";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

test("the place and the regions it lies within are drawn on the MapLibre map too", async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL, locale: "fi-FI", serviceWorkers: "block" });
    // A linked place is framed beyond country scale, so MapLibre loads by itself. Inari, the
    // largest municipality, is framed below the detail zoom: the GL map starts with the default
    // geometry (the detailed start is the offline and zoom tests' concern).
    await page.goto("./?place=KU148&debug");
    await mapReady(page);
    // Polled by time: a page busy starting MapLibre may give animation-frame polling no frame.
    await page.waitForFunction(() => performance.getEntriesByName("gl-ready").length > 0, null, {
      timeout: 80_000,
      polling: 250,
    });
    const layers = await page.evaluate(() => {
      const { map } = (
        globalThis as unknown as { atlasMap: { map: { getLayer(id: string): unknown } } }
      ).atlasMap;
      return ["place", "place-halo", "place-within-county", "place-within-employmentArea"].map(
        (id) => Boolean(map.getLayer(id)),
      );
    });
    expect(layers).toEqual([true, true, true, true]);
  } finally {
    await browser.close();
  }
});
