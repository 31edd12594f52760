import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { loadGl, mapReady } from "./helpers.ts";

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and returns the violations, summarised. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}

test("the map view has no accessibility violations", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  expect(await violations(page)).toEqual([]);
});

test("the table, crossings and details views have no accessibility violations", async ({
  page,
}) => {
  await page.goto("./?view=table");
  await mapReady(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Rajat ylittävät alueet" }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Kartta" }).click();
  await page.locator('.county-label[data-code="21"]').click();
  await expect(page.locator("#side-panel h2")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the import, embed and about dialogs have no accessibility violations", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  expect(await violations(page)).toEqual([]);
  await page.locator("#import-dialog").getByRole("button", { name: "Sulje" }).click();
  await page.getByRole("button", { name: "Upota" }).click();
  expect(await violations(page)).toEqual([]);
  await page.locator("#embed-dialog").getByRole("button", { name: "Sulje" }).click();
  await page.getByRole("button", { name: "Tietoa kartasta" }).click();
  expect(await violations(page)).toEqual([]);
});

test("embed and presenter modes have no accessibility violations", async ({ page }) => {
  await page.goto("./?embed=1");
  await mapReady(page);
  expect(await violations(page)).toEqual([]);
  await page.goto("./?present=1");
  await mapReady(page);
  expect(await violations(page)).toEqual([]);
});

for (const theme of ["dark", "high-contrast"] as const)
  test(`text contrast passes WCAG AA in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
    await page.goto(theme === "dark" ? "./?view=crossings" : "./?contrast=high&view=crossings");
    await mapReady(page);
    expect(await violations(page)).toEqual([]);
  });

test("every control is reachable by keyboard, with a visible focus", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        id: el.id || el.getAttribute("data-code") || el.textContent?.trim().slice(0, 20),
        outline: style.outlineStyle,
      };
    });
    if (focused) {
      reached.add(String(focused.id));
      expect(focused.outline, `focus ring on ${focused.id}`).not.toBe("none");
    }
  }
  for (const id of [
    "lang-select",
    "about-button",
    "metric-select",
    "overlay-toggle",
    "contrast-toggle",
    "copy-link",
    "import-button",
  ])
    expect(reached, id).toContain(id);
  expect([...reached].filter((id) => /^\d\d$/.test(id)).length).toBeGreaterThan(10); // county labels
});

test("with reduced motion asked for, zooming to an area jumps instead of flying", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?view=crossings&debug");
  await loadGl(page);
  const zoom = () =>
    page.evaluate(() =>
      (globalThis as unknown as { atlasMap: { zoom(): number } }).atlasMap.zoom(),
    );
  const before = await zoom();
  await page.getByRole("button", { name: "Kerava-Sipoo" }).click();
  // A jump lands within a frame or two; the default flight takes about a second.
  await page.waitForTimeout(120);
  expect(await zoom()).toBeGreaterThan(before + 2);
});
