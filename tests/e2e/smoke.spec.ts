import { expect, test } from "./fixtures.ts";

test("the page shows its heading and the SVG map, with no error and no foreign request", async ({
  page,
  watch,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#map svg.svg-map:not(.svg-map-overlay)")).toBeVisible();
  await expect(page).toHaveTitle(/Hyvinvointialueet/);
  expect(await page.locator("html").getAttribute("lang")).toBe("fi");
  expect(watch.errors).toEqual([]);
});

test("dist/ ships no source maps and no file points to one (README, Hosting)", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const dir = new URL("../../dist/assets/", import.meta.url);
  const files = readdirSync(dir);
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of files.filter((f) => /\.(m?js|css)$/.test(f)))
    expect(readFileSync(new URL(f, dir), "utf8"), f).not.toContain("sourceMappingURL");
});
