// The SVG map is the first view and answers at once; MapLibre loads only when the user asks for detail.
import { expect, test } from "./fixtures.ts";
import { expectNotice, glReady, hashZoom, loadGl, mapReady } from "./helpers.ts";

const labelPositions = (page: import("@playwright/test").Page) =>
  page.$$eval(".county-label", (labels) =>
    labels.map((l) => {
      const r = l.getBoundingClientRect();
      return [l.getAttribute("data-code"), r.x + r.width / 2, r.y + r.height / 2] as const;
    }),
  );

test("the first view loads no MapLibre, yet hover, click and keys work", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => scripts.push(r.url()));
  await page.goto("./");
  await mapReady(page);
  await page.waitForTimeout(500);
  expect(scripts.filter((u) => /mapAdapter|maplibre/.test(u))).toEqual([]);
  await expect(page.locator("svg.svg-map:not(.svg-map-overlay)")).toHaveCount(1);

  const box = await page.locator('.county-label[data-code="21"]').boundingBox();
  if (!box) throw new Error("no label");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 50);
  await expect(page.locator("#tooltip")).toContainText("Lapin hyvinvointialue");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height + 50);
  await expect(page.locator("#side-panel h2")).toHaveText("Lapin hyvinvointialue");

  // Keys on the focused map zoom it: the address takes the new position.
  await page.locator("#map").focus();
  await page.keyboard.press("+");
  await expect.poll(() => hashZoom(page)).toBeGreaterThan(4.5);
  // The first move brings the default geometry (the first view's is for country scale), not MapLibre's detail.
  await expect
    .poll(() => scripts.some((u) => new URL(u).pathname.endsWith("/data/finland-2025.topo.json")))
    .toBe(true);
});

test("the first view asks for its files at once: the survey comes with the page, each data file once", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("./");
  await mapReady(page);
  await page.waitForTimeout(500);
  const data = requests.filter((p) => p.includes("/data/"));
  expect(data.filter((p) => p.includes("/survey/"))).toEqual([]);
  // Each fetched once: the app's fetch of the topology reuses the page's preload.
  expect(data.sort()).toEqual([
    "/data/finland-2025-first.topo.json",
    "/data/neighbours-first.topo.json",
  ]);
  // Only the first view's shapes: no other level's, no detail.
  expect(requests.some((p) => /finland-2025(-detailed)?\.topo\.json/.test(p))).toBe(false);
});

test("the neighbouring countries are drawn on the map once they come, and what lies west of Lapland is Sweden", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  // Five countries, on the map and in the inset, after the first paint.
  await expect(page.locator('svg.svg-map [data-layer="neighbours"] path')).toHaveCount(5);
  await expect(page.locator('.map-inset [data-layer="neighbours"] path')).toHaveCount(5);
  // The drawn land west of Lapland's label, beyond the border, is a neighbour's, not sea.
  const box = await page.locator('.county-label[data-code="21"]').boundingBox();
  if (!box) throw new Error("no label");
  const under = await page.evaluate(
    ([x, y]) =>
      document
        .elementsFromPoint(x, y)
        .map((e) => e.closest("[data-layer]")?.getAttribute("data-layer"))
        .find(Boolean) ?? null,
    [box.x - 170, box.y + box.height / 2] as const,
  );
  expect(under).toBe("neighbours");
});

test("a wheel zoom moves the SVG map at once, then MapLibre takes over at the same place", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (r) => scripts.push(r.url()));
  await page.goto("./");
  await mapReady(page);
  const before = await labelPositions(page);
  await page.mouse.move(800, 600);
  await page.mouse.wheel(0, -300);
  // The SVG answers the gesture in the next frames, before any GL map exists.
  await expect.poll(async () => (await labelPositions(page))[0]?.[1]).not.toBe(before[0]?.[1]);
  await page.waitForTimeout(400);
  const svg = await labelPositions(page);
  await glReady(page);
  expect(scripts.some((u) => /mapAdapter/.test(u))).toBe(true);
  await expect(page.locator("svg.svg-map")).toHaveCount(0);
  await expect(page.locator("canvas.maplibregl-canvas")).toBeVisible();
  const gl = await labelPositions(page);
  gl.forEach((p, i) => {
    const s = svg[i];
    expect(Math.abs(p[1] - (s?.[1] ?? 0)), String(p[0])).toBeLessThanOrEqual(1);
    expect(Math.abs(p[2] - (s?.[2] ?? 0)), String(p[0])).toBeLessThanOrEqual(1);
  });
});

test("a gesture past the detail zoom fetches the detailed shapes once, before it rests, and no default shapes", async ({
  page,
}) => {
  const detailed: number[] = [];
  const atlas: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith("/data/finland-2025-detailed.topo.json")) detailed.push(Date.now());
    if (path.endsWith("/data/finland-2025.topo.json")) atlas.push(path);
  });
  await page.goto("./");
  await mapReady(page);
  await page.mouse.move(800, 600);
  // Four notches at once: the SVG map zooms past the detail zoom (7) in one gesture.
  await page.evaluate(() => {
    const map = document.getElementById("map") as HTMLElement;
    for (let i = 0; i < 4; i++)
      map.dispatchEvent(
        new WheelEvent("wheel", { deltaY: -300, clientX: 800, clientY: 600, bubbles: true }),
      );
  });
  await page.waitForFunction(() => performance.getEntriesByName("map-rest").length > 0);
  const rest = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName("map-rest")[0]?.startTime ?? 0),
  );
  expect(await hashZoom(page)).toBeGreaterThan(7);
  await page.waitForFunction(() => performance.getEntriesByName("detail-loaded").length > 0);
  await page.waitForTimeout(300);
  expect(detailed).toHaveLength(1);
  expect(detailed[0] ?? Number.POSITIVE_INFINITY).toBeLessThan(rest);
  expect(atlas).toEqual([]);
});

test("the GL map replaces the SVG without moving a label by more than a pixel", async ({
  page,
}) => {
  await page.goto("./?debug");
  await mapReady(page);
  const svg = await labelPositions(page);
  await loadGl(page);
  const gl = await labelPositions(page);
  expect(gl).toHaveLength(22);
  gl.forEach((p, i) => {
    const s = svg[i];
    expect(Math.abs(p[1] - (s?.[1] ?? 0)), String(p[0])).toBeLessThanOrEqual(1);
    expect(Math.abs(p[2] - (s?.[2] ?? 0)), String(p[0])).toBeLessThanOrEqual(1);
  });
});

test("a link beyond country scale opens with MapLibre at that place", async ({ page }) => {
  await page.goto("./?debug#7/60.3/24.9");
  await glReady(page);
  const zoom = await page.evaluate(() =>
    (globalThis as unknown as { atlasMap: { zoom(): number } }).atlasMap.zoom(),
  );
  expect(zoom).toBeCloseTo(7, 5);
});

test.describe("without WebGL", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type.startsWith("webgl")) return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
  });

  test("the SVG map stays the map: it zooms, and hover, click, details and table still work", async ({
    page,
  }) => {
    await page.goto("./");
    await mapReady(page);
    const before = await labelPositions(page);
    await page.getByRole("button", { name: /Lähennä/ }).click();
    await expectNotice(page, "Selain ei tue WebGL:ää");
    await expect(page.locator("svg.svg-map:not(.svg-map-overlay)")).toHaveCount(1);
    const after = await labelPositions(page);
    expect(after[0]?.[1]).not.toBe(before[0]?.[1]);
    const box = await page.locator('.county-label[data-code="13"]').boundingBox();
    if (!box) throw new Error("no label");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 20);
    await expect(page.locator("#tooltip")).toContainText("Pohjois-Savon hyvinvointialue");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height + 20);
    await expect(page.locator("#side-panel h2")).toHaveText("Pohjois-Savon hyvinvointialue");
    await page.getByRole("button", { name: "Taulukko" }).click();
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(22);
  });
});
