// What a public body publishes with the map: notices and the statement linked from About, link previews, icons.
import { PNG } from "pngjs";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

test("About links the accessibility statement, the app's licence and every third-party licence", async ({
  page,
  request,
}) => {
  for (const [lang, about, statement] of [
    ["fi", "Tietoa kartasta", "saavutettavuus.html"],
    ["sv", "Om kartan", "tillganglighet.html"],
    ["en", "About this map", "accessibility.html"],
  ] as const) {
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    await page.getByRole("button", { name: about }).click();
    const links = page.locator("#about-dialog ul.notices a");
    await expect(links).toHaveCount(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs[0]).toMatch(new RegExp(`/${statement}$`));
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
  const notices = await (await request.get("./third-party-licences.txt")).text();
  expect(notices).toMatch(/^ {2}maplibre-gl 6\.\d+\.\d+ {2}BSD-3-Clause$/m);
  expect(notices).toContain(
    "Redistributions in binary form must reproduce the above copyright notice",
  );
  expect(await (await request.get("./LICENSE.txt")).text()).toMatch(/^MIT License/);
});

test("a shared link has a title, a description and a 1200 × 630 preview image", async ({
  page,
  request,
}) => {
  await page.goto("./");
  const og = (property: string) =>
    page.locator(`meta[property="${property}"]`).first().getAttribute("content");
  expect(await og("og:title")).toBe("Hyvinvointialueet ja työllisyysalueet");
  expect(await og("og:description")).toMatch(/^Kartta Suomen 22 hyvinvointialueesta/);
  const image = await request.get(new URL((await og("og:image")) ?? "", page.url()).href);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = PNG.sync.read(await image.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe(
    "summary_large_image",
  );
});

test("robots.txt allows crawling, and the 404 page leads back to the map in three languages", async ({
  page,
  request,
}) => {
  expect(await (await request.get("./robots.txt")).text()).toMatch(/^User-agent: \*\nAllow: \//);
  await page.goto("./404.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sivua ei löytynyt");
  await expect(page.locator('[lang="sv"] a, [lang="en"] a')).toHaveCount(2);
});

test("the app is installable: a manifest with real icons, and no installability error", async ({
  page,
  request,
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const installable = await context.newPage();
  await installable.goto(
    page.context().pages()[0] ? new URL("./", test.info().project.use.baseURL).href : "",
  );
  await mapReady(installable);
  await installable.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === "activated",
  );
  const cdp = await context.newCDPSession(installable);
  const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
    installabilityErrors: { errorId: string }[];
  };
  // Chromium's own check, as Lighthouse's former installable-manifest audit used. A test's browser
  // context is an incognito profile, where Chromium installs nothing: that one reason is expected.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
  const manifest = await (await request.get("./manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ start_url: "./", scope: "./", display: "standalone" });
  for (const icon of manifest.icons.filter((i: { type: string }) => i.type === "image/png")) {
    const png = PNG.sync.read(await (await request.get(`./${icon.src}`)).body());
    expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === "maskable")).toBe(true);
  await context.close();
});
