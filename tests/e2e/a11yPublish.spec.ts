// Publishing's views pass every axe rule: the author's panel (survey and imported data), an
// authored embed, and a link whose table cannot be shown. One short test per view and language.

import { violations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

const AUTHORED =
  "&title=Otsikko&desc=Kuvaus&notes=Huomautus&credit=L%C3%A4hde%3A%20X&byline=HS&highlight=county:01,90&classes=jenks:4&palette=viridis&decimals=1&unit=p.";

for (const lang of ["fi", "sv", "en"] as const) {
  test(`the author's panel over the survey passes every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}${AUTHORED}`);
    await mapReady(page);
    await page.locator("#author-button").click();
    await expect(page.locator("#author-highlighted li")).toHaveCount(2);
    expect(await violations(page), "author panel").toEqual([]);
  });

  test(`the author's panel over imported data, with custom breaks, passes every axe rule in ${lang}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.locator("#import-button").click();
    await page.locator("#import-text").fill("Kunta;Osuus %\nHelsinki;12,5\nEspoo;9,5\nVantaa;11\n");
    await page.locator("#import-show").click();
    await expect(page).toHaveURL(/#t=/, { timeout: 20_000 });
    await page.locator("#author-button").click();
    await page.locator("#author-classes").selectOption("custom");
    await expect(page.locator("#author-breaks")).toBeVisible();
    expect(await violations(page), "author panel, imported").toEqual([]);
  });

  test(`an authored embed passes every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&embed=1${AUTHORED}`);
    await mapReady(page);
    await expect(page.locator("#legend .legend-classes li")).toHaveCount(4);
    expect(await violations(page), "authored embed").toEqual([]);
  });

  test(`a link whose table cannot be shown passes every axe rule in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&data=local#t=AAAA`);
    await expect(page.locator("#status a")).toBeVisible({ timeout: 20_000 });
    expect(await violations(page), "link problem").toEqual([]);
  });
}
