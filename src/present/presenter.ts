// Presenter mode: full screen, large type, controls hidden; arrow keys step through the metrics.
import "./presenter.css";
import { tv } from "../i18n/viewMessages.ts";
import type { Store } from "../state/store.ts";
import { fitTitle } from "./fitTitle.ts";
import { type Slide, slideKey, slideSequence, slidesOverTime, stepSlide } from "./slides.ts";

/**
 * Starts presenter mode on the page while the store's `present` is true.
 * Right/Down/PageDown/Space step forward, Left/Up/PageUp back, Home/End to the
 * ends; R switches the colours between the survey's answer scale and the
 * data's own range; Esc (or leaving full screen) sets `present` false, and the
 * caller then calls `stop`. Full screen is asked for but not required: where it
 * is refused (an iframe, a test browser) the mode still works in the window.
 * The title's type is fitted once to the longest question of the slides, so
 * the map never moves from slide to slide.
 */
export function startPresenter(
  store: Store,
  fromUrl: readonly string[] | null,
  allMetrics: () => readonly string[],
  shown: () => { metric: string; period: string | null; periods: readonly string[] },
  titles: () => readonly string[],
) {
  // With an imported table over several periods, each metric steps through its periods.
  const sequence = (): Slide[] =>
    slidesOverTime(slideSequence(fromUrl, allMetrics()), shown().periods);
  const slides = () => sequence().map(slideKey);
  const current = () => {
    const { metric, period, periods } = shown();
    const view = store.get().view === "chart" ? "chart" : "map";
    return slideKey({ metric, period: periods.length > 1 ? period : null, view });
  };
  const position = document.getElementById("slide-position") as HTMLElement;
  const show = () => {
    const list = slides();
    const at = stepSlide(list, current(), 0);
    position.textContent = `${tv(store.get().lang, "presentSlide", { n: at + 1, of: list.length })} · ${tv(store.get().lang, "presentHelp")}`;
  };
  const go = (delta: number) => {
    const list = sequence();
    const next = list[stepSlide(list.map(slideKey), current(), delta)];
    if (next) store.set(slideState(next));
  };
  const slideState = (slide: Slide) => ({
    metric: slide.metric,
    view: slide.view,
    ...(slide.period === null ? {} : { period: slide.period }),
  });
  const keys: Record<string, number> = {
    ArrowRight: 1,
    ArrowDown: 1,
    PageDown: 1,
    " ": 1,
    ArrowLeft: -1,
    ArrowUp: -1,
    PageUp: -1,
    Home: -1e6,
    End: 1e6,
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") return store.set({ present: false });
    if (e.key === "r" || e.key === "R") {
      const range = store.get().range ?? "scale";
      return store.set({ range: range === "scale" ? "data" : "scale" });
    }
    const delta = keys[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    go(delta);
  };
  const onFullscreen = () => {
    if (!document.fullscreenElement) store.set({ present: false });
  };

  document.documentElement.classList.add("presenting");
  position.hidden = false;
  const fit = () => fitTitle(titles());
  fit();
  window.addEventListener("resize", fit);
  const first = sequence()[0];
  if (first && !slides().includes(current())) store.set(slideState(first));
  document.addEventListener("keydown", onKey);
  document.documentElement
    .requestFullscreen?.()
    .then(() => document.addEventListener("fullscreenchange", onFullscreen))
    .catch(() => undefined);
  const unsubscribe = store.subscribe(show);
  show();
  return {
    stop() {
      unsubscribe();
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
      window.removeEventListener("resize", fit);
      document.documentElement.style.removeProperty("--present-title");
      if (store.get().view === "chart") store.set({ view: "map" });
      document.documentElement.classList.remove("presenting");
      position.hidden = true;
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    },
  };
}
