// Frames a second while a MapLibre map pans and zooms under real mouse input, in the app or on the floor.
import type { Browser, Page } from "@playwright/test";

export interface FrameRateSample {
  /** Frames a second during a 2 s drag. */
  panFps: number;
  /** Frames a second during 2 s of wheel zooming in and out. */
  zoomFps: number;
}

/** The camera both pages open at (MapLibre's hash): southern Finland at zoom 7.5, where the detail shows. */
export const FRAME_RATE_CAMERA = "#7.5/61.6/25.4";

/** Counts animation frames in the page from now until `stop`; returns frames a second. */
async function countFrames(page: Page, gesture: () => Promise<void>): Promise<number> {
  // Plain JavaScript text: tsx's helpers for named functions do not exist in the page.
  await page.evaluate(`
    window.benchFrames = [];
    window.benchCounting = true;
    requestAnimationFrame(function tick(t) {
      window.benchFrames.push(t);
      if (window.benchCounting) requestAnimationFrame(tick);
    });`);
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchCounting: boolean };
    w.benchCounting = false;
    const f = w.benchFrames;
    const span = (f[f.length - 1] ?? 0) - (f[0] ?? 0);
    return span > 0 ? ((f.length - 1) * 1000) / span : Number.NaN;
  });
}

/**
 * Loads `url` (which must open MapLibre at FRAME_RATE_CAMERA), waits for
 * `ready` and a quiet second, then drags the map for 2 s and wheels it in and
 * out for 2 s, counting the frames the page draws meanwhile. The input is the
 * same on every page: each step waits for the page to take the last one.
 */
export async function measureFrameRate(
  browser: Browser,
  url: string,
  ready: string,
): Promise<FrameRateSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, ready, {
    timeout: 90_000,
  });
  await page.waitForTimeout(1000);
  const [x, y] = [760, 420];
  await page.mouse.move(x, y);
  const panFps = await countFrames(page, async () => {
    await page.mouse.down();
    const t0 = Date.now();
    for (let i = 1; Date.now() - t0 < 2000; i++)
      await page.mouse.move(x - 6 * (i % 80), y - 3 * (i % 80));
    await page.mouse.up();
  });
  await page.waitForTimeout(800);
  const zoomFps = await countFrames(page, async () => {
    const t0 = Date.now();
    for (let i = 0; Date.now() - t0 < 2000; i++) {
      await page.mouse.wheel(0, Math.floor(i / 10) % 2 ? 60 : -60);
      await page.waitForTimeout(16);
    }
  });
  await context.close();
  return { panFps, zoomFps };
}
