// Embeds fit the frame they get: Finland fitted to a frame's width and height, one laptop
// screen at most from 600 px, and a snippet whose height is the embed's own for its width.
import { test as bare } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";
import { article, serveHost } from "./hostPage.ts";
import { isTrue, labelFacts } from "./labelTruth.ts";

const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

// The article is on another origin: the watched fixture would count the host page as foreign.
bare(
  "a wide embed in a frame the host never resizes shows all of Finland, its labels true",
  async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1300, height: 800 });
    const host = await serveHost(
      article(
        `<iframe src="${baseURL}?embed=1&embedId=a" width="1280" height="560" title="a" style="border:0" sandbox="${SANDBOX}"></iframe>`,
      ),
    );
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("#legend h2")).toBeVisible();
    const inner = page.frames().find((f) => f.url().includes("embed=1"));
    if (!inner) throw new Error("no embed");
    await inner.waitForTimeout(400);
    // Every county's drawn shape lies within the map's box, inside the frame.
    const outside = await inner.evaluate(() => {
      const map = (document.getElementById("map") as HTMLElement).getBoundingClientRect();
      return [
        ...document.querySelectorAll<SVGPathElement>('.svg-map [data-layer="region-fill"] path'),
      ]
        .filter((p) => {
          const r = p.getBoundingClientRect();
          return (
            r.left < map.left - 1 ||
            r.right > map.right + 1 ||
            r.top < map.top - 1 ||
            r.bottom > map.bottom + 1
          );
        })
        .map((p) => p.dataset.code);
    });
    expect(outside).toEqual([]);
    for (const l of await labelFacts(inner)) expect(isTrue(l), `${l.key} on ${l.under}`).toBe(true);
    host.close();
  },
);

for (const width of ["360", "640", "1280"] as const)
  test(`the embed dialog's snippet at ${width} px has the height the embed itself asks for`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("./?metric=planning");
    await mapReady(page);
    await page.locator("#embed-button").click();
    await page.locator("#embed-width").selectOption(width);
    await expect(page.locator("#embed-preview-caption")).toContainText(`${width} px`, {
      timeout: 20_000,
    });
    const snippet = await page.locator("#embed-code").inputValue();
    const height = Number(snippet.match(/height="(\d+)"/)?.[1]);
    if (Number(width) >= 600) expect(height).toBeLessThanOrEqual(900);
    // The snippet alone, on an article with no script of ours: the frame is the height the embed asks.
    const reader = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    const host = await serveHost(article(snippet));
    await reader.goto(host.url);
    await expect
      .poll(
        () => reader.evaluate(() => (window as unknown as { posted: number[] }).posted[0] ?? 0),
        {
          timeout: 20_000,
        },
      )
      .toBe(height);
    const box = await reader.locator("iframe").boundingBox();
    expect(Math.round(box?.height ?? 0)).toBe(height);
    await reader.close();
    host.close();
  });
