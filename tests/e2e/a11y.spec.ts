import { createRequire } from "node:module";
import { dirname } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as bare, type Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { loadGl, mapReady } from "./helpers.ts";

const require = createRequire(import.meta.url);
/** The axe-core that @axe-core/playwright injects, and every one of its rules, experimental ones included. */
const axe = require(
  require.resolve("axe-core", { paths: [dirname(require.resolve("@axe-core/playwright"))] }),
) as { getRules(): { ruleId: string; tags: string[] }[] };
const ALL_RULES = axe.getRules().map((r) => r.ruleId);
const EXPERIMENTAL = axe
  .getRules()
  .filter((r) => r.tags.includes("experimental"))
  .map((r) => r.ruleId);

/** Runs every axe-core rule, experimental ones included, and returns the violations, summarised. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  const ran = [
    ...result.passes,
    ...result.inapplicable,
    ...result.incomplete,
    ...result.violations,
  ];
  // The experimental rules really ran: each is reported one way or another.
  for (const id of EXPERIMENTAL)
    expect(
      ran.map((r) => r.id),
      id,
    ).toContain(id);
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}

// One test per view and language: each is short, so a slow, busy machine never races the clock.
for (const lang of ["fi", "sv", "en"] as const)
  for (const view of ["", "&view=table", "&view=crossings", "&county=21", "&embed=1", "&present=1"])
    test(`the view "${view || "map"}" passes every axe rule in ${lang}`, async ({ page }) => {
      await page.goto(`./?lang=${lang}${view}`);
      await mapReady(page);
      if (view === "&present=1") await expect(page.locator("#slide-position")).toBeVisible();
      expect(await violations(page), `${lang}${view}`).toEqual([]);
    });

/** The municipal table of the import tests: two years, a share, an unknown name. */
const MUNICIPAL =
  "Kunta;Vuosi;Osuus %\nHelsinki;2023;1\nHelsinki;2024;2\nEspoo;2024;3\nAtlantis;2024;4\n";

// Each dialog and state its own test: short ones, never racing the clock on a busy machine.
for (const lang of ["fi", "sv", "en"] as const) {
  test(`the import dialog and its reading pass every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#import-button").click();
    await expect(page.locator("#import-dialog")).toBeVisible();
    expect(await violations(page), "import").toEqual([]);
    // A table whose level is a tie: the dialog lists the issue and offers the reading's choices.
    await page.locator("#import-text").fill("alue;arvo\nLappi;1\nKainuu;2\n");
    await page.locator("#import-show").click();
    await expect(page.locator("#reading-level")).toBeVisible();
    expect(await violations(page), "import reading").toEqual([]);
  });

  test(`imported municipal data and its notes pass every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#import-button").click();
    // Municipal data over two years: period, level and rule pickers, notes in the status line.
    await page.locator("#import-text").fill(MUNICIPAL);
    await page.locator("#import-show").click();
    await expect(page.locator("#period-field")).toBeVisible();
    await page.locator("#level-select").selectOption("county");
    await expect(page.locator("#rule-field")).toBeVisible();
    expect(await violations(page), "imported municipal data").toEqual([]);
    await page.locator("#notice-action").click();
    await expect(page.locator("#reading-notes")).toBeVisible();
    expect(await violations(page), "import notes").toEqual([]);
  });

  test(`the embed dialog with its preview passes every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#embed-button").click();
    await expect(page.locator("#embed-dialog")).toBeVisible();
    expect(await violations(page), "embed dialog").toEqual([]);
  });

  test(`the about dialog passes every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#about-button").click();
    expect(await violations(page), "about").toEqual([]);
  });
}

test("the GL map passes every axe rule too", async ({ page }) => {
  await page.goto("./?debug");
  await loadGl(page);
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

test("the phone layout with its menu open passes every axe rule", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Valikko" }).click();
  expect(await violations(page), "phone menu").toEqual([]);
});

test("an embed 360 px wide passes every axe rule", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./?embed=1&lang=sv");
  await mapReady(page);
  expect(await violations(page), "embed at 360 px").toEqual([]);
});

for (const [lang, query] of [
  ["fi", "Jyvaskyla"],
  ["sv", "Åbo"],
  ["en", "91"],
] as const)
  test(`the place search, open and with a place chosen, passes every axe rule in ${lang}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#place-input").fill(query);
    await page.keyboard.press("ArrowDown");
    expect(await violations(page), `${lang} list`).toEqual([]);
    await page.keyboard.press("Enter");
    await expect(page.locator("#place-card")).toBeVisible();
    expect(await violations(page), `${lang} card`).toEqual([]);
  });

test("the accessibility statements and the 404 page pass every axe rule", async ({ page }) => {
  for (const path of [
    "saavutettavuus.html",
    "tillganglighet.html",
    "accessibility.html",
    "404.html",
  ]) {
    await page.goto(`./${path}`);
    expect(await violations(page), path).toEqual([]);
  }
});

// A part that cannot load logs the failed request: the plain test, with uncaught errors still failing it.
for (const lang of ["fi", "sv", "en"] as const)
  bare(
    `a notice with Retry (a part that did not load) passes every axe rule in ${lang}`,
    async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.route(/\/assets\/importDialog-[^/]+\.js$/, (route) =>
        route.fulfill({ status: 404, body: "" }),
      );
      await page.goto(`./?lang=${lang}`);
      await mapReady(page);
      await page.locator("#import-button").click();
      await expect(page.locator("#status #notice-action")).toBeVisible();
      expect(await violations(page), `notice with Retry in ${lang}`).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

test("a notice that a stored record was damaged and removed passes every axe rule", async ({
  page,
}) => {
  await page.goto("./?lang=sv");
  await mapReady(page);
  await page.evaluate(() => sessionStorage.setItem("hyvinvointialueet-kartta:tab-import", "{"));
  await page.goto("./?lang=sv&data=local");
  await mapReady(page);
  await expect(page.locator("#status")).toContainText("skadade");
  expect(await violations(page), "damaged record notice").toEqual([]);
});

bare("the start-up watchdog passes every axe rule", async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) =>
    route.fulfill({ status: 404, body: "" }),
  );
  await page.goto("./?lang=en");
  await expect(page.locator("#watchdog")).toBeVisible({ timeout: 12_000 });
  expect(await violations(page), "watchdog").toEqual([]);
});
