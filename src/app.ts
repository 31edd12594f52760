// Wires data, state, map and panels together; each piece renders from the current state.
import type { Topology } from "topojson-specification";
import type { AppData } from "./appData.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import { featureBounds } from "./map/bounds.ts";
import { mapGeometry, regionFeatures } from "./map/geojson.ts";
import { labelLayer } from "./map/labels.ts";
import { createAtlasMap } from "./map/mapAdapter.ts";
import { choropleth } from "./scales/choropleth.ts";
import { NO_DATA_COLOR } from "./scales/colorScale.ts";
import type { Store, ViewState } from "./state/viewState.ts";
import { renderAbout, type SourceEdition } from "./ui/about.ts";
import { renderAttribution } from "./ui/attribution.ts";
import { controls } from "./ui/controls.ts";
import { crossingsPanel } from "./ui/crossingsPanel.ts";
import { countyDetails } from "./ui/details.ts";
import { replace } from "./ui/dom.ts";
import { renderLegend } from "./ui/legend.ts";
import { labelAnchors, regionLabels } from "./ui/regionLabels.ts";
import { type Sort, tableView } from "./ui/tableView.ts";
import { tooltip } from "./ui/tooltip.ts";

const DETAIL_ZOOM = 7;
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export function startApp(data: AppData, store: Store): void {
  const geometry = mapGeometry(data.atlas.topology);
  const anchors = labelAnchors(geometry);
  const tip = tooltip(byId("tooltip"));
  const about = byId<HTMLDialogElement>("about-dialog");
  const sources =
    (data.atlas.topology as unknown as { meta?: { sources?: SourceEdition[] } }).meta?.sources ??
    [];
  let sort: Sort = { key: "county", descending: false };
  let shade = choropleth(data.survey, store.get().metric, store.get().scheme);
  const ctx = () => {
    const s = store.get();
    const metric =
      data.survey.meta.metrics.find((m) => m.id === s.metric) ?? data.survey.meta.metrics[0];
    if (!metric) throw new Error("the survey has no metrics");
    return { data, lang: s.lang, metric, choropleth: shade, overlay: s.areas };
  };

  const atlasMap = createAtlasMap(byId("map"), {
    geometry,
    onHover(info) {
      if (!info) return tip.hide();
      tip.show(
        { county: info.county, employmentArea: store.get().areas ? info.employmentArea : null },
        info,
        ctx(),
      );
    },
    onClick(info) {
      if (info.touch) {
        // On touch a first tap shows what hover shows; a second tap on the same county opens it.
        if (byId("tooltip").dataset.county !== info.county) {
          byId("tooltip").dataset.county = info.county ?? "";
          tip.show(
            { county: info.county, employmentArea: store.get().areas ? info.employmentArea : null },
            info,
            ctx(),
          );
          return;
        }
      }
      if (info.county)
        store.set({
          county: info.county,
          area: null,
          view: store.get().view === "table" ? "map" : store.get().view,
        });
    },
    onZoom(zoom) {
      if (zoom >= DETAIL_ZOOM) loadDetailed();
    },
  });
  atlasMap.setSmallSample(shade.smallSample);
  atlasMap.setCrossingAreas(data.crossings.map((c) => c.employmentArea));
  const labels = labelLayer(atlasMap.map);
  atlasMap.idle.then(() => performance.mark("map-interactive"));
  if (import.meta.env.DEV || new URLSearchParams(location.search).has("debug"))
    (globalThis as unknown as { atlasMap: unknown }).atlasMap = atlasMap;
  fetchJson<Topology>(DATA_FILES.neighbours)
    .then((n) => atlasMap.setNeighbours(regionFeatures(n, "neighbours")))
    .catch(() => undefined); // Context only: the map is complete without it.

  let detailRequested = false;
  function loadDetailed() {
    if (detailRequested) return;
    detailRequested = true;
    fetchJson<Topology>(DATA_FILES.detailed)
      .then((t) => atlasMap.setGeometry(mapGeometry(t)))
      .catch(() => undefined); // Stay on the default geometry.
  }

  const ui = controls(store, data.survey.meta, () => {
    renderAbout(about, store.get().lang, data.survey.meta, sources);
    about.showModal();
  });

  function renderPanels(s: ViewState) {
    const panel = byId("side-panel");
    const table = byId("table-view");
    table.hidden = s.view !== "table";
    if (s.view === "table")
      replace(
        table,
        tableView(data, s.lang, sort, (next) => {
          sort = next;
          renderPanels(store.get());
        }),
      );
    const content =
      s.view === "crossings"
        ? crossingsPanel(data, s.lang, { selected: s.area, onShow: (area) => store.set({ area }) })
        : s.county && s.view === "map"
          ? countyDetails(data, s.county, s.lang, {
              onClose: () => store.set({ county: null }),
              onArea: (area) => store.set({ area, view: "crossings" }),
            })
          : null;
    panel.hidden = !content;
    replace(panel, content);
  }

  function render(s: ViewState, previous: ViewState | null) {
    if (!previous || previous.metric !== s.metric || previous.scheme !== s.scheme)
      shade = choropleth(data.survey, s.metric, s.scheme);
    const c = ctx();
    ui.render();
    atlasMap.setCountyColors(shade.colors, NO_DATA_COLOR);
    atlasMap.setSelected(s.county);
    atlasMap.setOverlay(s.areas);
    renderLegend(byId("legend"), {
      ...c,
      meta: data.survey.meta,
      hasOutside: !!data.atlas.outside,
    });
    renderAttribution(byId("attribution"), s.lang);
    labels.set(
      regionLabels(data, anchors, c, {
        onFocus: (code, element) => {
          const box = element.getBoundingClientRect();
          const parent = byId("main").getBoundingClientRect();
          tip.show(
            { county: code, employmentArea: null },
            { x: box.right - parent.left, y: box.top - parent.top },
            ctx(),
          );
        },
        onBlur: () => tip.hide(),
        onOpen: (code) => store.set({ county: code, area: null }),
      }),
    );
    renderPanels(s);
    if (s.area && s.area !== previous?.area) {
      const area = geometry.employmentAreas.features.find((f) => f.properties.code === s.area);
      const bounds = area ? featureBounds(area) : null;
      if (bounds) atlasMap.fitTo(bounds);
    }
  }

  store.subscribe((s, previous) => render(s, previous));
  render(store.get(), null);
  requestAnimationFrame(() => performance.mark("choropleth-painted"));
}
