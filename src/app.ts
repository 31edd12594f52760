// Composes the app: store → scene → map, overlays and panels. No logic of its own.

import type { AppData } from "./appData.ts";
import type { LevelId } from "./data/levels.ts";
import { DATA_FILES, fetchJson } from "./data/load.ts";
import { t } from "./i18n/messages.ts";
import { featureBounds } from "./map/bounds.ts";
import { regionFeatures } from "./map/geometry.ts";
import { mapHost } from "./mapHost.ts";
import { mapOverlays } from "./mapOverlays.ts";
import { onPrepareLevel } from "./prepare.ts";
import { presenterMode } from "./present/presenterMode.ts";
import { currentView } from "./scene/currentView.ts";
import { viewDescription } from "./scene/viewDescription.ts";
import type { AppState, Store } from "./state/store.ts";
import type { Modes } from "./state/url.ts";
import { setText } from "./ui/dom.ts";
import { gestureHint, glLocale } from "./ui/gestureHint.ts";
import { mapPointer } from "./ui/mapPointer.ts";
import { showNotice } from "./ui/notice.ts";
import { panels } from "./ui/panels.ts";
import { labelElements } from "./ui/regionLabels.ts";
import { shareBar } from "./ui/shareBar.ts";
import { tooltip } from "./ui/tooltip.ts";
import { zoomButtons } from "./ui/zoomButtons.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export function startApp(data: AppData, store: Store, modes: Modes): void {
  const view = currentView(data, store);
  const tip = tooltip(byId("tooltip"));
  const pointer = mapPointer(store, view, tip, (lngLat, levels) => host.hitTest(lngLat, levels));
  const position = store.get().position;
  const host = mapHost({
    container: byId("map"),
    topology: data.atlas.topology,
    crossingAreas: new Set(data.crossings.map((c) => c.employmentArea)),
    camera: position ? { center: [position.lng, position.lat], zoom: position.zoom } : null,
    cooperative: modes.embed,
    onHover: (p) => pointer.onHover(p),
    onClick: (p) => pointer.onClick(p),
    onMove: () => overlays.update(),
    onMoveEnd: (camera) =>
      store.set({ position: { zoom: camera.zoom, lat: camera.center[1], lng: camera.center[0] } }),
    onGestureHint: (kind) => gestureHint(byId("main"), kind, store.get().lang),
    onShown: (shown) => overlays.follow(shown),
    notice: (key) => showNotice(t(store.get().lang, key), store.get().lang),
    glLocale: () => glLocale(store.get().lang),
  });
  const overlays = mapOverlays(
    () => host,
    byId("main"),
    labelElements({
      onFocus(level, code, element) {
        const box = element.getBoundingClientRect();
        const parent = byId("main").getBoundingClientRect();
        const hit = { [level]: code } as Record<LevelId, string>;
        tip.show(hit, { x: box.right - parent.left, y: box.top - parent.top }, view.context());
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
    }),
    pointer,
  );
  overlays.follow(host.current());
  zoomButtons(byId("zoom-controls"), store, (delta) => host.zoomBy(delta));

  const ui = panels(data, store, view.dataset);
  const exportContext = () => ({
    ...view.context(),
    scene: view.scene(),
    geometry: host.geometry(),
    camera: host.current().camera(),
    size: (({ width, height }) => ({ width, height }))(byId("map").getBoundingClientRect()),
    date: new Date().toISOString().slice(0, 10),
  });
  const exports = () => import("./export/exportView.ts");
  const share = shareBar(store, {
    exportPng: async () => (await exports()).exportPng(exportContext()),
    exportSvg: async () => (await exports()).exportSvg(exportContext()),
    exportCsv: async () => (await exports()).exportCsv(exportContext()),
    describe: () => {
      const ctx = view.context();
      return {
        title: t(ctx.lang, "embedFrameTitle", {
          app: t(ctx.lang, "appTitle"),
          metric: ctx.choropleth.metric.label[ctx.lang],
        }),
        alt: viewDescription(data, ctx.dataset, ctx.choropleth, ctx.lang),
      };
    },
  });

  onPrepareLevel((level) => host.prepare(level));
  // The place search's code loads on the first focus of its field, or when a place is shown:
  // the first view does not pay for it.
  let placeUi: { render(): void } | null = null;
  let placeUiAsked = false;
  const loadPlaceUi = () => {
    if (placeUiAsked) return;
    placeUiAsked = true;
    import("./ui/placeUi.ts")
      .then((m) => {
        placeUi = m.placeUi(data, store, byId("place-card"));
        placeUi.render();
      })
      .catch(() => {
        placeUiAsked = false; // Offline without a kept copy: the next focus tries again.
      });
  };
  byId("place-input").addEventListener("focus", loadPlaceUi);

  function render(s: AppState, previous: AppState | null) {
    const scene = view.refresh();
    host.render(scene);
    // Panels first: labels are placed clear of the legend and sources they draw.
    ui.render({ ...view.context(), scene });
    overlays.render(scene);
    share.render();
    setText(byId("place-label"), t(s.lang, "searchLabel"));
    setText(byId("place-hint"), t(s.lang, "searchHint"));
    if (s.place && !placeUi) loadPlaceUi();
    placeUi?.render();
    if (s.area && s.area !== previous?.area) zoomToArea(s.area);
    const place = s.place;
    if (place && (place.level !== previous?.place?.level || place.code !== previous.place.code))
      frame(place.level, place.code);
  }
  /** Frames a region of any level (a place found by search) on the map. */
  function frame(level: LevelId, code: string) {
    const feature = host
      .geometry()
      .regions(level)
      .features.find((f) => f.properties.code === code);
    const bounds = feature ? featureBounds(feature) : null;
    if (bounds) host.fitTo(bounds);
  }
  function zoomToArea(code: string) {
    const area = host
      .geometry()
      .regions("employmentArea")
      .features.find((f) => f.properties.code === code);
    const bounds = area ? featureBounds(area) : null;
    if (bounds) host.fitTo(bounds);
  }

  store.subscribe((s, previous) => {
    // The map's own moves need no new scene.
    const keys = (Object.keys(s) as (keyof AppState)[]).filter((k) => s[k] !== previous[k]);
    if (keys.every((k) => k === "position")) return;
    render(s, previous);
  });
  render(store.get(), null);
  presenterMode(
    store,
    modes.slides,
    () => view.dataset().metrics.map((m) => m.id),
    () => {
      const d = view.dataset();
      return {
        metric: store.get().metric || (d.metrics[0]?.id ?? ""),
        period: d.imported?.period ?? null,
        periods: d.imported?.table.periods.filter(Boolean) ?? [],
      };
    },
    () => overlays.remeasure(),
  );
  requestAnimationFrame(() => {
    performance.mark("choropleth-painted");
    // The SVG map answers hover, click and keys from its first frame.
    performance.mark("map-interactive");
  });

  fetchJson(DATA_FILES.neighbours)
    .then((n) => host.setNeighbours(regionFeatures(n as never, "neighbours")))
    .catch(() => undefined); // Context only: the map is complete without it.
}
