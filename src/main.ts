// Entry point: loads the data, restores the view from the URL, and starts the app.
import "./styles.css";
import { startApp } from "./app.ts";
import { appData } from "./appData.ts";
import { loadCoreData } from "./data/load.ts";
import { isLang } from "./i18n/language.ts";
import { t } from "./i18n/messages.ts";
import { loadStoredTable } from "./import/storage.ts";
import { startEmbed } from "./share/embed.ts";
import { parseMapHash } from "./share/mapHash.ts";
import { parseModes } from "./share/modes.ts";
import { parseUrlState, urlSearch } from "./state/urlState.ts";
import { createStore } from "./state/viewState.ts";
import { h, replace } from "./ui/dom.ts";
import { importControls } from "./ui/importControls.ts";
import { showNotice } from "./ui/notice.ts";

const status = document.getElementById("status") as HTMLElement;
const urlLang = new URLSearchParams(location.search).get("lang");
const lang = isLang(urlLang) ? urlLang : "fi";

// MapLibre (over 1 MB of script) downloads and compiles while the data loads and the SVG
// map paints; it is not needed for the first paint.
const glModule = import("./map/mapAdapter.ts");
glModule.catch(() => undefined); // A failure is reported where the module is used.

async function boot(): Promise<void> {
  replace(status, t(lang, "loading"));
  status.hidden = false;
  try {
    const { atlas, survey } = await loadCoreData();
    const data = appData(atlas, survey);
    // A table imported earlier on this device, shown when the URL asks for it (data=local).
    const wantsLocal = new URLSearchParams(location.search).get("data") === "local";
    const stored = wantsLocal ? loadStoredTable() : null;
    const restored = stored
      ? (await import("./import/toDataset.ts")).datasetFromText(stored.text, stored.name, atlas)
      : null;
    const imported = restored?.ok ? restored.dataset : null;
    const known = {
      counties: new Set(data.counties.keys()),
      areas: new Set(data.areas.keys()),
      ...(imported ? { importedMetrics: new Set(imported.metrics.map((m) => m.id)) } : {}),
    };
    const parsed = parseUrlState(location.search, known);
    const store = createStore(parsed.state);
    store.subscribe((s) => {
      const search = urlSearch(s, location.search);
      if (search !== location.search)
        history.pushState(null, "", `${location.pathname}${search}${location.hash}`);
    });
    addEventListener("popstate", () => store.set(parseUrlState(location.search, known).state));
    const hash = parseMapHash(location.hash);
    const modes = parseModes(location.search);
    const ignored = [
      ...parsed.ignored,
      ...modes.ignored,
      ...(hash && "ignored" in hash ? [hash.ignored] : []),
    ];
    // The address keeps only what was used: a link copied now carries no bad value.
    if (ignored.length)
      history.replaceState(
        null,
        "",
        `${location.pathname}${urlSearch(parsed.state, location.search)}${hash && !("ignored" in hash) ? location.hash : ""}`,
      );
    if (modes.embed) startEmbed();
    const app = startApp(data, store, {
      glModule,
      position: hash && !("ignored" in hash) ? hash : null,
      modes,
      imported,
    });
    importControls(data, app, store);
    status.hidden = true;
    if (wantsLocal && !imported)
      showNotice(t(parsed.state.lang, "importElsewhere"), parsed.state.lang);
    else if (ignored.length)
      showNotice(
        t(parsed.state.lang, "ignoredParams", { list: ignored.join(", ") }),
        parsed.state.lang,
      );
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
