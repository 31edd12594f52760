import { readFileSync } from "node:fs";
import { bigMunicipalTable } from "../bigTable.ts";
import { expect, test } from "./fixtures.ts";
import { atlas, dropFile, expectNotice, expectSeen, mapReady } from "./helpers.ts";

const sample = (name: string) =>
  readFileSync(new URL(`../../public/data/samples/${name}`, import.meta.url));

test("dropping the county sample shades the counties by it; legend and table follow", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await dropFile(
    page,
    "esimerkki-hyvinvointialueet.csv",
    sample("esimerkki-hyvinvointialueet.csv"),
  );
  await expectNotice(
    page,
    "Näytetään tuotu aineisto ”esimerkki-hyvinvointialueet.csv” (hyvinvointialueittain)",
  );
  await expect(page).toHaveURL(/data=local/);
  await expect(page.locator("#legend h2")).toHaveText("Esimerkki A (keksitty)");
  await expect(page.locator("#legend")).toContainText(
    "Tuotu aineisto: esimerkki-hyvinvointialueet.csv",
  );
  await expect(page.getByLabel("Mittari").locator("option")).toHaveText([
    "Esimerkki A (keksitty)",
    "Esimerkki B (keksitty)",
  ]);
  await expect(page.locator('.county-label[data-code="20"] .label-value')).toHaveText("15,3");
  await page.getByRole("button", { name: "Taulukko" }).click();
  const table = page.getByRole("table");
  // Region, two metrics, the rank on the shown one, employment areas.
  await expect(table.locator("thead th")).toHaveCount(5);
  await expect(table.locator("tbody tr")).toHaveCount(22);
  await expect(table.locator('tbody tr[data-code="20"]')).toContainText("15,3");
});

test("dropping the employment-area sample shades the 45 areas, counties become outlines", async ({
  page,
}) => {
  await page.goto("./?lang=en");
  await mapReady(page);
  await dropFile(page, "esimerkki-tyollisyysalueet.csv", sample("esimerkki-tyollisyysalueet.csv"));
  await expectNotice(page, "by employment area");
  await expect(page.locator("#legend h2")).toHaveText("Esimerkki (keksitty)");
  await expect(page.locator(".county-label")).toHaveCount(0);
  await expect(page.locator("#map .employmentArea-label")).toHaveCount(45);
  await page.getByRole("button", { name: "Table" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(45);
  await expect(page.getByRole("table").locator("thead th").first()).toContainText(
    "Employment area",
  );
});

test("a file whose regions fit two levels asks which; the notes list each kind of problem once", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  const bad = "alue;arvo;toinen\nKainu;1;2\nLappi;kolme;3\nLappi;4;5\nAtlantis;1;1\n";
  await dropFile(page, "virheet.csv", bad);
  const issues = page.locator("#import-issues");
  await expect(issues.locator("li")).toHaveText([
    "Sarakkeen ”alue” alueet sopivat yhtä hyvin näihin tasoihin: hyvinvointialueet, maakunnat. Valitse taso alta.",
  ]);
  await expectSeen(issues.locator("li").first());
  // The map is as it was.
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
  await page.locator("#reading-level").selectOption("county");
  await page.locator("#reading-apply").click();
  await expect(page.locator("#legend h2")).toHaveText("arvo");
  const status = page.locator("#status");
  await expect(status).toContainText(
    "Tuntemattomat alueet jätettiin pois: 2 (rivit 2, 5): ”Kainu” (Tarkoititko ”Kainuu”?), ”Atlantis”.",
  );
  await expectSeen(status);
  await expect(status).toContainText(
    "Solut, jotka eivät ole lukuja, luettiin puuttuviksi: 1 (rivit 3; ”arvo: kolme”).",
  );
  await expect(status).toContainText(
    "Sama alue ja ajanjakso toistuu; ensimmäinen rivi käytettiin: 1 (rivit 4).",
  );
  await expect(page.locator('.county-label[data-code="21"] .label-value')).toHaveText("ei tietoa");
});

test("pasting a table works, the dataset survives a reload, and remove restores the survey", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await page.getByLabel("Liitä taulukko").fill("county\tIndex\n1\t5\n2\t7\nHelsinki\t9\n");
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toHaveText("Index");
  await expectNotice(page, "Tiedostosta puuttuvat alueet näytetään harmaina");
  await page.reload();
  await mapReady(page);
  await expect(page.locator("#legend h2")).toHaveText("Index");
  await expect(page.locator('.inset-label[data-code="90"] .label-value')).toHaveText("9");
  await page.getByRole("button", { name: "Poista tuotu aineisto" }).click();
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
  expect(page.url()).not.toContain("data=local");
  await expect(page.getByRole("button", { name: "Poista tuotu aineisto" })).toBeHidden();
});

test("a link to a local dataset opened elsewhere explains that the data is on another device", async ({
  page,
}) => {
  await page.goto("./?data=local&metric=c1");
  await mapReady(page);
  await expectNotice(page, "toisella laitteella");
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("an Excel export in Windows-1252 is read right", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  const latin1 = Buffer.from("alue;arvo\nPäijät-Häme;3,5\nLänsi-Uusimaa;2\n", "latin1");
  await dropFile(page, "excel.csv", latin1);
  await expect(page.locator("#legend h2")).toHaveText("arvo");
  await expect(page.locator('.county-label[data-code="09"] .label-value')).toHaveText("3,5");
});

test("when saving a new import fails, the table stored before is removed: a reload never shows a stale table", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await dropFile(page, "a.csv", "alue;Ensimmäinen\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n");
  await expect(page.locator("#legend h2")).toHaveText("Ensimmäinen");
  // Storage refuses the next table, as a full quota does.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("quota", "QuotaExceededError");
    };
  });
  await dropFile(page, "b.csv", "alue;Toinen\nLappi;5\nKainuu;6\nVantaa-Kerava;7\n");
  await expect(page.locator("#legend h2")).toHaveText("Toinen");
  await expectNotice(
    page,
    "Taulukkoa (0,0 Mt) ei voitu tallentaa tähän selaimeen (QuotaExceededError: quota)",
  );
  await expectNotice(page, "Aiemmin tallennettu taulukko poistettiin.");
  // The address carries the table on screen (#t=): a reload shows it, never the stale one.
  await expect(page).toHaveURL(/#t=/);
  await page.reload();
  await mapReady(page);
  await expect(page.locator("#legend h2")).not.toHaveText("Ensimmäinen");
  await expect(page.locator("#legend h2")).toHaveText("Toinen");
});

test("Back after an import and a metric change keeps the imported table, and Forward returns", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await dropFile(page, "a.csv", "alue;Yksi;Kaksi\nLappi;1;4\nKainuu;2;5\nVantaa-Kerava;3;6\n");
  await expect(page.locator("#legend h2")).toHaveText("Yksi");
  await page.getByLabel("Mittari").selectOption("c2");
  await expect(page).toHaveURL(/metric=c2/);
  await page.goBack();
  await expect(page).toHaveURL(/data=local/);
  await expect(page.locator("#legend h2")).toHaveText("Yksi");
  await page.goForward();
  await expect(page.locator("#legend h2")).toHaveText("Kaksi");
});

test("a link naming a metric the imported table does not have shows its first metric and complains once", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await dropFile(page, "a.csv", "alue;Yksi\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n");
  await expect(page.locator("#legend h2")).toHaveText("Yksi");
  // The notice comes once the file is stored.
  await expectNotice(page, "Luettu:");
  await page.goto("./?data=local&metric=c9");
  await mapReady(page);
  await expect(page.locator("#legend h2")).toHaveText("Yksi");
  await expectNotice(page, "metric=c9");
  expect(page.url()).not.toContain("metric=c9");
  await page.reload();
  await mapReady(page);
  await expect(page.locator("#status")).not.toContainText("metric=c9");
});

test("a file dropped while another is still being read is the one shown: the earlier reading stops and never replaces it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // About 6 MB of a municipal table: seconds of reading on this machine, against milliseconds
  // for the file dropped after it.
  const big = bigMunicipalTable(
    atlas.municipalities.map((m) => ({ code: m.code, name: m.name.fi })),
  );
  const slow = big.slice(0, big.lastIndexOf("\n", 6 * 1024 * 1024) + 1);
  await page.route("**/__slow.csv", (route) =>
    route.fulfill({ body: slow, contentType: "text/csv" }),
  );
  await page.goto("./");
  await mapReady(page);
  const title = await page.locator("#legend h2").textContent();
  await page.evaluate(async () => {
    const bytes = await (await fetch("/__slow.csv")).arrayBuffer();
    (window as unknown as { __slow: File }).__slow = new File([bytes], "hidas.csv");
  });
  const importWorker = page.waitForEvent("worker", (w) => /\/worker-[^/]*\.js$/.test(w.url()));
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add((window as unknown as { __slow: File }).__slow);
    document
      .getElementById("main")
      ?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  const first = await importWorker;
  const firstClosed = new Promise((resolve) => first.once("close", resolve));
  await dropFile(page, "otsikko.csv", "alue;arvo\n");
  const issues = page.locator("#import-issues li");
  await expect(issues).toHaveText(["Tiedostossa ei ole otsikkorivin lisäksi yhtään riviä."]);
  // The first reading's worker is gone; whatever would follow its result (two tasks and a
  // frame) has had its time when the page has run a task, a frame and another task since.
  await firstClosed;
  await page.evaluate(
    () =>
      new Promise((done) =>
        setTimeout(() => requestAnimationFrame(() => setTimeout(done, 100)), 0),
      ),
  );
  await expectSeen(page.locator("#import-dialog h2"));
  await expect(issues).toHaveText(["Tiedostossa ei ole otsikkorivin lisäksi yhtään riviä."]);
  await expect(page.locator("#legend h2")).toHaveText(title ?? "");
  await expect(page.locator("#status")).not.toContainText("hidas.csv");
});

test("the import dialog closed and opened again at once shows its fields, not an empty box", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await expectSeen(page.getByLabel("Liitä taulukko"));
  // The close event comes a task after the closing; the opening runs before it.
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>("#import-dialog button.close")?.click();
    document.getElementById("import-button")?.click();
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  await expectSeen(page.getByLabel("Liitä taulukko"));
  await expectSeen(page.getByRole("button", { name: "Näytä kartalla" }));
});
