import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { test as plain } from "@playwright/test";
import { PNG } from "pngjs";
import { expect, test } from "./fixtures.ts";
import { expectedColor, expectNotice, expectSeen, glReady, mapReady } from "./helpers.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a view set by clicking is restored exactly from its copied link in a new page", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByLabel("Kieli").selectOption("sv");
  await page.getByLabel("Mått").selectOption("planning");
  await page.getByLabel("Skillnad mot hela landets medelvärde").check();
  await page.getByLabel("Visa sysselsättningsområden").uncheck();
  await page.locator('.county-label[data-code="21"]').click();
  await expect(page.locator("#side-panel h2")).toHaveText("Lapplands välfärdsområde");
  await page.getByRole("button", { name: "Kopiera länk" }).click();
  await expectNotice(page, "Länken kopierades");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const copy = await context.newPage();
  await copy.goto(link);
  await mapReady(copy);
  await expect(copy.getByLabel("Språk")).toHaveValue("sv");
  await expect(copy.getByLabel("Mått")).toHaveValue("planning");
  await expect(copy.getByLabel("Skillnad mot hela landets medelvärde")).toBeChecked();
  await expect(copy.getByLabel("Visa sysselsättningsområden")).not.toBeChecked();
  await expect(copy.locator("#side-panel h2")).toHaveText("Lapplands välfärdsområde");
  await expect(copy.locator("#legend")).toContainText("Planmässighet");
  await copy.close();
});

test("back and forward step through views", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByLabel("Mittari").selectOption("planning");
  await page.getByLabel("Mittari").selectOption("openness");
  await page.getByRole("button", { name: "Taulukko" }).click();
  await page.goBack();
  await expect(page.locator("#table-view")).toBeHidden();
  await expect(page.getByLabel("Mittari")).toHaveValue("openness");
  await page.goBack();
  await expect(page.getByLabel("Mittari")).toHaveValue("planning");
  await expect(page.locator("#legend h2")).toHaveText("Suunnitelmallisuus");
  await page.goForward();
  await expect(page.getByLabel("Mittari")).toHaveValue("openness");
});

test("the map position lives in the hash and is restored from it", async ({ page }) => {
  await page.goto("./?debug#7/60.3/24.9");
  await glReady(page);
  const zoom = await page.evaluate(() =>
    (globalThis as unknown as { atlasMap: { zoom(): number } }).atlasMap.zoom(),
  );
  expect(zoom).toBeCloseTo(7, 5);
  await page.evaluate(() =>
    (
      globalThis as unknown as {
        atlasMap: { map: { zoomTo(z: number, o: object, e: object): void } };
      }
    ).atlasMap.map.zoomTo(8, { duration: 0 }, { originalEvent: {} }),
  );
  await expect(page).toHaveURL(/#8\/60\.3\/24\.9$/);
});

test("malformed parameters fall back to defaults with a notice, and nothing executes", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const xss = encodeURIComponent('<img src=x onerror="window.__xss=1">');
  await page.goto(
    `./?lang=xx&metric=${xss}&county=999&view=globe&areas=maybe&scheme=%3Cscript%3Ealert(1)%3C%2Fscript%3E#abc/def`,
  );
  await mapReady(page);
  const status = page.locator("#status");
  await expect(status).toContainText("Osoitteen virheelliset arvot ohitettiin");
  await expectSeen(status);
  for (const part of [
    "lang=xx",
    'metric=<img src=x onerror="window.__xss=1">',
    "county=999",
    "view=globe",
    "areas=maybe",
    "scheme=<script>alert(1)</script>",
    "#abc/def",
  ])
    await expect(status).toContainText(part);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(await status.locator("img, script").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await expect(page.getByLabel("Mittari")).toHaveValue("meetings");
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  expect(page.url()).not.toContain("lang=xx");
});

test("Download PNG gives a valid PNG of the view at twice its size, named by metric and date", async ({
  page,
}) => {
  await page.goto("./?metric=planning");
  await mapReady(page);
  const box = await page.locator("#map").boundingBox();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa PNG" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^hyvinvointialueet-planning-\d{4}-\d{2}-\d{2}\.png$/,
  );
  const png = PNG.sync.read(readFileSync(await download.path()));
  // The SVG export of the same view, at twice its size: the map, and the chart beside it.
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa SVG" }).click();
  const svg = readFileSync(await (await svgDownload).path(), "utf8");
  const [, width, height] = svg.match(/<svg[^>]*width="([\d.]+)" height="([\d.]+)"/) ?? [];
  expect(png.width).toBe(Math.round(Number(width) * 2));
  expect(png.height).toBe(Math.round(Number(height) * 2));
  expect(Number(width)).toBeGreaterThan(box?.width ?? 0);
});

test("Download CSV gives every county's values and the national row, in Finnish Excel's convention", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hyvinvointialueet-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\ufeff")).toBe(true);
  const lines = text
    .replace(/^\ufeff/, "")
    .trim()
    .split("\n");
  expect(lines[0]).toBe(
    "code;county;meetings;county_contacts;municipal_contacts;planning;shared_knowledge;openness;elected_officials;decision_openness;participation;respondents;employment_areas",
  );
  expect(lines).toHaveLength(24);
  expect(lines).toContain("90;Helsingin kaupunki;4;4;4;4;4;4;3;4;4;1;1");
  expect(lines[23]).toBe(";Kaikki vastaajat;3;2,8;3,8;2,7;2,6;2,7;2,7;2,6;2,6;486;45");
  // Read as a semicolon-and-decimal-comma reader reads it: the right numbers.
  const national = (lines[23] ?? "").split(";").map((cell) => Number(cell.replace(",", ".")));
  expect(national[3]).toBeCloseTo(2.8, 10);
  expect(national[11]).toBe(486);
});

test("Download CSV keeps the comma and the decimal point in English", async ({ page }) => {
  await page.goto("./?lang=en");
  await mapReady(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const lines = readFileSync(await (await downloading).path(), "utf8")
    .trim()
    .split("\n");
  expect(lines[23]).toBe(",All respondents,3,2.8,3.8,2.7,2.6,2.7,2.7,2.6,2.6,486,45");
});

test("presenter mode steps through the metrics with the keyboard and Esc leaves it", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Esitystila" }).click();
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.locator("#toolbar")).toBeHidden();
  // Each metric's map, then its ranked chart as a slide of its own.
  await expect(page.locator("#slide-position")).toContainText("Dia 1/20");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#slide-position")).toContainText("Dia 2/20");
  await expect(page.locator("#chart h2")).toHaveText(
    "Säännölliset tapaamiset hyvinvointialueittain",
  );
  await expect(page.locator("#legend")).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#slide-position")).toContainText("Dia 3/20");
  await expect(page.locator("#legend h2")).toHaveText("Vastuuhenkilöt hyvinvointialueella");
  await page.keyboard.press("Home");
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
  await page.keyboard.press("Escape");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(page.locator("#toolbar")).toBeVisible();
});

test("a presentation opens from its link with its own sequence of slides", async ({ page }) => {
  await page.goto("./?present=1&slides=planning,openness");
  await expect(page.locator("#slide-position")).toContainText("Dia 1/2");
  await expect(page.locator("#legend h2")).toHaveText("Suunnitelmallisuus");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#legend h2")).toHaveText("Avoimuus ja kumppanuus");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#slide-position")).toContainText("Dia 2/2");
});

test("the high-contrast option is a switch kept in the URL", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByLabel("Suuri kontrasti").check();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await expect(page).toHaveURL(/contrast=high/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await expect(page.getByLabel("Suuri kontrasti")).toBeChecked();
});

test("the embed dialog writes an iframe with an id, a title naming the metric, the sandbox escape for popups, and alt text", async ({
  page,
}) => {
  await page.goto("./?lang=en&metric=openness");
  await mapReady(page);
  await page.getByRole("button", { name: "Embed" }).click();
  const code = page.locator("#embed-code");
  await expect(code).toHaveValue(
    /^<iframe id="(hyka-\w+)" src="http:\/\/127\.0\.0\.1:\d+\/\?lang=en&amp;metric=openness&amp;embed=1&amp;embedId=\1" width="100%" height="\d+" title="Wellbeing services counties and employment areas: Openness/,
  );
  await expect(code).toHaveValue(
    /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/,
  );
  await expect(page.locator("#embed-alt")).toHaveValue(
    /^Openness.*, by county: highest .* \(.*\), lowest .*\. 5 employment areas cross county borders/,
  );
  await page.locator("#embed-width").selectOption("640");
  await expect(code).toHaveValue(/width="640"/);
});

plain(
  "the embedded map renders in a sandboxed iframe on another origin and posts its height",
  async ({ page, baseURL }) => {
    const app = new URL("./?embed=1&lang=en", baseURL).href;
    const host = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<!doctype html><title>Host</title><script>
      window.heights = [];
      addEventListener("message", (e) => { if (e.data && e.data.type === "hyvinvointialueet-kartta:height") window.heights.push(e.data.height); });
    </script><iframe src="${app}" width="600" height="700" title="Map" sandbox="allow-scripts allow-popups"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, "localhost", resolve));
    const port = (host.address() as { port: number }).port;
    try {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(`http://localhost:${port}/`);
      const frame = page.frameLocator("iframe");
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
        "Wellbeing services counties and employment areas",
      );
      await expect(frame.locator("#legend")).toContainText("Regular meetings");
      await expect(frame.getByRole("link", { name: "Open the full map" })).toHaveAttribute(
        "href",
        /lang=en/,
      );
      await expect(frame.locator("#toolbar")).toBeHidden();
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { heights: number[] }).heights.length),
        )
        .toBeGreaterThan(0);
      const heights = await page.evaluate(
        () => (window as unknown as { heights: number[] }).heights,
      );
      expect(heights.at(-1)).toBeGreaterThanOrEqual(300);
      const inner = page.frames().find((f) => f.url().includes("embed=1"));
      await inner?.waitForFunction(
        () => performance.getEntriesByName("map-interactive").length > 0,
        null,
        { timeout: 20_000 },
      );
      expect(errors).toEqual([]);
    } finally {
      host.close();
    }
  },
);

test("Download SVG gives valid SVG with the title, legend and source, each county in the map's colour", async ({
  page,
}) => {
  await page.goto("./?metric=planning");
  await mapReady(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa SVG" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^hyvinvointialueet-planning-\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = readFileSync(await download.path(), "utf8");
  // Parsed by the browser as an SVG document: no parser error.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.querySelector("parsererror")) return null;
    const fills: Record<string, string> = {};
    for (const path of doc.querySelectorAll('[data-layer="region-fill"] [data-code]'))
      fills[path.getAttribute("data-code") ?? ""] = path.getAttribute("fill") ?? "";
    return {
      root: doc.documentElement.tagName,
      fills,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg);
  expect(parsed).not.toBeNull();
  expect(parsed?.root).toBe("svg");
  expect(parsed?.text).toContain("Suunnitelmallisuus");
  expect(parsed?.text).toContain("Tilastokeskus");
  const hex = ([r, g, b]: [number, number, number]) =>
    `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  const toHex = (css: string) => {
    const m = css.match(/rgb\((\d+), ?(\d+), ?(\d+)\)/);
    return m ? hex([Number(m[1]), Number(m[2]), Number(m[3])]) : css.toLowerCase();
  };
  for (const county of ["01", "08", "21", "90"])
    expect(toHex(parsed?.fills[county] ?? ""), county).toBe(
      hex(expectedColor(county, "planning", "sequential")),
    );
});
