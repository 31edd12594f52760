// One page load in a fresh browser context: User Timing marks, bytes by kind, heap, recolour times.
import type { Browser } from "@playwright/test";

export interface LoadSample {
  marks: Record<string, number>;
  measures: Record<string, number>;
  bytes: { script: number; data: number; css: number; other: number; total: number };
  heapBytes: number;
  recolourMs: number[];
  /** Every URL requested until the load was measured (before the recolours). */
  urls: string[];
}

function kind(url: string, mime: string): keyof Omit<LoadSample["bytes"], "total"> {
  const path = new URL(url).pathname;
  if (/\.(m?js)$/.test(path) || mime.includes("javascript")) return "script";
  if (/\.(json|csv)$/.test(path)) return "data";
  if (/\.css$/.test(path) || mime.includes("css")) return "css";
  return "other";
}

/**
 * Loads `url` with the cache disabled, waits for the `waitFor` marks, and
 * returns the marks, the bytes transferred (encoded, i.e. gzip) per kind, and
 * the JS heap in use. With `recolour`, it then changes the metric `recolour`
 * times through the real select, a quarter second apart, and times each from the
 * change to the next animation frame (by then the map has drawn the new colours).
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  waitFor: string[],
  recolour = 0,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map<string, { url: string; mime: string }>();
  const urls: string[] = [];
  const inFlight = new Set<string>();
  cdp.on("Network.requestWillBeSent", (e) => {
    urls.push(e.request.url);
    inFlight.add(e.requestId);
  });
  cdp.on("Network.loadingFailed", (e) => inFlight.delete(e.requestId));
  const bytes = { script: 0, data: 0, css: 0, other: 0, total: 0 };
  cdp.on("Network.responseReceived", (e) =>
    requests.set(e.requestId, { url: e.response.url, mime: e.response.mimeType }),
  );
  cdp.on("Network.loadingFinished", (e) => {
    inFlight.delete(e.requestId);
    const r = requests.get(e.requestId);
    if (!r || r.url.startsWith("data:")) return;
    bytes[kind(r.url, r.mime)] += e.encodedDataLength;
    bytes.total += e.encodedDataLength;
  });

  await page.goto(url);
  await page.waitForFunction(
    (names) => names.every((n) => performance.getEntriesByName(n).length > 0),
    waitFor,
    { timeout: 30_000 },
  );
  // The first view's late requests (the neighbours) settle: no request for 300 ms, or 3 s at most.
  for (let quiet = 0, waited = 0; quiet < 300 && waited < 3000; waited += 50) {
    await page.waitForTimeout(50);
    quiet = inFlight.size ? 0 : quiet + 50;
  }
  // The first view's bytes and requests as they stand now: what the recolours below (and the
  // page's later work, such as the service worker's registration) fetch is not the first view.
  const firstViewBytes = { ...bytes };
  const firstViewUrls = [...urls];
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType === "mark" || e.entryType === "measure")
      .map(
        (e) => [e.entryType, e.name, e.entryType === "mark" ? e.startTime : e.duration] as const,
      ),
  );
  const marks: Record<string, number> = {};
  const measures: Record<string, number> = {};
  for (const [type, name, value] of entries) (type === "mark" ? marks : measures)[name] = value;
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };

  const recolourMs: number[] = [];
  const metrics = ["planning", "openness", "participation", "meetings", "respondents"];
  for (let i = 0; i < recolour; i++) {
    await page.waitForTimeout(250); // as a person picks one metric after another, not all in one frame
    recolourMs.push(
      await page.evaluate(
        (metric) =>
          new Promise<number>((resolve) => {
            const select = document.getElementById("metric-select") as HTMLSelectElement;
            const t0 = performance.now();
            select.value = metric;
            select.dispatchEvent(new Event("change"));
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }),
        metrics[i % metrics.length] as string,
      ),
    );
  }
  await context.close();
  return {
    marks,
    measures,
    bytes: firstViewBytes,
    heapBytes: heap.usedSize,
    recolourMs,
    urls: firstViewUrls,
  };
}
