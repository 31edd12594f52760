// Layout for a newsroom: nothing covers a county, every county labelled, the map first on a phone,
// presenter mode for a hall, and a print of one A4 page.
import type { Page } from "@playwright/test";
import { uncoveredShares } from "./coverage.ts";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

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
      const shares = await uncoveredShares(page);
      expect(Object.keys(shares), `${width}`).toHaveLength(22);
      for (const [code, share] of Object.entries(shares))
        expect(share, `${mode} ${width} px, county ${code}`).toBeGreaterThanOrEqual(0.6);
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

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const)
  test(`presenter mode at ${width}×${height}: the question is the title, and no county label overlaps or is cut`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto("./?present=1&metric=planning");
    await mapReady(page);
    // Presenter mode has started (its code loads on demand) and its labels are measured again.
    await expect(page.locator("#slide-position")).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.locator("h1")).toHaveText(
      "Yhteistyön suunnitelmallisuus perustuen yhteisiin tavoitteisiin ja toimintamalleihin",
    );
    const labels = await visibleLabels(page);
    // A crowded label may give way in the larger presenter type; none overlaps, none is cut.
    const shown = new Set(labels.map((l) => l.code)).size;
    console.log(`presenter ${width}×${height}: ${shown} of 22 county labels shown`);
    expect(shown).toBeGreaterThanOrEqual(width >= 1920 ? 21 : 19);
    for (const l of labels) {
      expect(l.left, l.code).toBeGreaterThanOrEqual(0);
      expect(l.right, l.code).toBeLessThanOrEqual(width);
    }
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(overlaps(a, b), `${a.code} / ${b.code}`).toBe(false);
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
