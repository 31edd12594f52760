// Composes the app: store → scene → map, overlays and panels. No logic of its own.

import type { Topology } from "topojson-specification";
import type { AppData } from "./appData.ts";
import type { LevelId } from "./data/levels.ts";
import { tf } from "./i18n/failureMessages.ts";
import { t } from "./i18n/messages.ts";
import { featureBounds } from "./map/bounds.ts";
import type { Arrived } from "./map/geometrySource.ts";
import { fitPadding } from "./map/mapView.ts";
import { mapHost } from "./mapHost.ts";
import { mapOverlays } from "./mapOverlays.ts";
import { onPrepareLevel } from "./prepare.ts";
import { presenterMode } from "./present/presenterMode.ts";
import { currentView } from "./scene/currentView.ts";
import type { AppState, Store } from "./state/store.ts";
import type { Modes } from "./state/url.ts";
import { setText } from "./ui/dom.ts";
import { gestureHint, glLocale } from "./ui/gestureHint.ts";
import { withPart } from "./ui/lazyPart.ts";
import { mapPointer } from "./ui/mapPointer.ts";
import { showNotice } from "./ui/notice.ts";
import { panels } from "./ui/panels.ts";
import { rankChart } from "./ui/rankChart.ts";
import { labelElements } from "./ui/regionLabels.ts";
import { shareBar } from "./ui/shareBar.ts";
import { taskSteps } from "./ui/taskSteps.ts";
import { tooltip } from "./ui/tooltip.ts";
import { zoomButtons } from "./ui/zoomButtons.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Starts the app on its data. `neighbours`: the first view's neighbouring
 * countries, requested with the first view's files (see mapHost).
 */
export function startApp(
  data: AppData,
  store: Store,
  modes: Modes,
  neighbours?: Arrived<Topology>,
): void {
  const view = currentView(data, store);
  /** Whether labels were placed yet: the first time is marked "labels-placed" (User Timing). */
  let labelled = false;
  const tip = tooltip(byId("tooltip"));
  const pointer = mapPointer(
    store,
    view,
    tip,
    (lngLat, levels) => host.hitTest(lngLat, levels),
    (level, code) => select(level, code),
  );
  const position = store.get().position;
  const host = mapHost({
    container: byId("map"),
    topology: data.atlas.topology,
    ...(neighbours ? { neighbours } : {}),
    crossingAreas: new Set(data.crossings.map((c) => c.employmentArea)),
    camera: position ? { center: [position.lng, position.lat], zoom: position.zoom } : null,
    cooperative: modes.embed,
    padding: fitRoom,
    onHover: (p) => pointer.onHover(p),
    onClick: (p) => pointer.onClick(p),
    onMove: () => overlays.update(),
    onMoveEnd: (camera) => {
      overlays.settle();
      store.set({ position: { zoom: camera.zoom, lat: camera.center[1], lng: camera.center[0] } });
    },
    onGestureHint: (kind) => gestureHint(byId("main"), kind, store.get().lang),
    onShown: (shown) => overlays.follow(shown),
    // New shapes place the labels again. Before the first view's labels are placed (they wait
    // for an idle moment), nothing is: their step places them on the shapes come by then (the
    // first view's neighbours, on a slow link, come after its first frame).
    onGeometry: () => {
      if (labelled) overlays.render(view.view().scene);
    },
    notice: (key, retry) => {
      const lang = store.get().lang;
      showNotice(t(lang, key), lang, retry && { label: t(lang, "retry"), run: retry });
    },
    detailFailed: (reason, retry) => {
      const lang = store.get().lang;
      showNotice(tf(lang, "detailFailed", { reason }), lang, {
        label: t(lang, "retry"),
        run: retry,
      });
    },
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
      onOpen: (level, code) => select(level, code),
    }),
    pointer,
  );
  overlays.follow(host.current());
  // + and − zoom about the middle of what shows of the map: clear of the legend over it.
  zoomButtons(byId("zoom-controls"), store, (delta) => {
    const { width, height } = byId("map").getBoundingClientRect();
    const room = fitRoom(width);
    host.zoomBy(delta, [
      (room.left + width - room.right) / 2,
      (room.top + height - room.bottom) / 2,
    ]);
  });
  // The legend's size decides the room Finland is fitted in.
  new ResizeObserver(() => host.refit()).observe(byId("legend"));

  const ui = panels(data, store, view.dataset);
  const chart = rankChart(byId("chart"), {
    onHover(code, element) {
      const v = view.view();
      const level = v.dataset.level;
      overlays.highlight(code ? { level, code } : null);
      if (!code || !element) return tip.hide();
      const row = v.row(code);
      const map = host.current();
      const [x, y] = row ? map.project(row.anchor) : [0, 0];
      tip.show({ [level]: code }, { x, y }, v);
    },
    onOpen: (code) => select(view.view().dataset.level, code),
  });
  /**
   * Selects a region of a level, from the map, a label or the chart: a county's
   * details open, an employment area is zoomed to, a region of any other level
   * is outlined (`region=`; chosen again, it is let go). The crossings panel
   * stays open; any other view gives way to the map.
   */
  function select(level: LevelId, code: string) {
    const s = store.get();
    const view = s.view === "crossings" ? "crossings" : "map";
    if (level === "county") store.set({ county: code, area: null, region: null, view });
    else if (level === "employmentArea") store.set({ area: code, region: null, view });
    else if (s.region?.level === level && s.region.code === code) store.set({ region: null });
    else store.set({ region: { level, code }, county: null, area: null, view });
  }
  /** What an export draws: the view complete (its later steps run now), as the screen shows it. */
  const exportContext = () => {
    later.flush();
    return {
      view: view.view(),
      chart: !byId("chart").hidden && store.get().chart,
      legendAt: legendOverMap(),
      geometry: host.geometry(),
      camera: host.current().camera(),
      size: (({ width, height }) => ({ width, height }))(byId("map").getBoundingClientRect()),
      placed: (({ map, inset }) => ({ labels: map, inset }))(overlays.placed()),
      date: new Date().toISOString().slice(0, 10),
    };
  };
  // The exports' code loads when first asked for; a failure to load is a notice with Retry.
  type Exports = typeof import("./export/exportView.ts");
  const exporting = (run: (m: Exports) => Promise<void>) => async () => {
    await withPart(
      "export",
      () => import("./export/exportView.ts"),
      () => store.get().lang,
      run,
    );
  };
  const share = shareBar(store, {
    exportPng: exporting((m) => m.exportPng(exportContext())),
    exportSvg: exporting((m) => m.exportSvg(exportContext())),
    exportCsv: exporting((m) => m.exportCsv(exportContext())),
    describe: () => {
      const ctx = view.context();
      return {
        title: t(ctx.lang, "embedFrameTitle", {
          app: ctx.title,
          metric: ctx.choropleth.metric.label[ctx.lang],
        }),
        alt: ctx.alt,
      };
    },
  });

  // The author's panel loads on first use: most visits never open it.
  byId("author-button").addEventListener("click", async () => {
    const { openAuthorPanel } = await import("./ui/authorPanel.ts");
    openAuthorPanel(byId<HTMLDialogElement>("author-dialog"), store, () => view.view());
  });
  onPrepareLevel((level) => host.prepare(level));
  /** The room Finland is fitted in: clear of the legend where it stands over the map. */
  function fitRoom(width: number) {
    const base = fitPadding(width);
    const legend = legendOverMap();
    if (!legend) return { ...base, left: Math.min(base.left, 16) };
    const box = byId("legend").getBoundingClientRect();
    return { ...base, left: Math.round(legend.x + box.width + 12) };
  }
  /** The legend's top left corner in the map's pixels where it stands over the map; null where it is below. */
  function legendOverMap(): { x: number; y: number } | null {
    const map = byId("map").getBoundingClientRect();
    const legend = byId("legend").getBoundingClientRect();
    // Over the map: wholly within its box (a legend under the map may touch its edge).
    const over =
      legend.height > 0 &&
      legend.top >= map.top - 1 &&
      legend.bottom <= map.bottom + 1 &&
      legend.right <= map.right + 1 &&
      legend.width < map.width * 0.6;
    return over ? { x: legend.left - map.left, y: legend.top - map.top } : null;
  }
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

  /** A change's later steps (labels, the chart's rows), each in a task of its own. */
  const later = taskSteps();
  /**
   * Draws a state: the map, the panels and the layout at once; then, a task
   * each, the labels and inset, and the chart's rows (a municipal table's
   * labels and 308 rows would otherwise block the page for a tenth of a
   * second). The first view draws its rows at once (the page's height is whole
   * from its first frame), and its labels in the page's first idle moment, at
   * most IDLE_WAIT_MS later: a tap made while the page loaded is answered
   * before them, not after (on the bench's phone profile, 40 to 150 ms sooner in
   * interleaved runs).
   */
  function render(s: AppState, previous: AppState | null) {
    const v = view.refresh();
    host.render(v.scene);
    // Panels first: labels are placed clear of the legend and sources they draw.
    ui.render(v);
    // The chart: beside the map (its own choice), or filling the view (the ranking view, a chart slide).
    const chartShown = s.view === "chart" || (s.chart && !s.present && s.view === "map");
    const root = document.documentElement.classList;
    root.toggle("view-chart", s.view === "chart");
    // Its place is taken now (the map's size follows it); its rows may follow.
    byId("chart").hidden = !chartShown;
    root.toggle("with-chart", chartShown);
    // The column beside a wide map holds the chart or a panel: the map ends where it begins.
    root.toggle("with-side", chartShown || !byId("side-panel").hidden);
    share.render();
    setText(byId("place-label"), t(s.lang, "searchLabel"));
    setText(byId("place-hint"), t(s.lang, "searchHint"));
    if (s.place && !placeUi) loadPlaceUi();
    placeUi?.render();
    if (s.area && s.area !== previous?.area) zoomToArea(s.area);
    const labels = () => {
      overlays.render(v.scene);
      if (!labelled) performance.mark("labels-placed");
      labelled = true;
    };
    const rows = () => chart.render(v.chart, v.lang, chartShown);
    if (previous) later.run(labels, rows);
    else {
      // The first view's rows are drawn with it: the page's height (an embed's, which its host
      // is told) is whole from the first frame. Its labels wait for the page's first idle
      // moment: a tap made while it loaded is answered before them.
      rows();
      later.runWhenIdle(labels);
    }
    const place = s.place;
    if (place && (place.level !== previous?.place?.level || place.code !== previous.place.code))
      frame(place.level, place.code);
  }
  /** Frames a region of any level (a place found by search) on the map. */
  function frame(level: LevelId, code: string) {
    // The first view's topology has no municipal shapes: framing waits for them (a failure
    // to load them is the scene's notice; the place is then named, not framed).
    host
      .shapes(level)
      .then(() => {
        const place = store.get().place;
        if (place?.level !== level || place.code !== code) return; // another place since
        const feature = host
          .geometry()
          .regions(level)
          .features.find((f) => f.properties.code === code);
        const bounds = feature ? featureBounds(feature) : null;
        if (bounds) host.fitTo(bounds);
      })
      .catch(() => undefined);
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
    // The map's own moves need no new scene, nor does the table's link text arriving.
    const keys = (Object.keys(s) as (keyof AppState)[]).filter((k) => s[k] !== previous[k]);
    if (keys.every((k) => k === "position" || k === "shared")) return;
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
    () => view.dataset().metrics.map((m) => m.text[store.get().lang]),
    () => overlays.remeasure(),
  );
  requestAnimationFrame(() => {
    performance.mark("choropleth-painted");
    // The SVG map answers hover, click and keys from its first frame.
    performance.mark("map-interactive");
  });

  host.loadNeighbours();
}
