// The interface around the map: controls, legend, attribution, side panel, table view and about dialog.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { View } from "../scene/view.ts";
import type { Store } from "../state/store.ts";
import { renderAttribution } from "./attribution.ts";
import { controls } from "./controls.ts";
import { replace } from "./dom.ts";
import { importedControls } from "./importedControls.ts";
import { partLoader } from "./lazyPart.ts";
import { renderLegend } from "./legend.ts";
import { renderStory } from "./story.ts";
import type { Sort } from "./tableView.ts";

type SideViews = typeof import("./sideViews.ts");

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export function panels(data: AppData, store: Store, dataset: () => Dataset) {
  const about = byId<HTMLDialogElement>("about-dialog");
  let sort: Sort = { key: "region", descending: false, smallLast: false };
  let shown: View | null = null;
  let shownLegend = "";
  let shownSide = "";
  let shownDataset: Dataset | null = null;
  // The table, the crossings list, a county's details and the about dialog come in a chunk of
  // their own, on first use, or quietly at a reader's first sign of use, which comes before it:
  // a pointer's move, a finger's touch (a tap opens a county's details on its click), a key.
  const views = partLoader<SideViews>(
    "views",
    () => import("./sideViews.ts"),
    () => store.get().lang,
  );
  for (const type of ["pointermove", "pointerdown", "keydown"])
    document.addEventListener(type, () => views.prefetch(), { once: true, passive: true });

  const ui = controls(store, dataset, () =>
    views.use((v) => {
      v.renderAbout(about, store.get().lang, dataset().survey, data.atlas.sources);
      about.showModal();
    }),
  );

  const importedUi = importedControls(store, dataset);

  function renderSide() {
    const s = store.get();
    const panel = byId("side-panel");
    const table = byId("table-view");
    table.hidden = s.view !== "table";
    // A hidden table keeps no rows (a municipal one has hundreds): it is drawn again when shown.
    if (s.view !== "table") replace(table);
    const side = s.view === "crossings" || (s.county !== null && s.view === "map");
    if (!side) {
      panel.hidden = true;
      replace(panel);
    }
    if (s.view !== "table" && !side) return;
    // drawSide reads the state when the views are there: it may have moved on while they loaded.
    views.use(drawSide);
  }

  /** Draws the table or the side panel the state shows now (renderSide has cleared what it does not). */
  function drawSide(v: SideViews) {
    const s = store.get();
    const panel = byId("side-panel");
    const table = byId("table-view");
    if (s.view === "table" && shown)
      replace(
        table,
        v.tableView(shown, sort, {
          onSort(next) {
            sort = next;
            renderSide();
          },
        }),
      );
    const content =
      s.view === "crossings"
        ? v.crossingsPanel(data, s.lang, {
            selected: s.area,
            onShow: (area) => store.set({ area }),
            ...(shown ? { values: { dataset: dataset(), metric: shown.choropleth.metric } } : {}),
          })
        : s.county && s.view === "map"
          ? v.countyDetails(
              data,
              dataset(),
              s.county,
              s.lang,
              {
                onClose: () => store.set({ county: null }),
                onArea: (area) => store.set({ area, view: "crossings" }),
              },
              shown?.choropleth.metric.id,
            )
          : null;
    panel.hidden = !content;
    replace(panel, content);
  }

  return {
    render(ctx: View) {
      ui.render(ctx.choropleth.metric.id);
      importedUi.render(ctx.choropleth.metric.id);
      // The view in words, under the map for screen readers.
      const description = document.getElementById("map-description");
      if (description) description.textContent = ctx.description;
      renderStory(ctx);
      const metricChanged = shown?.choropleth.metric.id !== ctx.choropleth.metric.id;
      shown = ctx;
      if (
        !dataset().metrics.some((m) => m.id === sort.key) &&
        sort.key !== "region" &&
        sort.key !== "areas" &&
        sort.key !== "rank"
      )
        sort = { ...sort, key: "region", descending: false };
      // The legend and the source line are rebuilt only when what they show changes.
      const model = ctx.legend;
      const legendKey = JSON.stringify([ctx.lang, model, ctx.story]);
      const newData = ctx.dataset !== shownDataset;
      shownDataset = ctx.dataset;
      if (newData || legendKey !== shownLegend) {
        shownLegend = legendKey;
        renderLegend(byId("legend"), model, ctx.lang);
        renderAttribution(byId("attribution"), ctx.lang, data.atlas, ctx.dataset.survey, ctx.story);
      }
      const s = store.get();
      const sideKey = [s.lang, s.view, s.county, s.area, ctx.dataset.name, ctx.dataset.kind].join(
        "/",
      );
      if (
        newData ||
        sideKey !== shownSide ||
        (metricChanged && (s.view === "table" || (s.county !== null && !!ctx.dataset.imported)))
      ) {
        shownSide = sideKey;
        renderSide();
      }
    },
  };
}
