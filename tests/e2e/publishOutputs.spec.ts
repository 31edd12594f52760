// The author's words, highlight and classes in every output: the SVG picture and presenter mode.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

const AUTHORED =
  "title=%3Cb%3EOtsikko%3C%2Fb%3E&notes=Huomautus%20yksi&credit=L%C3%A4hde%3A%20Kuntaliitto&byline=HS&highlight=county:01&classes=quantile:3&palette=cividis";

test("the SVG picture carries the author's title as text, the notes, the highlight and the classes", async ({
  page,
}) => {
  await page.goto(`./?${AUTHORED}`);
  await mapReady(page);
  // Markup typed as a title stays text on the page.
  await expect(page.locator("#app-title")).toHaveText("<b>Otsikko</b>");
  await expect(page.locator("#app-title b")).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.locator("#svg-button").click();
  const svg = readFileSync((await (await download).path()) as string, "utf8");
  expect(svg).toContain("&lt;b&gt;Otsikko&lt;/b&gt;");
  expect(svg).not.toContain("<b>");
  expect(svg).toContain("Huomautus yksi");
  expect(svg).toContain("Lähde: Kuntaliitto");
  expect(svg).toContain("Tekijä: HS");
  expect(svg.match(/data-class="/g)).toHaveLength(3);
  expect(svg).toContain('data-layer="highlight"');
});

test("presenter mode shows the author's title, and its address keeps the author's choices", async ({
  page,
}) => {
  await page.goto(`./?${AUTHORED}&present=1`);
  await mapReady(page);
  await expect(page.locator("#slide-position")).toBeVisible();
  await expect(page.locator("#app-title")).toHaveText("<b>Otsikko</b>");
  await expect(page.locator("#legend .legend-classes li")).toHaveCount(3);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/classes=quantile%3A3/);
  await expect(page).toHaveURL(/title=/);
});
