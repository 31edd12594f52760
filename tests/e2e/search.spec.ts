// The place search: keyboard only, by Finnish and Swedish name and by code; in the URL; framed on the map.
import { expect, test } from "./fixtures.ts";
import { hashZoom, mapReady } from "./helpers.ts";

// Each test loads the app more than once and frames a place: a minute, for a busy machine.
test.describe.configure({ timeout: 60_000 });

test("a municipality is found by keyboard alone, without its diacritics, and its regions are said", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  // The search comes right after the language and About in the tab order: keys alone reach it.
  for (
    let i = 0;
    i < 5 && !(await page.locator("#place-input").evaluate((e) => e === document.activeElement));
    i++
  )
    await page.keyboard.press("Tab");
  await expect(page.locator("#place-input")).toBeFocused();
  await page.keyboard.type("Jyvaskyla");
  const input = page.getByRole("combobox", { name: "Etsi kunta tai alue" });
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#place-options").getByRole("option").first()).toContainText(
    "Jyväskylä",
  );
  await page.keyboard.press("ArrowDown");
  await expect(input).toHaveAttribute("aria-activedescendant", "place-option-0");
  await expect(page.locator("#place-options").getByRole("option").first()).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/[?&]place=KU179\b/);
  await expect(input).toHaveValue("Jyväskylä");
  await expect(input).toHaveAttribute("aria-expanded", "false");
  const card = page.locator("#place-card");
  await expect(card).toContainText("Jyväskylä (Kunta 179)");
  await expect(card).toContainText("Hyvinvointialue: Keski-Suomen hyvinvointialue");
  await expect(card).toContainText("Työllisyysalue:");
  await expect(card).toContainText("Maakunta: Keski-Suomi");
  // Said in words for screen readers, in a polite live region.
  await expect(page.locator("#place-live")).toContainText(
    "Jyväskylä (Kunta 179). Hyvinvointialue:",
  );
  // Framed: the map zooms in from the whole country.
  await expect.poll(() => hashZoom(page)).toBeGreaterThan(7);
  // Outlined on the map, with its county, employment area and region.
  for (const layer of [
    "place",
    "place-within-county",
    "place-within-employmentArea",
    "place-within-maakunta",
  ])
    await expect(page.locator(`#map [data-layer="${layer}"]`).first()).toBeAttached();
});

test("Helsinki is found by its Swedish name and by its code with or without the zero", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  const input = page.locator("#place-input");
  await input.fill("Helsingfors");
  await expect(page.locator("#place-options").getByRole("option").first()).toContainText(
    "Helsinki (Helsingfors)",
  );
  for (const code of ["091", "91"]) {
    await input.fill(code);
    await expect(page.locator("#place-options").getByRole("option").first()).toContainText(
      "Helsinki",
    );
    await expect(page.locator("#place-options").getByRole("option").first()).toContainText(
      "Kunta 091",
    );
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]place=KU091\b/);
  // Escape closes the list, a second empties the field; Clear removes the highlight.
  await input.fill("Åbo");
  await expect(page.locator("#place-options").getByRole("option").first()).toContainText(
    "Turku (Åbo)",
  );
  await page.keyboard.press("Escape");
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(input).toHaveValue("");
  await page.getByRole("button", { name: "Poista korostus" }).click();
  await expect(page.locator("#place-card")).toBeHidden();
  await expect(page).not.toHaveURL(/place=/);
});

test("a linked place opens highlighted in Swedish, and a garbled one is named and dropped", async ({
  page,
}) => {
  await page.goto("./?lang=sv&place=TYA12");
  await mapReady(page);
  await expect(page.locator("#place-card")).toContainText("Sysselsättningsområde 12");
  await expect(page.locator("#place-input")).not.toHaveValue("");
  await page.goto("./?place=KU999");
  await mapReady(page);
  await expect(page.locator("#status")).toContainText("place=KU999");
  await expect(page).not.toHaveURL(/place=/);
  await expect(page.locator("#place-card")).toBeHidden();
});
