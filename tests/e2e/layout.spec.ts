// Layout for a newsroom: nothing covers a county, every county labelled, the map first on a phone,
// presenter mode for a hall, and a print of one A4 page.
import type { Page } from "@playwright/test";
import { uncoveredShares } from "./coverage.ts";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";
import { isTrue, labelFacts } from "./labelTruth.ts";

/** Opens a view at a width, then makes the window as tall as the page wants (a host sizes an embed so; a phone scrolls). */
async function openAt(page: Page, query: string, width: number) {
  await page.setViewportSize({ width, height: Math.round(width < 700 ? width * 2 : width * 0.6) });
  await page.goto(`./?${query}`);
  await mapReady(page);
  const tall = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const height = page.viewportSize()?.height ?? 0;
  if (tall > height) await page.setViewportSize({ width, height: tall });
  await page.waitForTimeout(300);
}

/** Visible county labels (the map's and the inset's), as boxes. */
function visibleLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".county-label, .inset-label")]
      // Hidden: by visibility, out of the layout, or clipped away (a collision's loser stays focusable).
      .filter(
        (e) =>
          getComputedStyle(e).visibility !== "hidden" &&
          e.offsetParent !== null &&
          !e.classList.contains("label-hidden"),
      )
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          code: e.dataset.code ?? "",
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          font: Number.parseFloat(getComputedStyle(e).fontSize),
        };
      }),
  );
}

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [mode, query] of [
  ["the app", ""],
  ["the embed", "embed=1"],
  ["presenter mode", "present=1"],
] as const)
  test(`in ${mode}, at 320–1920 px, nothing covers more than 40 % of any county's drawn area`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    for (const width of [320, 360, 768, 1280, 1920]) {
      await openAt(page, query, width);
      // The map refits after the window grows (a resize observer, then a frame): polled until
      // then, so a busy machine's late frame is not read as a covered county.
      await expect
        .poll(
          async () => {
            const shares = Object.entries(await uncoveredShares(page));
            return shares
              .filter(([, share]) => share < 0.6)
              .map(([code, share]) => `${code}: ${share.toFixed(2)}`)
              .concat(shares.length === 22 ? [] : [`${shares.length} counties, not 22`]);
          },
          { message: `${mode} ${width} px: counties covered over 40 %`, timeout: 10_000 },
        )
        .toEqual([]);
    }
  });

test("at 1280×800 county labels show, none overlapping, at 11 px or more (all 22 named: labels.spec)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./");
  await mapReady(page);
  const labels = await visibleLabels(page);
  expect(new Set(labels.map((l) => l.code)).size).toBeGreaterThanOrEqual(17);
  for (const l of labels) expect(l.font).toBeGreaterThanOrEqual(11);
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      expect(overlaps(a, b), `${a.code} / ${b.code}`).toBe(false);
});

test("on a 360 × 740 phone the map fills the first screen and the toolbar folds into a menu", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./");
  await mapReady(page);
  const map = await page.locator("#map").boundingBox();
  expect(map?.y ?? 999).toBeLessThan(160);
  expect(map?.height ?? 0).toBeGreaterThan(740 * 0.6);
  await expect(page.locator("#toolbar")).toBeHidden();
  const menu = page.getByRole("button", { name: "Valikko" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const sheet = await page.locator("#toolbar").boundingBox();
  // A sheet at the bottom of the screen, within a thumb's reach.
  expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeGreaterThan(730);
  await page.getByLabel("Mittari").selectOption("planning");
  await expect(page.locator("#legend h2")).toHaveText("Suunnitelmallisuus");
  await page.keyboard.press("Escape");
  await expect(page.locator("#toolbar")).toBeHidden();
});

/** Elements of the page a person sees (not hidden, with a size), each with its box and type size. */
function seen(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((e) => {
        const style = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return style.visibility !== "hidden" && style.display !== "none" && r.width > 0;
      })
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          text: (e.textContent ?? "").trim().slice(0, 40),
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          font: Number.parseFloat(getComputedStyle(e).fontSize),
        };
      }),
  );
}

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const)
  test(`presenter mode at ${width}×${height}: the question as title, everything on the screen, type at least 2.2 % of its height, true labels`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto("./?present=1&metric=planning");
    await mapReady(page);
    await expect(page.locator("#slide-position")).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.locator("h1")).toHaveText(
      "Yhteistyön suunnitelmallisuus perustuen yhteisiin tavoitteisiin ja toimintamalleihin",
    );
    // The legend, the sources and the slide number wholly on the screen.
    for (const selector of ["#legend", "#attribution", "#slide-position", "h1"]) {
      const [box] = await seen(page, selector);
      expect(box, selector).toBeDefined();
      expect(box?.left, selector).toBeGreaterThanOrEqual(0);
      expect(box?.top, selector).toBeGreaterThanOrEqual(0);
      expect(box?.right, selector).toBeLessThanOrEqual(width);
      expect(box?.bottom, selector).toBeLessThanOrEqual(height);
    }
    // No type a hall cannot read: every text seen is at least 2.2 % of the screen's height.
    const texts = await seen(
      page,
      "h1, #slide-position, #legend p, #legend h2, #legend li, #legend summary, #attribution, .value-label, .inset-title",
    );
    for (const t of texts)
      expect(t.font, `"${t.text}"`).toBeGreaterThanOrEqual(Math.floor(height * 0.022));
    for (const l of await labelFacts(page)) expect(isTrue(l), `${l.key} on ${l.under}`).toBe(true);
  });

test("presenter mode: one colour is one value on every slide, and the map never moves", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("./?present=1&slides=meetings,planning,openness,participation");
  await mapReady(page);
  await expect(page.locator("#slide-position")).toBeVisible();
  const colours = new Map<string, Set<string>>();
  const frames: string[] = [];
  for (let slide = 0; slide < 4; slide++) {
    await page.waitForTimeout(250);
    // Each county's value (its label's) and its fill on the map.
    const pairs = await page.evaluate(() =>
      [
        ...document.querySelectorAll<SVGPathElement>('.svg-map [data-layer="region-fill"] path'),
      ].map((p) => {
        const label = document.querySelector(
          `.county-label[data-code="${p.dataset.code}"] .label-value`,
        );
        return [label?.textContent?.replace("*", "") ?? "", p.getAttribute("fill") ?? ""];
      }),
    );
    for (const [value = "", fill = ""] of pairs)
      if (value) colours.set(value, (colours.get(value) ?? new Set<string>()).add(fill));
    const box = await page.locator("#map").boundingBox();
    frames.push(JSON.stringify(box));
    await page.keyboard.press("ArrowRight");
  }
  for (const [value, fills] of colours) expect([...fills], `value ${value}`).toHaveLength(1);
  expect(colours.size).toBeGreaterThan(8);
  expect(new Set(frames).size).toBe(1);
});

test("print: the map, legend colours and sources on one A4 page, controls left out", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#toolbar")).toBeHidden();
  await expect(page.locator("#legend")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});
