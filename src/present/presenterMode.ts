// Presenter mode follows the store's `present`; its code loads on first use.
import type { Store } from "../state/store.ts";
import { partFailed } from "../ui/lazyPart.ts";

/**
 * Starts and stops presenter mode as `present` changes (a link with
 * `present=1` starts it at once). `slides` come from the URL; `metrics` gives
 * the shown data's metrics; `onChange` runs after it starts or stops.
 */
export function presenterMode(
  store: Store,
  slides: readonly string[] | null,
  metrics: () => readonly string[],
  shown: () => { metric: string; period: string | null; periods: readonly string[] },
  titles: () => readonly string[],
  onChange: () => void,
): void {
  let presenter: { stop(): void } | null = null;
  let loading = false;
  async function sync() {
    const present = store.get().present;
    if (present && !presenter && !loading) {
      loading = true;
      let module: typeof import("./presenter.ts");
      try {
        module = await import("./presenter.ts");
      } catch (error) {
        // Its code could not load (offline, a chunk missing): say why, and stay out of the mode.
        loading = false;
        store.set({ present: false });
        return partFailed("presenter", store.get().lang, error, () => store.set({ present: true }));
      }
      loading = false;
      if (store.get().present)
        presenter = module.startPresenter(store, slides, metrics, shown, titles);
      onChange();
    } else if (!present && presenter) {
      presenter.stop();
      presenter = null;
      onChange();
    }
  }
  store.subscribe((s, previous) => {
    if (s.present !== previous.present) sync();
  });
  sync();
}
