// Wires data, state, map and panels together: an SVG map paints first, the GL map replaces it when ready.
import type { Topology } from "topojson-specification";
import type { AppData } from "./appData.ts";
import { type Dataset, surveyDataset } from "./data/dataset.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import { t } from "./i18n/messages.ts";
import { featureBounds } from "./map/bounds.ts";
import { mapGeometry, regionFeatures } from "./map/geojson.ts";
import { labelLayer } from "./map/labels.ts";
import type { MapView, MapViewOptions } from "./map/mapView.ts";
import { COLORS } from "./map/style.ts";
import { mapHost } from "./mapHost.ts";
import { choropleth } from "./scales/choropleth.ts";
import { NO_DATA_COLOR } from "./scales/colorScale.ts";
import { formatMapHash, type MapPosition } from "./share/mapHash.ts";
import type { Modes } from "./share/modes.ts";
import type { Store, ViewState } from "./state/viewState.ts";
import { panels } from "./ui/panels.ts";
import { labelAnchors, refreshLabel, regionLabels } from "./ui/regionLabels.ts";
import { shareBar } from "./ui/shareBar.ts";
import { tooltip } from "./ui/tooltip.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export interface StartOptions {
  glModule: Promise<typeof import("./map/mapAdapter.ts")>;
  /** Map position from the URL hash; null for Finland fitted to the window. */
  position: MapPosition | null;
  modes: Modes;
  /** A table imported on this device (from storage), shown with `data=local`. */
  imported: Dataset | null;
}

/** What the rest of the page may change after start: the imported table. */
export interface App {
  setImported(dataset: Dataset | null): void;
}

export function startApp(data: AppData, store: Store, options: StartOptions): App {
  const { glModule, modes } = options;
  const survey = surveyDataset(
    data.survey,
    data.atlas.counties.map((c) => c.code),
  );
  let imported = options.imported;
  const dataset = () => (store.get().data === "local" && imported ? imported : survey);
  const crossingAreas = new Set(data.crossings.map((c) => c.employmentArea));
  const geometry = mapGeometry(data.atlas.topology, crossingAreas);
  const anchors = labelAnchors(geometry);
  const tip = tooltip(byId("tooltip"));
  const labels = labelLayer(byId("labels"));
  let shade = choropleth(dataset(), store.get().metric, store.get().scheme);
  let neighbours: GeoJSON.FeatureCollection | null = null;
  const ctx = () => {
    const s = store.get();
    return { data, dataset: dataset(), lang: s.lang, choropleth: shade, overlay: s.areas };
  };
  const showTip = (county: string | null, area: string | null, at: { x: number; y: number }) =>
    tip.show(
      { county, employmentArea: store.get().areas || dataset().level === "area" ? area : null },
      at,
      ctx(),
    );

  let lastTap: string | null = null;
  const viewOptions: MapViewOptions = {
    geometry,
    onHover: (info) => (info ? showTip(info.county, info.employmentArea, info) : tip.hide()),
    onClick(info) {
      // On touch a first tap shows what hover shows; a second tap on the same county opens it.
      if (info.touch && lastTap !== info.county) {
        lastTap = info.county;
        return showTip(info.county, info.employmentArea, info);
      }
      if (info.county)
        store.set({
          county: info.county,
          area: null,
          view: store.get().view === "table" ? "map" : store.get().view,
        });
    },
    onMove: () => labels.update(),
    onMoveEnd: (p) =>
      history.replaceState(null, "", `${location.pathname}${location.search}${formatMapHash(p)}`),
    position: options.position,
  };

  function applyMap(view: MapView, s: ViewState) {
    const byArea = dataset().level === "area";
    view.setCountyColors(byArea ? new Map() : shade.colors, byArea ? COLORS.land : NO_DATA_COLOR);
    view.setAreaColors(byArea ? shade.colors : null, NO_DATA_COLOR);
    view.setSmallSample(shade.smallSample);
    view.setSelected(s.county);
    view.setOverlay(s.areas);
    if (neighbours) view.setNeighbours(neighbours);
  }

  const maps = mapHost({
    container: byId("map"),
    view: viewOptions,
    apply: (view) => applyMap(view, store.get()),
    onShown: (view) => labels.setView(view),
    onGlReady: () => {
      const area = store.get().area;
      if (area) zoomToArea(area);
    },
    notice: (key) => {
      const status = byId("status");
      status.textContent = t(store.get().lang, key);
      status.classList.add("notice");
      status.hidden = false;
    },
    crossingAreas,
    initialStyle: () => ({
      smallSample: shade.smallSample,
      selected: store.get().county,
      overlay: store.get().areas,
    }),
  });
  labels.setView(maps.current());
  const ui = panels(data, store, dataset);
  const exportContext = () => ({ ...ctx(), date: new Date().toISOString().slice(0, 10) });
  const share = shareBar(store, {
    exportPng: async () =>
      (await import("./export/exportView.ts")).exportPng(
        maps.current(),
        byId("map"),
        exportContext(),
      ),
    exportCsv: async () => (await import("./export/exportView.ts")).exportCsv(exportContext()),
    present: () => present(),
  });
  async function present() {
    const { startPresenter } = await import("./present/presenter.ts");
    startPresenter(
      store,
      modes.slides,
      dataset().metrics.map((m) => m.id),
      () => labels.update(),
    );
    labels.update();
  }

  /** Language and overlay of the label elements on the map; other changes update them in place. */
  let builtLabels = "";
  let shownDataset: Dataset | null = null;
  function render(s: ViewState, previous: ViewState | null) {
    const changedData = shownDataset !== dataset();
    if (changedData || !previous || previous.metric !== s.metric || previous.scheme !== s.scheme)
      shade = choropleth(dataset(), s.metric, s.scheme);
    shownDataset = dataset();
    for (const view of maps.all()) applyMap(view, s);
    ui.render(ctx());
    share.render();
    const labelKey = `${s.lang}/${s.areas}/${dataset().kind}/${dataset().level}/${dataset().name}`;
    if (labelKey === builtLabels) {
      for (const element of document.querySelectorAll<HTMLElement>("#labels [data-code]"))
        refreshLabel(element, data, ctx());
    } else {
      builtLabels = labelKey;
      labels.set(
        regionLabels(data, anchors, ctx(), {
          onFocus: (level, code, element) => {
            const box = element.getBoundingClientRect();
            const parent = byId("main").getBoundingClientRect();
            const at = { x: box.right - parent.left, y: box.top - parent.top };
            if (level === "county") showTip(code, null, at);
            else showTip(null, code, at);
          },
          onBlur: () => tip.hide(),
          onOpen: (level, code) =>
            store.set(level === "county" ? { county: code, area: null } : { area: code }),
        }),
      );
    }
    if (s.area && s.area !== previous?.area) zoomToArea(s.area);
  }
  function zoomToArea(code: string) {
    const area = geometry.employmentAreas.features.find((f) => f.properties.code === code);
    const bounds = area ? featureBounds(area) : null;
    if (bounds) maps.current().fitTo(bounds);
  }

  store.subscribe((s, previous) => render(s, previous));
  render(store.get(), null);
  if (modes.present) present();
  requestAnimationFrame(() => performance.mark("choropleth-painted"));

  fetchJson<Topology>(DATA_FILES.neighbours)
    .then((n) => {
      neighbours = regionFeatures(n, "neighbours");
      for (const view of maps.all()) view.setNeighbours(neighbours);
    })
    .catch(() => undefined); // Context only: the map is complete without it.

  maps.startGl(glModule);
  return {
    setImported(next) {
      imported = next;
      const first = next?.metrics[0]?.id;
      if (next && first) store.set({ data: "local", metric: first, county: null, area: null });
      else store.set({ data: "survey", metric: survey.metrics[0]?.id ?? "meetings" });
      render(store.get(), store.get());
    },
  };
}
