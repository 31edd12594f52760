// The place search's outline on the MapLibre map. It runs with the timing tests, alone: at a
// municipality's zoom the GL map starts with the detailed geometry, which in software WebGL
// beside another browser has taken over 30 s to draw (3 s alone).
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

test("the place and the regions it lies within are drawn on the MapLibre map too", async ({
  page,
}) => {
  // A linked place is framed beyond country scale, so MapLibre loads by itself; in software
  // WebGL on a busy machine its start has taken 20 s.
  test.setTimeout(90_000);
  await page.goto("./?place=KU179&debug");
  await mapReady(page);
  // Polled by time: a page busy starting MapLibre may give a test's animation-frame polling no frame.
  await page.waitForFunction(() => performance.getEntriesByName("gl-ready").length > 0, null, {
    timeout: 80_000,
    polling: 250,
  });
  const layers = await page.evaluate(() => {
    const { map } = (
      globalThis as unknown as { atlasMap: { map: { getLayer(id: string): unknown } } }
    ).atlasMap;
    return ["place", "place-halo", "place-within-county", "place-within-employmentArea"].map((id) =>
      Boolean(map.getLayer(id)),
    );
  });
  expect(layers).toEqual([true, true, true, true]);
});
