// The survey edition: a picker once there are two, and the loading of the edition the state names.
import type { Region } from "../data/atlas.ts";
import { type Editions, loadSurvey } from "../data/load.ts";
import type { Survey } from "../data/survey.ts";
import { t } from "../i18n/messages.ts";
import type { Store } from "../state/store.ts";
import { h, replace, setText } from "./dom.ts";
import { showNotice } from "./notice.ts";

/**
 * Keeps the store's `survey` the edition its `edition` names: a new edition is
 * loaded (once; `surveys` caches them) and then shown, keeping the metric where
 * the new edition has it. A failure keeps the edition shown, with a notice. With
 * two editions or more, a picker in the toolbar lists them by their period.
 */
export function editionLoader(
  store: Store,
  editions: Editions,
  surveys: Map<string, Survey>,
  counties: readonly Region[],
): void {
  const wanted = () => store.get().edition ?? editions.default;
  async function load(id: string): Promise<Survey> {
    const known = surveys.get(id);
    if (known) return known;
    const survey = await loadSurvey(id, counties);
    surveys.set(id, survey);
    return survey;
  }
  async function sync() {
    const id = wanted();
    const current = store.get().survey;
    if (current?.meta.id === id) return;
    try {
      const survey = await load(id);
      if (wanted() !== id) return; // Another edition was asked for meanwhile.
      const metric = store.get().metric;
      const keeps = survey.meta.metrics.some((m) => m.id === metric);
      store.set({ survey, metric: keeps ? metric : "" });
    } catch (error) {
      const lang = store.get().lang;
      showNotice(
        t(lang, "editionFailed", {
          reason: error instanceof Error ? error.message : String(error),
        }),
        lang,
      );
      if (current)
        store.set({ edition: current.meta.id === editions.default ? null : current.meta.id });
    }
  }
  store.subscribe((s, previous) => {
    if (s.edition !== previous.edition) sync();
  });

  const field = document.getElementById("edition-field");
  const select = document.getElementById("edition-select") as HTMLSelectElement | null;
  if (!field || !select || editions.editions.length < 2) return;
  field.hidden = false;
  select.addEventListener("change", () =>
    store.set({ edition: select.value === editions.default ? null : select.value }),
  );
  const label = document.getElementById("edition-label");
  // Options name each edition by its publisher and period, once its metadata is in.
  Promise.allSettled(editions.editions.map(load)).then(() => {
    const render = () => {
      const lang = store.get().lang;
      if (label) setText(label, t(lang, "edition"));
      replace(
        select,
        ...editions.editions.map((id) => {
          const meta = surveys.get(id)?.meta;
          return h(
            "option",
            { value: id },
            meta ? `${meta.publisher[lang]} ${meta.period.label}` : id,
          );
        }),
      );
      select.value = wanted();
    };
    render();
    store.subscribe(render);
  });
}
