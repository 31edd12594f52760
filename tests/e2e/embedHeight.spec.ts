// The embed's height settles once per width: a host that applies every posted height never makes
// it grow (presenter mode included), in each of the four protocols; a new width asks anew.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

const require = createRequire(import.meta.url);
const pymSource = readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");
const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

/** Each protocol's host: it applies every height it is told to its frame. */
const APPLY = {
  own: `window.addEventListener("message", (e) => {
    if (e.data?.type === "hyvinvointialueet-kartta:height")
      document.querySelector("iframe").style.height = e.data.height + "px"; });`,
  datawrapper: `window.addEventListener("message", (e) => {
    const h = e.data && e.data["datawrapper-height"];
    if (h) for (const id in h) document.querySelector("iframe").style.height = h[id] + "px"; });`,
  amp: `window.addEventListener("message", (e) => {
    if (e.data?.sentinel === "amp" && e.data.type === "embed-size")
      document.querySelector("iframe").style.height = e.data.height + "px"; });`,
} as const;
type Protocol = keyof typeof APPLY | "pym";

/** A host page: a column of `width` px holding one embed of `query`; it records every height posted. */
function hostPage(app: string, protocol: Protocol, width: number, query: string): string {
  const src = `${app}?embed=1&${query}`;
  const frame =
    protocol === "pym"
      ? `<div id="a"></div><script src="/pym.js"></script>
         <script>new pym.Parent("a", "${src}", { sandbox: "${SANDBOX}" });</script>`
      : `<iframe src="${src}&embedId=a" width="100%" height="150" title="a" style="border:0;display:block" sandbox="${SANDBOX}"></iframe>
         <script>${APPLY[protocol]}</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
    <script>window.heights = [];
      window.addEventListener("message", (e) => {
        if (e.data?.type === "hyvinvointialueet-kartta:height") window.heights.push(e.data.height);
      });</script>
    <style>body{margin:0} .column{width:${width}px;margin:0 auto}</style></head>
    <body><div class="column"><h1>News</h1>${frame}<p>More article.</p></div></body></html>`;
}

let server: Server | null = null;
test.afterEach(() => {
  server?.close();
  server = null;
});

async function openHost(
  page: Page,
  baseURL: string,
  protocol: Protocol,
  width: number,
  query: string,
) {
  await page.setViewportSize({ width: Math.max(width + 40, 800), height: 900 });
  server = createServer((req, res) => {
    if (req.url?.endsWith("/pym.js")) {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      return res.end(pymSource);
    }
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(hostPage(baseURL, protocol, width, query));
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, "localhost", resolve));
  await page.goto(`http://localhost:${(listening.address() as AddressInfo).port}/article.html`);
}

const heights = (page: Page) =>
  page.evaluate(() => (window as unknown as { heights: number[] }).heights);

/** The embed's frame, once it has drawn its first view. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes("embed=1"))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes("embed=1")) as Frame;
  await frame.waitForFunction(() => !!document.querySelector("#legend h2"), null, { polling: 100 });
  return frame;
}

/**
 * Waits until the host has applied the last height posted and the embed has then drawn
 * `frames` more animation frames (time for any answer to the new size to be posted).
 */
async function settle(page: Page, frame: Frame, frames = 40): Promise<number[]> {
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  for (let round = 0; round < 3; round++) {
    // The frame as tall as the last height posted (polled anew: another may arrive meanwhile).
    await expect
      .poll(async () => {
        const posted = await heights(page);
        const box = await page.locator("iframe").boundingBox();
        return Math.round(box?.height ?? 0) === posted[posted.length - 1];
      })
      .toBe(true);
    const posted = await heights(page);
    await frame.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          let left = n;
          const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
      frames,
    );
    if ((await heights(page)).length === posted.length) return posted;
  }
  return heights(page);
}

/** No height posted is larger than one before it at the same width. */
function expectNoGrowth(posted: number[]) {
  for (let i = 1; i < posted.length; i++)
    expect(posted[i], `post ${i + 1} of ${posted.join(" → ")}`).toBeLessThanOrEqual(
      posted[i - 1] ?? 0,
    );
}

for (const protocol of ["own", "datawrapper", "pym", "amp"] as const)
  test(`${protocol}: in presenter mode inside a 600 px column the posted height never grows`, async ({
    page,
    baseURL,
  }) => {
    await openHost(page, baseURL ?? "", protocol, 600, "present=1&metric=planning");
    const frame = await embedFrame(page);
    await frame.waitForFunction(() => document.documentElement.classList.contains("presenting"));
    const posted = await settle(page, frame);
    expectNoGrowth(posted);
    expect(posted.length).toBeLessThanOrEqual(3);
    expect(posted[posted.length - 1]).toBeLessThanOrEqual(900);
    // A slide steps on: the same question, the same height.
    await frame.locator("body").press("ArrowRight");
    expectNoGrowth(await settle(page, frame));
  });

for (const [width, query] of [
  [360, "present=1"],
  [600, "metric=planning"],
  [1280, "metric=planning"],
  [360, "metric=planning"],
] as const)
  test(`at ${width} px with ${query} and a host applying every height, the height settles at once`, async ({
    page,
    baseURL,
  }) => {
    await openHost(page, baseURL ?? "", "own", width, query);
    const frame = await embedFrame(page);
    const posted = await settle(page, frame);
    expectNoGrowth(posted);
    expect(posted.length).toBeLessThanOrEqual(3);
    expect(posted[posted.length - 1]).toBeGreaterThan(300);
  });
