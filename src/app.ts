// Wires data, state, map and panels together: an SVG map paints first, the GL map replaces it when ready.
import type { Topology } from "topojson-specification";
import type { AppData } from "./appData.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import { t } from "./i18n/messages.ts";
import { featureBounds } from "./map/bounds.ts";
import { mapGeometry, regionFeatures } from "./map/geojson.ts";
import { labelLayer } from "./map/labels.ts";
import type { MapView, MapViewOptions } from "./map/mapView.ts";
import { createSvgMap } from "./map/svgMap.ts";
import { choropleth } from "./scales/choropleth.ts";
import { NO_DATA_COLOR } from "./scales/colorScale.ts";
import { formatMapHash, type MapPosition } from "./share/mapHash.ts";
import type { Modes } from "./share/modes.ts";
import type { Store, ViewState } from "./state/viewState.ts";
import { panels } from "./ui/panels.ts";
import { labelAnchors, refreshCountyLabel, regionLabels } from "./ui/regionLabels.ts";
import { shareBar } from "./ui/shareBar.ts";
import { tooltip } from "./ui/tooltip.ts";

const DETAIL_ZOOM = 7;
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export interface StartOptions {
  glModule: Promise<typeof import("./map/mapAdapter.ts")>;
  /** Map position from the URL hash; null for Finland fitted to the window. */
  position: MapPosition | null;
  modes: Modes;
}

export function startApp(data: AppData, store: Store, options: StartOptions): void {
  const { glModule, modes } = options;
  const crossingAreas = new Set(data.crossings.map((c) => c.employmentArea));
  const geometry = mapGeometry(data.atlas.topology, crossingAreas);
  const anchors = labelAnchors(geometry);
  const tip = tooltip(byId("tooltip"));
  const labels = labelLayer(byId("labels"));
  let shade = choropleth(data.survey, store.get().metric, store.get().scheme);
  let neighbours: GeoJSON.FeatureCollection | null = null;
  const ctx = () => {
    const s = store.get();
    const metric =
      data.survey.meta.metrics.find((m) => m.id === s.metric) ?? data.survey.meta.metrics[0];
    if (!metric) throw new Error("the survey has no metrics");
    return { data, lang: s.lang, metric, choropleth: shade, overlay: s.areas };
  };
  const showTip = (county: string | null, area: string | null, at: { x: number; y: number }) =>
    tip.show({ county, employmentArea: store.get().areas ? area : null }, at, ctx());

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
    view.setCountyColors(shade.colors, NO_DATA_COLOR);
    view.setSmallSample(shade.smallSample);
    view.setSelected(s.county);
    view.setOverlay(s.areas);
    if (neighbours) view.setNeighbours(neighbours);
  }

  let view: MapView = createSvgMap(byId("map"), viewOptions);
  // The GL map while it loads under the SVG: every change goes to both.
  let loadingGl: MapView | null = null;
  labels.setView(view);
  const ui = panels(data, store);
  const exportContext = () => ({ ...ctx(), date: new Date().toISOString().slice(0, 10) });
  const share = shareBar(store, {
    exportPng: async () =>
      (await import("./export/exportView.ts")).exportPng(view, byId("map"), exportContext()),
    exportCsv: async () => (await import("./export/exportView.ts")).exportCsv(exportContext()),
    present: () => present(),
  });
  async function present() {
    const { startPresenter } = await import("./present/presenter.ts");
    startPresenter(store, modes.slides, () => labels.update());
    labels.update();
  }

  /** Language and overlay of the label elements on the map; other changes update them in place. */
  let builtLabels = "";
  function render(s: ViewState, previous: ViewState | null) {
    if (!previous || previous.metric !== s.metric || previous.scheme !== s.scheme)
      shade = choropleth(data.survey, s.metric, s.scheme);
    applyMap(view, s);
    if (loadingGl) applyMap(loadingGl, s);
    ui.render(ctx());
    share.render();
    const labelKey = `${s.lang}/${s.areas}`;
    if (labelKey === builtLabels) {
      for (const element of document.querySelectorAll<HTMLElement>("#labels .county-label"))
        refreshCountyLabel(element, data, ctx());
    } else {
      builtLabels = labelKey;
      labels.set(
        regionLabels(data, anchors, ctx(), {
          onFocus: (code, element) => {
            const box = element.getBoundingClientRect();
            const parent = byId("main").getBoundingClientRect();
            showTip(code, null, { x: box.right - parent.left, y: box.top - parent.top });
          },
          onBlur: () => tip.hide(),
          onOpen: (code) => store.set({ county: code, area: null }),
        }),
      );
    }
    if (s.area && s.area !== previous?.area) zoomToArea(s.area);
  }
  function zoomToArea(code: string) {
    const area = geometry.employmentAreas.features.find((f) => f.properties.code === code);
    const bounds = area ? featureBounds(area) : null;
    if (bounds) view.fitTo(bounds);
  }

  store.subscribe((s, previous) => render(s, previous));
  render(store.get(), null);
  if (modes.present) present();
  requestAnimationFrame(() => performance.mark("choropleth-painted"));

  fetchJson<Topology>(DATA_FILES.neighbours)
    .then((n) => {
      neighbours = regionFeatures(n, "neighbours");
      view.setNeighbours(neighbours);
      loadingGl?.setNeighbours(neighbours);
    })
    .catch(() => undefined); // Context only: the map is complete without it.

  startGl();

  /** Loads MapLibre, draws the same state under the SVG, and swaps when the GL map is idle. */
  async function startGl() {
    const notice = (message: string) => {
      const status = byId("status");
      status.textContent = message;
      status.classList.add("notice");
      status.hidden = false;
    };
    let gl: typeof import("./map/mapAdapter.ts");
    try {
      gl = await glModule;
      await gl.prepareWorker();
    } catch {
      return notice(t(store.get().lang, "noWebgl"));
    }
    let glView: ReturnType<typeof gl.createGlMap>;
    // MapLibre throws when it gets no WebGL context; a separate check would cost a context of its own.
    try {
      const s = store.get();
      glView = gl.createGlMap(byId("map"), viewOptions, {
        smallSample: shade.smallSample,
        selected: s.county,
        overlay: s.areas,
      });
      loadingGl = glView;
      applyMap(glView, store.get());
      await glView.idle;
    } catch {
      loadingGl = null;
      return notice(t(store.get().lang, "noWebgl"));
    }
    loadingGl = null;
    view.destroy();
    view = glView;
    labels.setView(glView);
    if (store.get().area) zoomToArea(store.get().area as string);
    performance.mark("map-interactive");
    let detailRequested = false;
    glView.onZoomEnd((zoom) => {
      if (zoom < DETAIL_ZOOM || detailRequested) return;
      detailRequested = true;
      fetchJson<Topology>(DATA_FILES.detailed)
        .then((topology) => glView.setGeometry(mapGeometry(topology, crossingAreas)))
        .catch(() => undefined); // Stay on the default geometry.
    });
    if (new URLSearchParams(location.search).has("debug"))
      (globalThis as unknown as { atlasMap: unknown }).atlasMap = glView;
  }
}
