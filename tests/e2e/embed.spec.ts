// Embeds on a host page of another origin, sandboxed without allow-same-origin, two on a page:
// each height protocol (the app's own, Datawrapper's, pym.js's, AMP's) sizes its frame.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

const require = createRequire(import.meta.url);
const pymSource = readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");

/** The listener each host runs; the app's own is the README's. */
const LISTENERS = {
  own: `window.addEventListener("message", (event) => {
    if (event.data?.type !== "hyvinvointialueet-kartta:height") return;
    for (const frame of document.querySelectorAll("iframe"))
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
  });`,
  datawrapper: `window.addEventListener("message", (event) => {
    const heights = event.data && event.data["datawrapper-height"];
    if (!heights) return;
    for (const frame of document.querySelectorAll("iframe"))
      if (frame.contentWindow === event.source)
        for (const id in heights) frame.style.height = heights[id] + "px";
  });`,
  amp: `window.addEventListener("message", (event) => {
    const d = event.data;
    if (!d || d.sentinel !== "amp" || d.type !== "embed-size") return;
    for (const frame of document.querySelectorAll("iframe"))
      if (frame.contentWindow === event.source) frame.style.height = d.height + "px";
  });`,
} as const;

function hostPage(app: string, kind: keyof typeof LISTENERS | "pym"): string {
  const frames =
    kind === "pym"
      ? `<div id="a"></div><p style="height:400px">Article text.</p><div id="b"></div>
         <script src="/pym.js"></script>
         <script>
           new pym.Parent("a", "${app}?embed=1&metric=planning", { sandbox: "allow-scripts allow-popups allow-popups-to-escape-sandbox" });
           new pym.Parent("b", "${app}?embed=1&metric=openness&lang=en", { sandbox: "allow-scripts allow-popups allow-popups-to-escape-sandbox" });
         </script>`
      : `<iframe id="a" src="${app}?embed=1&embedId=a&metric=planning" width="100%" height="150" title="a" style="border:0;display:block" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
         <p style="height:400px">Article text.</p>
         <iframe id="b" src="${app}?embed=1&embedId=b&metric=openness&lang=en" width="100%" height="150" title="b" style="border:0;display:block" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
         <script>${LISTENERS[kind]}</script>`;
  // Every page records the heights its frames post (the app's own form, which every embed sends).
  const recorder = `<script>window.posted = {};
    window.addEventListener("message", (event) => {
      if (event.data?.type !== "hyvinvointialueet-kartta:height") return;
      [...document.querySelectorAll("iframe")].forEach((frame, i) => {
        if (frame.contentWindow === event.source) window.posted[i] = event.data.height;
      });
    });</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>${recorder}
    <style>body{margin:0;font-family:serif} main{max-width:100%;margin:0 auto}</style></head>
    <body><main><h1>News</h1>${frames}<p style="height:3000px">More article.</p></main></body></html>`;
}

let server: Server | null = null;

/** A host page on another origin (localhost, where the app is 127.0.0.1), as a newsroom's would be. */
async function openHost(
  page: Page,
  kind: keyof typeof LISTENERS | "pym",
  width: number,
  baseURL: string,
) {
  await page.setViewportSize({ width, height: 900 });
  server = createServer((req, res) => {
    if (req.url?.endsWith("/pym.js")) {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      return res.end(pymSource);
    }
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(hostPage(baseURL, kind));
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, "localhost", resolve));
  await page.goto(`http://localhost:${(listening.address() as AddressInfo).port}/article.html`);
}

test.afterEach(() => {
  server?.close();
  server = null;
});

const embedFrames = (page: Page) => page.frames().filter((f) => f.url().includes("embed=1"));

/**
 * The height the embed last posted to the host, once it has drawn its legend. (An embed
 * below the fold gets no animation frames, but it lays out and posts its height.)
 */
async function wanted(frame: Frame): Promise<number> {
  // Polled by time: a frame below the fold gets no animation frames to poll by.
  await frame.waitForFunction(
    () =>
      document.documentElement.classList.contains("embed") &&
      !!document.querySelector("#legend h2"),
    null,
    { polling: 100 },
  );
  const page = frame.page();
  const index = page
    .frames()
    .filter((f) => f.url().includes("embed=1"))
    .indexOf(frame);
  let height = 0;
  await expect
    .poll(
      async () => {
        height = await page.evaluate(
          (i) => (window as unknown as { posted: Record<number, number> }).posted[i] ?? 0,
          index,
        );
        return height;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  return height;
}

for (const kind of ["own", "datawrapper", "pym", "amp"] as const)
  for (const width of [360, 1280])
    test(`${kind}: both embeds on a ${width} px host page size to the height they want`, async ({
      page,
      baseURL,
    }) => {
      await openHost(page, kind, width, baseURL ?? "");
      await expect.poll(() => embedFrames(page).length).toBe(2);
      for (const [i, frame] of embedFrames(page).entries()) {
        const height = await wanted(frame);
        // Narrow, Finland is taller than wide: the embed wants more than its width. From
        // 600 px the chart stands beside the map and the embed wants one laptop screen at most.
        if (width < 600) expect(height).toBeGreaterThan(width * 0.9);
        else expect(height).toBeLessThanOrEqual(900);
        const element = page.locator("iframe").nth(i);
        await expect
          .poll(async () => Math.round((await element.boundingBox())?.height ?? 0), {
            timeout: 15_000,
          })
          .toBe(await wanted(frame));
      }
    });

test("the full-map link carries the view and none of the host's parameters, and escapes the sandbox", async ({
  page,
  baseURL,
}) => {
  await openHost(page, "pym", 800, baseURL ?? "");
  await expect.poll(() => embedFrames(page).length).toBe(2);
  const frame = embedFrames(page)[0] as Frame;
  await wanted(frame);
  expect(frame.url()).toContain("childId=");
  const href = (await frame.locator("#full-map-link").getAttribute("href")) ?? "";
  expect(href).toContain("metric=planning");
  expect(href).not.toMatch(/embed=|childId|initialWidth|parentUrl|parentTitle/);
  expect(await page.locator("iframe").first().getAttribute("sandbox")).toContain(
    "allow-popups-to-escape-sandbox",
  );
});

test("a wheel over the embed scrolls the article; a click on a county shows its tooltip in the embed", async ({
  page,
  baseURL,
}) => {
  await openHost(page, "own", 1280, baseURL ?? "");
  await expect.poll(() => embedFrames(page).length).toBe(2);
  const frame = embedFrames(page)[0] as Frame;
  await wanted(frame);
  const box = await page.locator("iframe").first().boundingBox();
  if (!box) throw new Error("no frame");
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await frame.locator('.county-label[data-code="21"]').click();
  await expect(frame.locator("#tooltip")).toContainText("Lapin hyvinvointialue");
});
