// Entry point: loads the data, reads the view from the URL, and starts the app.
import "./styles.css";
import "./present/presenter.css";
import "./share/embed.css";
import type { Topology } from "topojson-specification";
import { startApp } from "./app.ts";
import { appData } from "./appData.ts";
import { NARROW_QUERY } from "./breakpoints.ts";
import { shownLevels } from "./data/importedDataset.ts";
import type { ImportedTable } from "./data/importedTable.ts";
import { SHADEABLE_LEVELS } from "./data/levels.ts";
import { DATA_FILES, fetchJson, loadCoreData, loadSurvey } from "./data/load.ts";
import type { Survey } from "./data/survey.ts";
import { isLang } from "./i18n/language.ts";
import { t } from "./i18n/messages.ts";
import { arrived } from "./map/geometrySource.ts";
import { startEmbed } from "./share/embed.ts";
import { finlandAspect } from "./share/embedAspect.ts";
import { createStore } from "./state/store.ts";
import { type Known, readUrl, URL_KEYS, writeUrl } from "./state/url.ts";
import { syncUrl } from "./state/urlSync.ts";
import { h, replace } from "./ui/dom.ts";
import { editionLoader } from "./ui/editions.ts";
import { importControls } from "./ui/importControls.ts";
import { showNotice } from "./ui/notice.ts";

// The script runs: the start-up watchdog's message (index.html) stays hidden.
document.documentElement.classList.add("started");
// The narrow layout puts the map first (styles.css, `.map-first`); so does a narrow embed.
// Presenting, the screen is the slide, and a wide embed fills its frame: never map first.
const narrow = matchMedia(NARROW_QUERY);
const mapFirst = () => {
  const root = document.documentElement.classList;
  root.toggle(
    "map-first",
    (narrow.matches || root.contains("embed")) &&
      !root.contains("presenting") &&
      !root.contains("embed-wide"),
  );
};
narrow.addEventListener("change", mapFirst);
new MutationObserver(mapFirst).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ["class"],
});
mapFirst();
const status = document.getElementById("status") as HTMLElement;
const params = new URLSearchParams(location.search);
const urlLang = params.get(URL_KEYS.lang);
const lang = isLang(urlLang) ? urlLang : "fi";

async function boot(): Promise<void> {
  replace(status, t(lang, "loading"));
  status.hidden = false;
  try {
    // Requested with the first view's files (the page preloads it): drawn from the first frame if in by then.
    const neighbours = arrived(fetchJson<Topology>(DATA_FILES.neighboursFirst));
    const { atlas, editions } = await loadCoreData();
    const data = appData(atlas, editions);
    // The edition the URL names, if it is one; else the default.
    const asked = params.get(URL_KEYS.edition);
    const edition =
      asked && asked !== editions.default && editions.editions.includes(asked) ? asked : null;
    const survey = await loadSurvey(edition ?? editions.default, atlas.regions.county);
    // A table imported earlier on this device, shown when the URL asks for it (data=local).
    const wantsLocal = params.get(URL_KEYS.data) === "local";
    const stored = wantsLocal
      ? await (await import("./import/storage.ts")).loadStoredImport()
      : null;
    const restored = stored
      ? await (await import("./import/restore.ts")).restoreImport(stored, atlas)
      : null;
    const imported = restored?.ok ? restored.table : null;
    const surveys = new Map<string, Survey>([[survey.meta.id, survey]]);
    const known = (table: ImportedTable | null): Known => ({
      counties: new Set(data.regions.county.keys()),
      areas: new Set(data.regions.employmentArea.keys()),
      regions: Object.fromEntries(
        SHADEABLE_LEVELS.map((level) => [level, new Set(data.regions[level].keys())]),
      ),
      editions: new Set(editions.editions.filter((e) => e !== editions.default)),
      surveyMetrics: new Map(
        [...surveys].map(([id, s]) => [
          id === editions.default ? "" : id,
          new Set(s.meta.metrics.map((m) => m.id)),
        ]),
      ),
      ...(table
        ? {
            importedMetrics: new Set(table.metrics.map((m) => m.id)),
            importedPeriods: new Set(table.periods),
            importedLevels: new Set(shownLevels(table)),
          }
        : {}),
    });
    const parsed = readUrl(location.search, location.hash, known(imported));
    const store = createStore({ ...parsed.state, imported, survey });
    // The address keeps only what was used: a link copied now carries no bad value.
    if (parsed.ignored.length)
      history.replaceState(
        null,
        "",
        `${location.pathname}${writeUrl(parsed.state, location.search)}`,
      );
    syncUrl(store, () => known(store.get().imported));
    editionLoader(store, editions, surveys, atlas.regions.county);
    const embed = parsed.modes.embed ? startEmbed(finlandAspect(atlas)) : null;
    startApp(data, store, parsed.modes, neighbours);
    importControls(data, store);
    embed?.start();
    status.hidden = true;
    const s = store.get();
    if (wantsLocal && !imported)
      showNotice(t(s.lang, stored ? "importStoredUnreadable" : "importElsewhere"), s.lang);
    else if (parsed.ignored.length)
      showNotice(t(s.lang, "ignoredParams", { list: parsed.ignored.join(", ") }), s.lang);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    replace(
      status,
      h("span", {}, t(lang, "loadError", { reason })),
      " ",
      h("button", { type: "button", onclick: () => location.reload() }, t(lang, "retry")),
    );
    status.classList.add("error");
  }
}

boot();
