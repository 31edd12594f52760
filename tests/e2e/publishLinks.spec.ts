// A link's table is untrusted: cut or changed, it gives a clear message and no data; src= reads
// a table beside the app, and refuses any other origin by name, before any request.
import { expect, test } from "./fixtures.ts";
import { atlas, dropFile, mapReady } from "./helpers.ts";

/** A short table's link, made by the app itself. */
async function linkOf(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("./");
  await mapReady(page);
  await page.locator("#import-button").click();
  await page
    .locator("#import-text")
    .fill("Kunta;Vuosi;Osuus %\nHelsinki;2024;12,5\nEspoo;2024;9,5\n");
  await page.locator("#import-show").click();
  await expect(page).toHaveURL(/#t=/, { timeout: 20_000 });
  return page.url();
}

/** The page says why the link's table is not shown, and shows no map of data. */
async function refused(page: import("@playwright/test").Page, message: string | RegExp) {
  await expect(page.locator("#status")).toContainText(message, { timeout: 20_000 });
  await expect(page.locator("#status a")).toHaveAttribute("href", /\?lang=fi$/);
  await expect(page.locator(".svg-map")).toHaveCount(0);
  await expect(page.locator("#legend")).toBeEmpty();
}

test("a link whose table was cut short says so, and shows nothing as data", async ({
  page,
  context,
}) => {
  const link = await linkOf(page);
  const tab = await context.newPage();
  await tab.goto(link.slice(0, link.length - 12));
  await refused(tab, "Linkin taulukkoa ei voitu lukea: linkki on katkennut");
});

test("a link whose table was changed says so, and shows nothing as data", async ({
  page,
  context,
}) => {
  const link = await linkOf(page);
  const at = link.indexOf("#t=") + 20;
  const changed = link.slice(0, at) + (link[at] === "A" ? "B" : "A") + link.slice(at + 1);
  const tab = await context.newPage();
  await tab.goto(changed);
  await refused(tab, "Linkin taulukkoa ei voitu lukea");
});

test("src= from an origin not listed is refused by name, and never requested", async ({ page }) => {
  await page.goto("./?data=local&src=https://data.example.org/tyottomyys.csv");
  await refused(page, "Taulukkoa ei haettu osoitteesta https://data.example.org");
  // The watch fixture fails the test on any request beyond the app's origin.
});

test("src= that is not there, answered by the host's fallback page, is named a web page", async ({
  page,
}) => {
  // `vite preview`, like many hosts, answers a missing file with the app's page and 200.
  await page.goto("./?data=local&src=data/ei-ole.csv");
  await refused(page, /data\/ei-ole\.csv on verkkosivu eikä taulukko/);
});

test("src= beside the app is read as a file, and links keep src= instead of the table", async ({
  page,
}) => {
  await page.goto("./?data=local&src=data/samples/esimerkki-hyvinvointialueet.csv&metric=c2");
  await mapReady(page);
  await expect(page.locator("#legend h2")).toHaveText("Esimerkki B (keksitty)");
  await page.locator("#embed-button").click();
  await expect(page.locator("#embed-table-note")).toContainText(
    "Taulukko haetaan osoitteesta data/samples/esimerkki-hyvinvointialueet.csv",
  );
  const snippet = await page.locator("#embed-code").inputValue();
  expect(snippet).toContain("src=data%2Fsamples%2Fesimerkki-hyvinvointialueet.csv");
  expect(snippet).not.toContain("#t=");
});

test("a table too large for a link: the link carries the view's part, and the dialog offers src=", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // 308 municipalities × 20 years × 20 measures of noisy values: far beyond a link's 60 000 characters.
  const codes = atlas.regions.municipality.map((r) => r.code);
  let seed = 3;
  const noise = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const header = ["Kunta", "Vuosi", ...Array.from({ length: 20 }, (_, i) => `Mittari ${i + 1}`)];
  const lines = [header.join(";")];
  for (const code of codes)
    for (let year = 2005; year < 2025; year++)
      lines.push([code, year, ...header.slice(2).map(() => (noise() * 1e5).toFixed(2))].join(";"));
  await page.goto("./");
  await mapReady(page);
  await dropFile(page, "suuri.csv", lines.join("\n"));
  await expect(page).toHaveURL(/#t=/, { timeout: 30_000 });
  await page.locator("#embed-button").click();
  const note = page.locator("#embed-table-note");
  await expect(note).toContainText("Koko taulukko ei mahdu linkkiin");
  await expect(note).toContainText("valittu mittari");
  // The next option: the file on the app's origin, named by src=.
  await page.locator("#embed-src").fill("data/suuri.csv");
  await page.locator("#embed-src").press("Tab");
  await expect(page.locator("#embed-code")).toHaveValue(/src=data%2Fsuuri\.csv/);
  await expect(page.locator("#embed-code")).not.toHaveValue(/#t=/);
  // The author reloading the link on this device gets the whole table back, every metric.
  await page.reload();
  await mapReady(page);
  await expect(page.locator("#metric-select option")).toHaveCount(20);
});
