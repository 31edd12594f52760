// Presenter mode: full screen, large type, controls hidden; arrow keys step through metrics.
import type { MetricId } from "../data/metrics.ts";
import { t } from "../i18n/messages.ts";
import type { Store } from "../state/viewState.ts";
import { slideSequence, stepSlide } from "./slides.ts";

/**
 * Enters presenter mode on the page. Right/Down/PageDown/Space step forward,
 * Left/Up/PageUp back, Home/End to the ends; Esc (or leaving full screen) ends it.
 * The URL carries `present=1` while it lasts, so a link opens a presentation.
 * Full screen is asked for but not required: where it is refused (an iframe,
 * a test browser) the mode still works in the window.
 */
export function startPresenter(
  store: Store,
  fromUrl: readonly MetricId[] | null,
  allMetrics: readonly string[],
  onLeave: () => void,
) {
  // A sequence from the URL names survey metrics; an imported table steps through its own columns.
  const slides = slideSequence(store.get().data === "local" ? null : fromUrl, allMetrics);
  const position = document.getElementById("slide-position") as HTMLElement;
  const show = () => {
    const at = stepSlide(slides, store.get().metric, 0);
    position.textContent = `${t(store.get().lang, "presentSlide", { n: at + 1, of: slides.length })} · ${t(store.get().lang, "presentHelp")}`;
  };
  const go = (delta: number) => {
    const metric = slides[stepSlide(slides, store.get().metric, delta)];
    if (metric) store.set({ metric });
    show();
  };
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
    if (e.key === "Escape") return leave();
    const delta = keys[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    go(delta);
  };
  const onFullscreen = () => {
    if (!document.fullscreenElement) leave();
  };
  function leave() {
    unsubscribe();
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("fullscreenchange", onFullscreen);
    document.documentElement.classList.remove("presenting");
    position.hidden = true;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    const url = new URL(location.href);
    url.searchParams.delete("present");
    history.replaceState(null, "", url);
    onLeave();
  }

  document.documentElement.classList.add("presenting");
  position.hidden = false;
  const first = slides[0];
  if (first && !slides.includes(store.get().metric)) store.set({ metric: first });
  const url = new URL(location.href);
  url.searchParams.set("present", "1");
  history.replaceState(null, "", url);
  document.addEventListener("keydown", onKey);
  document.documentElement
    .requestFullscreen?.()
    .then(() => document.addEventListener("fullscreenchange", onFullscreen))
    .catch(() => undefined);
  const unsubscribe = store.subscribe(show);
  show();
  return { leave };
}
