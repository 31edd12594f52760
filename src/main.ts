// Entry point: loads the data, reads the view from the URL, and starts the app.
import "./styles.css";
import "./share/embed.css";
import type { Topology } from "topojson-specification";
import { startApp } from "./app.ts";
import { appData } from "./appData.ts";
import { NARROW_QUERY } from "./breakpoints.ts";
import type { Atlas } from "./data/atlas.ts";
import { shownLevels } from "./data/importedDataset.ts";
import type { ImportedTable } from "./data/importedTable.ts";
import { SHADEABLE_LEVELS } from "./data/levels.ts";
import { DATA_FILES, fetchJson, loadCoreData, loadSurvey } from "./data/load.ts";
import type { Survey } from "./data/survey.ts";
import { tf } from "./i18n/failureMessages.ts";
import { isLang, type Lang } from "./i18n/language.ts";
import { t } from "./i18n/messages.ts";
import { listOf } from "./i18n/plural.ts";
import type { Restored } from "./import/restore.ts";
import { arrived } from "./map/geometrySource.ts";
import { afterFirstView, mayKeepOffline } from "./offline/offlineSupport.ts";
import { LISTED_ORIGINS } from "./publish/buildOrigins.ts";
import { splitFragment } from "./publish/fragment.ts";
import { linkSync } from "./publish/linkSync.ts";
import { placeExists } from "./search/placeRef.ts";
import { startEmbed } from "./share/embed.ts";
import { finlandAspect } from "./share/embedAspect.ts";
import { createStore } from "./state/store.ts";
import { type Known, readUrl, URL_KEYS, writeUrl } from "./state/url.ts";
import { syncUrl } from "./state/urlSync.ts";
import { h, replace } from "./ui/dom.ts";
import { editionLoader } from "./ui/editions.ts";
import { importControls } from "./ui/importControls.ts";
import { partFailed } from "./ui/lazyPart.ts";
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
/** The address the page was opened with (the app rewrites it as the view changes). */
const search = location.search;

/** The stored table's restoring: what it gave, or why its code could not load. */
interface Restoring {
  restored: Restored | null;
  error: unknown;
}

/** Restores this tab's stored import; its code failing to load is reported, never thrown. */
async function restoreLocal(atlas: Atlas): Promise<Restoring> {
  try {
    const { restoreStored } = await import("./import/restore.ts");
    return { restored: await restoreStored(atlas), error: null };
  } catch (error) {
    return { restored: null, error };
  }
}

/** Says why the table the link asked for is not shown: its code did not load, or what storage held. */
function reportRestore(restoring: Restoring, lang: Lang, retry: () => void): void {
  const problem = restoring.restored?.problem;
  if (!problem) {
    partFailed("restore", lang, restoring.error, retry);
    return;
  }
  const text =
    problem.kind === "none"
      ? t(lang, "importElsewhere")
      : problem.kind === "damaged"
        ? tf(lang, "storedDamaged")
        : problem.kind === "unreadable"
          ? t(lang, "importStoredUnreadable")
          : tf(lang, problem.kind === "unsaved" ? "storedUnsaved" : "storedGone", {
              name: problem.name,
            });
  showNotice(text, lang);
}

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
    // A table the link brings (the fragment's t=, or src=): shown as the author showed it, or
    // a message that says why not, and nothing else as data.
    const wantsLocal = params.get(URL_KEYS.data) === "local";
    const linkTable = splitFragment(location.hash).table;
    const src = params.get(URL_KEYS.src);
    const linked =
      wantsLocal && (linkTable !== null || src !== null)
        ? await (await import("./publish/openLinked.ts")).openLinked(
            { table: linkTable, src },
            atlas,
            lang,
            location.href,
            LISTED_ORIGINS,
          )
        : null;
    if (linked && !linked.ok) return linkProblem(linked.message);
    // The author reloading a link made here: the whole table kept on this device, where it is the same.
    const own =
      linked?.ok && !linked.src && linkTable
        ? await import("./publish/ownCopy.ts")
            .then(({ ownCopy }) =>
              ownCopy(
                linkTable,
                {
                  metric: params.get(URL_KEYS.metric) ?? "",
                  period: params.get(URL_KEYS.period),
                  dims: Object.fromEntries(
                    params
                      .getAll(URL_KEYS.dim)
                      .map((d) => [d.split(":")[0], d.slice(d.indexOf(":") + 1)]),
                  ),
                },
                atlas,
              ),
            )
            // Its code or the storage failing leaves the link's own part of the table: shown as is.
            .catch(() => null)
        : null;
    // Else a table imported earlier on this device, shown when the URL asks for it (data=local).
    // Reading it never stops the map: a part that cannot load, or a record that fails, is a notice.
    const restoring = wantsLocal && !linked ? await restoreLocal(atlas) : null;
    const imported = own ?? (linked?.ok ? linked.table : (restoring?.restored?.table ?? null));
    const surveys = new Map<string, Survey>([[survey.meta.id, survey]]);
    const known = (table: ImportedTable | null): Known => ({
      counties: new Set(data.regions.county.keys()),
      areas: new Set(data.regions.employmentArea.keys()),
      regions: Object.fromEntries(
        SHADEABLE_LEVELS.map((level) => [level, new Set(data.regions[level].keys())]),
      ),
      editions: new Set(editions.editions.filter((e) => e !== editions.default)),
      place: (ref) => placeExists(atlas, ref),
      defaultEdition: editions.default,
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
            importedDimensions: new Map(table.dimensions.map((d) => [d.id, d.categories])),
            ...(linked?.ok && linked.src && table === linked.table
              ? { importedSrc: linked.src }
              : {}),
          }
        : {}),
    });
    const parsed = readUrl(location.search, location.hash, known(imported));
    const store = createStore({ ...parsed.state, imported, survey });
    // The address keeps only what was used: a link copied now carries no bad value, nor a default.
    if (parsed.ignored.length || parsed.dropped.length)
      history.replaceState(
        null,
        "",
        `${location.pathname}${writeUrl(parsed.state, location.search, parsed.modes)}`,
      );
    syncUrl(store, () => known(store.get().imported));
    linkSync(store, own ? null : imported);
    editionLoader(store, editions, surveys, atlas.regions.county);
    const embed = parsed.modes.embed ? startEmbed(finlandAspect(atlas)) : null;
    startApp(data, store, parsed.modes, neighbours);
    importControls(data, store);
    embed?.start();
    status.hidden = true;
    // Offline use: its code loads once the first view is drawn and the page is idle; a new
    // version is announced, never forced. An embed keeps nothing (said as User Timing).
    if (mayKeepOffline(parsed.modes.embed))
      afterFirstView(() =>
        import("./offline/register.ts")
          .then((m) => m.registerOffline(store))
          .catch(() => undefined),
      );
    else performance.mark("offline-skipped");
    const s = store.get();
    if (restoring && !imported) {
      const retry = async () => {
        const again = await restoreLocal(atlas);
        const table = again.restored?.table;
        if (table) {
          // The view the link named, now that its table is here.
          const { position: _position, ...view } = readUrl(search, "", known(table)).state;
          store.set({ ...view, imported: table });
        } else reportRestore(again, store.get().lang, retry);
      };
      reportRestore(restoring, s.lang, retry);
    } else if (parsed.ignored.length)
      showNotice(t(s.lang, "ignoredParams", { list: listOf(s.lang, parsed.ignored) }), s.lang);
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

/** A link whose table cannot be shown: the reason, and a way to the map without it. */
async function linkProblem(message: string): Promise<void> {
  const { tp } = await import("./i18n/publishMessages.ts");
  const plain = new URLSearchParams();
  plain.set(URL_KEYS.lang, lang);
  replace(
    status,
    h("strong", {}, tp(lang, "linkProblemTitle")),
    " ",
    h("span", { id: "link-problem" }, message),
    " ",
    // In an embed the map opens in a tab of its own (the sandbox lets popups out, not the frame).
    h(
      "a",
      {
        href: `${location.pathname}?${plain}`,
        ...(window.parent !== window ? { target: "_blank", rel: "noopener" } : {}),
      },
      tp(lang, "linkOpenPlain"),
    ),
  );
  status.classList.add("error");
  status.hidden = false;
}

boot();
