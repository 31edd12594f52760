// The header and toolbar controls: language, metric, colour scheme, overlay, view, about.
import type { Dataset } from "../data/dataset.ts";
import type { Lang } from "../i18n/language.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
import type { Store, View } from "../state/store.ts";
import { h, replace, setText } from "./dom.ts";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Wires the static controls of index.html to the store; call `render` after each change. */
export function controls(store: Store, dataset: () => Dataset, onAbout: () => void) {
  const lang = byId<HTMLSelectElement>("lang-select");
  const metric = byId<HTMLSelectElement>("metric-select");
  const overlay = byId<HTMLInputElement>("overlay-toggle");
  const views = byId<HTMLElement>("views");
  const schemes = [...document.querySelectorAll<HTMLInputElement>('input[name="scheme"]')];

  lang.addEventListener("change", () => store.set({ lang: lang.value as Lang }));
  metric.addEventListener("change", () => store.set({ metric: metric.value }));
  overlay.addEventListener("change", () => store.set({ areas: overlay.checked }));
  for (const radio of schemes)
    radio.addEventListener(
      "change",
      () => radio.checked && store.set({ scheme: radio.value as "sequential" | "diverging" }),
    );
  for (const button of views.querySelectorAll<HTMLButtonElement>("button"))
    button.addEventListener("click", () => store.set({ view: button.dataset.view as View }));
  byId("about-button").addEventListener("click", onAbout);
  // On a phone the toolbar folds into a menu (a sheet at the bottom of the screen).
  const menu = byId<HTMLButtonElement>("menu-button");
  const setMenu = (open: boolean) => {
    document.documentElement.classList.toggle("menu-open", open);
    menu.setAttribute("aria-expanded", String(open));
  };
  menu.addEventListener("click", () => setMenu(menu.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && document.documentElement.classList.contains("menu-open"))
      setMenu(false);
  });

  const texts: [string, MessageKey][] = [
    ["app-title", "appTitle"],
    ["lang-label", "language"],
    ["metric-label", "metric"],
    ["scheme-label", "scheme"],
    ["scheme-sequential", "schemeSequential"],
    ["scheme-diverging", "schemeDiverging"],
    ["overlay-label", "overlay"],
    ["about-button", "about"],
    ["menu-button", "menu"],
  ];
  const viewKeys: Record<View, MessageKey> = {
    map: "viewMap",
    table: "viewTable",
    chart: "viewChart",
    crossings: "viewCrossings",
  };

  return {
    /** Shows the state; `metric` is the metric shown (the state may leave it to the data's first). */
    render(metricShown: string) {
      const s = store.get();
      document.documentElement.lang = s.lang;
      document.title = `${t(s.lang, "appTitle")} – ${t(s.lang, "viewMap").toLowerCase()}`;
      document
        .querySelector('meta[name="description"]')
        ?.setAttribute("content", t(s.lang, "metaDescription"));
      for (const [id, key] of texts) setText(byId(id), t(s.lang, key));
      // In presenter mode the question is the slide's title.
      const shownMetric = dataset().metrics.find((m) => m.id === metricShown);
      if (s.present && shownMetric) setText(byId("app-title"), shownMetric.text[s.lang]);
      // The subtitle names what is shown: the survey edition, or the imported table.
      const d = dataset();
      setText(
        byId("app-subtitle"),
        d.survey ? d.survey.subtitle[s.lang] : t(s.lang, "importSource", { name: d.name }),
      );
      lang.value = s.lang;
      // Options are rebuilt only when the language or the dataset changes.
      const key = `${s.lang}/${d.kind}/${d.name}`;
      if (metric.dataset.key !== key) {
        metric.dataset.key = key;
        replace(metric, ...d.metrics.map((m) => h("option", { value: m.id }, m.label[s.lang])));
      }
      metric.value = metricShown;
      overlay.checked = s.areas;
      for (const radio of schemes) radio.checked = radio.value === s.scheme;
      views.setAttribute("aria-label", t(s.lang, "view"));
      for (const button of views.querySelectorAll<HTMLButtonElement>("button")) {
        const view = button.dataset.view as View;
        setText(button, t(s.lang, viewKeys[view]));
        button.setAttribute("aria-pressed", String(view === s.view));
      }
      byId("map").setAttribute("aria-label", t(s.lang, "mapLabel"));
      setText(byId("map-keys"), t(s.lang, "mapKeys"));
      byId("legend").setAttribute("aria-label", t(s.lang, "legendTitle"));
    },
  };
}
