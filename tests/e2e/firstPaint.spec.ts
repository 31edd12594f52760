import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

test("the SVG first paint and the GL map place every county label at the same pixel", async ({
  page,
}) => {
  await page.goto("./");
  await page.waitForFunction(() => performance.getEntriesByName("choropleth-painted").length > 0);
  const positions = () =>
    page.$$eval(".county-label", (labels) =>
      labels.map((l) => {
        const r = l.getBoundingClientRect();
        return [
          l.getAttribute("data-code"),
          Math.round(r.x + r.width / 2),
          Math.round(r.y + r.height / 2),
        ];
      }),
    );
  const svgPaint = await positions();
  expect(await page.locator("svg.svg-map").count()).toBe(1);
  await mapReady(page);
  await expect(page.locator("svg.svg-map")).toHaveCount(0);
  const gl = await positions();
  expect(gl).toHaveLength(22);
  gl.forEach((p, i) => {
    const s = svgPaint[i] ?? [];
    expect(Math.abs(Number(p[1]) - Number(s[1])), String(p[0])).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(p[2]) - Number(s[2])), String(p[0])).toBeLessThanOrEqual(1);
  });
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

  test("the SVG map stays, with a notice, and hover, click, details and table still work", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(page.locator("#status")).toContainText("Selain ei tue WebGL:ää");
    await expect(page.locator("svg.svg-map")).toHaveCount(1);
    const box = await page.locator('.county-label[data-code="21"]').boundingBox();
    if (!box) throw new Error("no label");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 50);
    await expect(page.locator("#tooltip")).toContainText("Lapin hyvinvointialue");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height + 50);
    await expect(page.locator("#side-panel h2")).toHaveText("Lapin hyvinvointialue");
    await page.getByRole("button", { name: "Taulukko" }).click();
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(22);
  });
});
