// One zoom gesture in a fresh page: from the wheel to MapLibre drawn, and to the detailed geometry drawn.
import type { Browser } from "@playwright/test";

export interface GestureSample {
  /** From the first wheel event to the GL map swapped in, ms. */
  glMs: number;
  /** From the first wheel event to the detailed geometry drawn by the GL map, ms. */
  detailMs: number;
  /** From the first wheel event to the SVG map's next frame (the gesture answered), ms. */
  firstFrameMs: number;
  /** From the gesture's rest (the app's "map-rest" mark) to the GL map swapped in, ms. */
  glAfterRestMs: number;
  /** From the gesture's rest to the detailed geometry drawn by the GL map, ms. */
  detailAfterRestMs: number;
}

/**
 * Loads the app, waits until it is interactive, then zooms in three levels with
 * the wheel over southern Finland, as a user would, and times the answers.
 */
export async function measureGesture(browser: Browser, url: string): Promise<GestureSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-interactive").length > 0);
  // Let the first load's late work (neighbours, a redraw) settle: this times the gesture alone.
  await page.waitForTimeout(1000);
  await page.mouse.move(760, 640);
  const start = await page.evaluate(
    () =>
      new Promise<{ t0: number; frame: number }>((resolve) => {
        const target = document.getElementById("map") as HTMLElement;
        const t0 = performance.now();
        for (let i = 0; i < 3; i++)
          target.dispatchEvent(
            new WheelEvent("wheel", {
              deltaY: -300,
              clientX: 760,
              clientY: 640,
              bubbles: true,
              cancelable: true,
            }),
          );
        requestAnimationFrame(() => resolve({ t0, frame: performance.now() - t0 }));
      }),
  );
  await page.waitForFunction(() => performance.getEntriesByName("detail-drawn").length > 0, null, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => ({
    gl: performance.getEntriesByName("gl-ready")[0]?.startTime ?? Number.NaN,
    detail: performance.getEntriesByName("detail-drawn")[0]?.startTime ?? Number.NaN,
    rests: performance.getEntriesByName("map-rest").map((e) => e.startTime),
  }));
  await context.close();
  // The gesture's rest: the first time the map came to rest after the wheel.
  const rest = marks.rests.find((t) => t >= start.t0) ?? Number.NaN;
  return {
    glMs: marks.gl - start.t0,
    detailMs: marks.detail - start.t0,
    firstFrameMs: start.frame,
    glAfterRestMs: marks.gl - rest,
    detailAfterRestMs: marks.detail - rest,
  };
}
