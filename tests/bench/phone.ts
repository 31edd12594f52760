// One page load on the phone profile: CPU 4× slower, a slow 4G link, a phone's screen and touch.
// Answer = a tap on a county shows its tooltip; the bench taps until it does.
import type { Browser, BrowserContext, CDPSession, Page } from "@playwright/test";

/** Chrome DevTools' slow 4G, and a mid-range phone's CPU: as Lighthouse's mobile profile names them. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  cpuSlowdown: 4,
  latencyMs: 560,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
} as const;

export interface PhoneSample {
  /** From navigation to the page's own "painted" mark, ms. */
  paintMs: number;
  /** From navigation to the first tooltip a tap brought up, ms. */
  answerMs: number;
  /** What the tooltip said (a county's name and value). */
  answer: string;
  /** Bytes transferred (gzip) until the answer. */
  bytes: number;
}

/** A phone's context: its screen, touch, and the CPU and network slowed down through CDP. */
async function phoneContext(
  browser: Browser,
  throttled: boolean,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttled) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE.uploadBitsPerSecond / 8,
    });
  }
  return { context, page, cdp };
}

/**
 * Records, in the page, the moment `#tooltip` first shows text. It runs before
 * the page's own scripts and watches the document from DOMContentLoaded (which
 * comes before any page can answer: their scripts run before it, and their
 * data arrives later). Plain JavaScript text: tsx's helpers for named
 * functions do not exist in the page.
 */
const watchTooltip = {
  content: `
    document.addEventListener("DOMContentLoaded", function () {
      var check = function () {
        var tip = document.getElementById("tooltip");
        var text = tip && !tip.hidden ? (tip.textContent || "").trim() : "";
        if (text && !window.benchAnswer) window.benchAnswer = { at: performance.now(), text: text };
      };
      check();
      new MutationObserver(check).observe(document.documentElement, {
        subtree: true, childList: true, attributes: true, characterData: true,
      });
    });`,
};

/**
 * Where a tap answers on this page: loaded once without throttling, the
 * middle of the map, or the nearest point to it whose tap shows the tooltip
 * (not a label, a legend or a control over the map).
 */
export async function findTapPoint(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ x: number; y: number }> {
  const { context, page } = await phoneContext(browser, false);
  await page.addInitScript(watchTooltip);
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, ready, {
    timeout: 30_000,
  });
  const box = (await page.locator("#map").boundingBox()) ?? {
    x: 0,
    y: 0,
    width: PHONE.viewport.width,
    height: PHONE.viewport.height,
  };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let r = 0; r < 200; r += 12)
    for (let a = 0; a < (r ? 8 : 1); a++) {
      const x = Math.round(cx + r * Math.cos((a * Math.PI) / 4));
      const y = Math.round(cy + r * Math.sin((a * Math.PI) / 4));
      await page.touchscreen.tap(x, y);
      await page.waitForTimeout(150);
      if (await page.evaluate(() => !!(window as { benchAnswer?: unknown }).benchAnswer)) {
        await context.close();
        return { x, y };
      }
    }
  await context.close();
  throw new Error(`no tap on ${url} brought up a tooltip`);
}

/**
 * Loads `url` on the phone profile with the cache disabled and taps `at`
 * every 100 ms from the start until a tooltip shows. `paintMark` is the page's
 * own mark of its first painted map.
 */
export async function measurePhone(
  browser: Browser,
  url: string,
  paintMark: string,
  at: { x: number; y: number },
): Promise<PhoneSample> {
  const { context, page, cdp } = await phoneContext(browser, true);
  await page.addInitScript(watchTooltip);
  let bytes = 0;
  let answered = false;
  cdp.on("Network.loadingFinished", (e) => {
    if (!answered) bytes += e.encodedDataLength;
  });
  const loading = page.goto(url, { waitUntil: "commit", timeout: 60_000 });
  const started = Date.now();
  let answer: { at: number; text: string } | undefined;
  while (!answer && Date.now() - started < 60_000) {
    await page.touchscreen.tap(at.x, at.y).catch(() => undefined);
    await page.waitForTimeout(100);
    answer = await page
      .evaluate(() => (window as { benchAnswer?: { at: number; text: string } }).benchAnswer)
      .catch(() => undefined);
  }
  answered = true;
  await loading.catch(() => undefined);
  await page
    .waitForFunction((m) => performance.getEntriesByName(m).length > 0, paintMark, {
      timeout: 30_000,
    })
    .catch(() => undefined);
  const paintMs = await page
    .evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN, paintMark)
    .catch(() => Number.NaN);
  await context.close();
  return {
    paintMs,
    answerMs: answer?.at ?? Number.NaN,
    answer: answer?.text ?? "",
    bytes,
  };
}
