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
