// Composes the app: store → scene → map and labels, and the panels around them. No logic of its own.
import type { AppData } from "./appData.ts";
import { type Dataset, surveyDataset } from "./data/dataset.ts";
import type { LevelId } from "./data/levels.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import { t } from "./i18n/messages.ts";
import { featureBounds } from "./map/bounds.ts";
import { regionFeatures } from "./map/geometry.ts";
import { insetView } from "./map/insetView.ts";
import { labelLayer } from "./map/labels.ts";
import type { MapPointer, MapView } from "./map/mapView.ts";
import { mapHost } from "./mapHost.ts";
import { type Choropleth, choropleth } from "./scales/choropleth.ts";
import { buildScene, type Scene } from "./scene/scene.ts";
import type { AppState, Store } from "./state/store.ts";
import type { Modes } from "./state/url.ts";
import { gestureHint, glLocale } from "./ui/gestureHint.ts";
import { showNotice } from "./ui/notice.ts";
import { panels } from "./ui/panels.ts";
import { labelElements } from "./ui/regionLabels.ts";
import { shareBar } from "./ui/shareBar.ts";
import { tooltip } from "./ui/tooltip.ts";
import { zoomButtons } from "./ui/zoomButtons.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The dataset a state shows: the imported table while `data` is "local", else the survey. */
export const shownDataset = (s: AppState, survey: Dataset) =>
  s.data === "local" && s.imported ? s.imported : survey;

export function startApp(data: AppData, store: Store, modes: Modes): void {
  const survey = surveyDataset(
    data.survey,
    data.atlas.regions.county.map((c) => c.code),
  );
  const dataset = () => shownDataset(store.get(), survey);
  let shade: Choropleth = choropleth(dataset(), store.get().metric, store.get().scheme);
  /** The scene drawn now. */
  let shownScene: Scene | null = null;
  const context = () => {
    const s = store.get();
    return { data, dataset: dataset(), lang: s.lang, choropleth: shade, overlay: s.areas };
  };
  const tip = tooltip(byId("tooltip"));
  /** The levels a pointer asks about: the shaded one and its context. */
  const hitLevels = (): LevelId[] => [dataset().level, "county", "employmentArea", "outside"];

  const crossingAreas = new Set(data.crossings.map((c) => c.employmentArea));
  let lastTap: string | null = null;
  const mapPointer = {
    onHover(pointer: MapPointer | null) {
      if (!pointer) return tip.hide();
      tip.show(host.hitTest(pointer.lngLat, hitLevels()), pointer, context());
    },
    onClick(pointer: MapPointer) {
      const hit = host.hitTest(pointer.lngLat, hitLevels());
      const key = `${hit[dataset().level] ?? ""}/${hit.county ?? ""}`;
      // On touch a first tap shows what hover shows; a second tap on the same region opens it.
      if (pointer.touch && lastTap !== key) {
        lastTap = key;
        return tip.show(hit, pointer, context());
      }
      if (hit.county)
        store.set({
          county: hit.county,
          area: null,
          view: store.get().view === "table" ? "map" : store.get().view,
        });
    },
  };
  const host = mapHost({
    container: byId("map"),
    topology: data.atlas.topology,
    crossingAreas,
    camera: store.get().position
      ? {
          center: [store.get().position?.lng ?? 0, store.get().position?.lat ?? 0],
          zoom: store.get().position?.zoom ?? 0,
        }
      : null,
    cooperative: modes.embed,
    onHover: (pointer) => mapPointer.onHover(pointer),
    onClick: (pointer) => mapPointer.onClick(pointer),
    onMove: () => {
      placeInset();
      labels.update();
    },
    onMoveEnd: (camera) =>
      store.set({ position: { zoom: camera.zoom, lat: camera.center[1], lng: camera.center[0] } }),
    onGestureHint: (kind) => gestureHint(byId("main"), kind, store.get().lang),
    onShown: (view) => follow(view),
    notice: (key) => showNotice(t(store.get().lang, key), store.get().lang),
    glLocale: () => glLocale(store.get().lang),
  });
  const labelActions = labelElements({
    onFocus(level, code, element) {
      const box = element.getBoundingClientRect();
      const parent = byId("main").getBoundingClientRect();
      const hit = { [level]: code } as Record<LevelId, string>;
      tip.show(hit, { x: box.right - parent.left, y: box.top - parent.top }, context());
    },
    onBlur: () => tip.hide(),
    onOpen: (level, code) =>
      store.set(
        level === "county"
          ? { county: code, area: null }
          : level === "employmentArea"
            ? { area: code }
            : {},
      ),
  });
  const labels = labelLayer(labelActions);
  const insetLabels = labelLayer(labelActions);
  const inset = insetView(byId("main"), {
    onHover: (pointer) => mapPointer.onHover(pointer),
    onClick: (pointer) => mapPointer.onClick(pointer),
  });
  insetLabels.setView(inset.projection());
  /** The map's labels follow the view showing; those the inset repeats hide while it shows. */
  const follow = (view: MapView) =>
    labels.setView({
      project: (lngLat) => view.project(lngLat),
      zoom: () => view.zoom(),
      overlay: view.overlay,
      hides: (label) => label.inInset && inset.visible(),
    });
  /** Places the inset for the map's size and zoom; labels move if it came or went. */
  const placeInset = () => {
    const map = byId("map");
    const was = inset.visible();
    const view = host.current();
    const avoid = (shownScene?.labels ?? [])
      .filter((l) => l.role === "value" && l.place === "map" && !l.inInset)
      .map((l) => view.project(l.lngLat));
    const shows = inset.update(map.clientWidth, map.clientHeight, view.zoom(), avoid);
    if (shows !== was) labels.update();
    insetLabels.update();
  };
  follow(host.current());
  zoomButtons(byId("zoom-controls"), store, (delta) => host.zoomBy(delta));

  const ui = panels(data, store, dataset);
  const exportContext = () => ({
    ...context(),
    scene: scene(),
    geometry: host.geometry(),
    camera: host.current().camera(),
    size: (({ width, height }) => ({ width, height }))(byId("map").getBoundingClientRect()),
    date: new Date().toISOString().slice(0, 10),
  });
  const share = shareBar(store, {
    exportPng: async () => (await import("./export/exportView.ts")).exportPng(exportContext()),
    exportSvg: async () => (await import("./export/exportView.ts")).exportSvg(exportContext()),
    exportCsv: async () => (await import("./export/exportView.ts")).exportCsv(exportContext()),
  });
  const scene = () => buildScene({ ...context(), county: store.get().county });

  let shadedFor: [Dataset, string, string] | null = null;
  function render(s: AppState, previous: AppState | null) {
    const d = dataset();
    if (
      !shadedFor ||
      shadedFor[0] !== d ||
      shadedFor[1] !== s.metric ||
      shadedFor[2] !== s.scheme
    ) {
      shade = choropleth(d, s.metric, s.scheme);
      shadedFor = [d, s.metric, s.scheme];
    }
    const next = scene();
    shownScene = next;
    host.render(next);
    inset.render(next, host.geometry());
    placeInset();
    labels.render(next.labels.filter((l) => l.place === "map"));
    insetLabels.render(next.labels.filter((l) => l.place === "inset"));
    ui.render({ ...context(), scene: next });
    share.render();
    if (s.area && s.area !== previous?.area) zoomToArea(s.area);
  }
  function zoomToArea(code: string) {
    const area = host
      .geometry()
      .regions("employmentArea")
      .features.find((f) => f.properties.code === code);
    const bounds = area ? featureBounds(area) : null;
    if (bounds) host.fitTo(bounds);
  }

  // Presenter mode follows the store; its code loads on first use.
  let presenter: { stop(): void } | null = null;
  let presenterLoading = false;
  async function syncPresenter(s: AppState) {
    if (s.present && !presenter && !presenterLoading) {
      presenterLoading = true;
      const { startPresenter } = await import("./present/presenter.ts");
      presenterLoading = false;
      if (store.get().present)
        presenter = startPresenter(store, modes.slides, () => dataset().metrics.map((m) => m.id));
      labels.update();
    } else if (!s.present && presenter) {
      presenter.stop();
      presenter = null;
      labels.update();
    }
  }

  store.subscribe((s, previous) => {
    if (s.present !== previous.present) syncPresenter(s);
    // The map's own moves need no new scene.
    const keys = (Object.keys(s) as (keyof AppState)[]).filter((k) => s[k] !== previous[k]);
    if (keys.every((k) => k === "position")) return;
    render(s, previous);
  });
  render(store.get(), null);
  syncPresenter(store.get());
  requestAnimationFrame(() => {
    performance.mark("choropleth-painted");
    // The SVG map answers hover, click and keys from its first frame.
    performance.mark("map-interactive");
  });

  fetchJson(DATA_FILES.neighbours)
    .then((n) => host.setNeighbours(regionFeatures(n as never, "neighbours")))
    .catch(() => undefined); // Context only: the map is complete without it.
}
