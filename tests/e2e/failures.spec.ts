// Failure modes: each shows a clear message in the UI language and leaves the rest working.
// These use Playwright's plain test: a failed request logs a console error on purpose.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { recordCspViolations } from "./fixtures.ts";
import { expectNotice, expectSeen, loadGl, mapReady, withoutCarriedFiles } from "./helpers.ts";

test.beforeEach(async ({ page }) => {
  await recordCspViolations(page);
  page.on("pageerror", (e) => {
    throw new Error(`uncaught: ${e}`);
  });
});

test("a topology that fails to load says so, and Retry loads the map", async ({ page }) => {
  await page.route("**/finland-2025-first.topo.json", (route) => route.abort());
  await page.goto("./");
  const status = page.locator("#status");
  await expect(status).toContainText(
    "Kartan aineistoa ei voitu ladata: data/finland-2025-first.topo.json: network error",
  );
  await expectSeen(status);
  await page.unroute("**/finland-2025-first.topo.json");
  await status.getByRole("button", { name: "Yritä uudelleen" }).click();
  await mapReady(page);
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("a malformed topology or survey is named in the message, in the UI language", async ({
  page,
}) => {
  await page.route("**/finland-2025-first.topo.json", (route) =>
    route.fulfill({ body: "{not json", contentType: "application/json" }),
  );
  await page.goto("./?lang=en");
  await expectNotice(
    page,
    "The map data could not be loaded: data/finland-2025-first.topo.json: not valid JSON",
  );
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

  await page.unroute("**/finland-2025-first.topo.json");
  // The page carries the survey: without it, the app fetches the routed table.
  await withoutCarriedFiles(page);
  await page.route("**/kuntaliitto-2026.csv", (route) =>
    route.fulfill({ body: "county,meetings\nAtlantis,3\n", contentType: "text/csv" }),
  );
  await page.goto("./?lang=sv");
  await expectNotice(page, "Kartans data kunde inte laddas: missing metric columns");
});

test("a detailed geometry that fails to load leaves the default geometry on the map, with a notice", async ({
  page,
}) => {
  await page.route("**/finland-2025-detailed.topo.json", (route) => route.abort());
  const failed = page.waitForEvent("requestfailed", (r) => r.url().includes("detailed"));
  await page.goto("./#7.5/64/26");
  await mapReady(page);
  await failed;
  await expectNotice(page, "Tarkkoja rajoja ei voitu ladata");
  await expectSeen(page.locator("#status"));
  await expect(page.locator('.county-label[data-code="21"]')).toBeAttached();
});

test("a lost WebGL context brings back the SVG map with a notice, and it still answers hover", async ({
  page,
}) => {
  await page.goto("./?debug");
  await loadGl(page);
  await page.evaluate(() => {
    const canvas = (
      globalThis as unknown as { atlasMap: { map: { getCanvas(): HTMLCanvasElement } } }
    ).atlasMap.map.getCanvas();
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
  });
  await expectNotice(page, "WebGL-piirto keskeytyi");
  await expect(page.locator("svg.svg-map:not(.svg-map-overlay)")).toHaveCount(1);
  const box = await page.locator('.county-label[data-code="21"]').boundingBox();
  if (!box) throw new Error("no label");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 50);
  await expect(page.locator("#tooltip")).toContainText("Lapin hyvinvointialue");
});

test("without storage, an import still works for the session, with a notice that says so and why", async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "indexedDB"])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("storage refused", "SecurityError");
        },
      });
  });
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await page.getByLabel("Liitä taulukko").fill("alue;arvo\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n");
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toHaveText("arvo");
  await expectNotice(page, "ei voitu tallentaa tähän selaimeen (SecurityError: storage refused)");
});

test("script in an imported file's header or cells is shown as text and never runs", async ({
  page,
}) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  const header = '<img src=x onerror="window.__x=1">';
  await page
    .getByLabel("Liitä taulukko")
    .fill(
      `alue;${header}\n<script>alert(1)</script>;1\nLappi;javascript:alert(2)\nKainuu;${"9".repeat(5000)}\nVantaa-Kerava;3\n`,
    );
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  const status = page.locator("#status");
  await expect(status).toContainText(
    "Tuntemattomat alueet jätettiin pois: 1 (rivit 2): ”<script>alert(1)</script>”",
  );
  await expectSeen(status);
  await expect(status).toContainText("javascript:alert(2)");
  await expect(status).toContainText(
    "Liian suuret luvut (yli 10¹⁵) luettiin puuttuviksi: 1 (rivit 4)",
  );
  expect(await status.locator("script, img, a").count()).toBe(0);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await page.getByLabel("Liitä taulukko").fill(`alue;${header}\nLappi;1\nKainuu;2\n`);
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toHaveText(header);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("an imported header or region text that a spreadsheet would split into a formula exports as text", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await page
    .getByLabel("Liitä taulukko")
    .fill(
      'alue;"x;=HYPERLINK(""http://evil"")";"＝1+1"\nLappi;1;2\nKainuu;2;3\nVantaa-Kerava;3;4\n',
    );
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toHaveText('x;=HYPERLINK("http://evil")');
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa CSV" }).click();
  const csv = readFileSync(await (await downloading).path(), "utf8");
  const header = csv.split("\n")[0] ?? "";
  expect(header).toContain(`x;'=HYPERLINK`);
  expect(header).toContain("'＝1+1");
  // Split at every ";" (as a Finnish spreadsheet does): no piece starts a formula.
  for (const piece of csv.split(/[;,\n]/))
    expect(piece.replace(/^"/, "")).not.toMatch(/^\s*[=+@＝＋＠]/);
});

for (const [what, pattern] of [
  ["its script chunk", /\/assets\/mapAdapter-[^/]+\.js$/],
  ["its stylesheet", /\/assets\/mapAdapter-[^/]+\.css$/],
  ["its worker", /\/assets\/maplibre-gl-worker-[^/]+\.mjs$/],
] as const)
  test(`when MapLibre's ${what} cannot load, the notice says so (not "no WebGL") and the SVG map stays`, async ({
    page,
  }) => {
    page.removeAllListeners("pageerror");
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("./?debug");
    await mapReady(page);
    await page.evaluate(() =>
      (globalThis as unknown as { atlasHost: { requestGl(): void } }).atlasHost.requestGl(),
    );
    const status = page.locator("#status");
    await expect(status).toContainText("Tarkan kartan ohjelmaa ei voitu ladata", {
      timeout: 30_000,
    });
    await expectSeen(status);
    await expect(status).not.toContainText("WebGL");
    await expect(page.locator("svg.svg-map:not(.svg-map-overlay)")).toHaveCount(1);
  });

test("an imported header with characters XML forbids still exports a well-formed SVG and a PNG", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  const header = "arvo\u0001 \ufffe\ufffftesti\u001f";
  await page
    .getByLabel("Liitä taulukko")
    .fill(`alue;${header}\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n`);
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toContainText("testi");
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa SVG" }).click();
  const svg = readFileSync(await (await svgDownload).path(), "utf8");
  expect(svg).toContain("testi");
  const parsed = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, "image/svg+xml").getElementsByTagName("parsererror")
        .length,
    svg,
  );
  expect(parsed, "parser errors").toBe(0);
  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa PNG" }).click();
  expect((await pngDownload).suggestedFilename()).toMatch(/\.png$/);
  await expect(page.locator("#status")).not.toContainText("ei onnistunut");
});
