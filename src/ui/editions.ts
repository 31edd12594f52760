// The survey edition: a picker once there are two, and the loading of the edition the state names.
import type { Region } from "../data/atlas.ts";
import { type Editions, fetchJson, loadSurvey } from "../data/load.ts";
import type { Survey } from "../data/survey.ts";
import { type SurveyMeta, validateSurveyMeta } from "../data/surveyMeta.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Store } from "../state/store.ts";
import { h, setText } from "./dom.ts";
import { showNotice } from "./notice.ts";

/** Editions' metadata fetched at once: thousands of editions never flood the network or the page. */
const FETCHES_AT_ONCE = 6;
/** Options added to the picker per task: ten thousand never block the page. */
const OPTIONS_PER_TASK = 400;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `task` on every item, at most `limit` at a time; settles when all have. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Keeps the store's `survey` the edition its `edition` names: a new edition is
 * loaded (once; `surveys` caches them) and then shown, keeping the metric where
 * the new edition has it. A failure keeps the edition shown, with a notice. With
 * two editions or more, a picker in the toolbar lists them by publisher and
 * period: only their metadata is fetched for it (a few at a time), and the
 * options are written once per language, a few hundred per task, so that
 * thousands of editions never block the page.
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
  const picker: HTMLSelectElement = select;
  field.hidden = false;
  select.addEventListener("change", () =>
    store.set({ edition: select.value === editions.default ? null : select.value }),
  );
  const label = document.getElementById("edition-label");
  const metas = new Map<string, SurveyMeta>();
  const metaOf = async (id: string) => {
    const survey = surveys.get(id);
    if (survey) return metas.set(id, survey.meta);
    const path = `data/survey/${id}.meta.json`;
    metas.set(id, validateSurveyMeta(await fetchJson<unknown>(path), path));
  };
  /** The options in a language, written a few hundred per task; a newer writing stops an older one. */
  let written: Lang | null = null;
  let writing = 0;
  async function write(lang: Lang) {
    const run = ++writing;
    written = lang;
    picker.replaceChildren();
    for (let i = 0; i < editions.editions.length; i += OPTIONS_PER_TASK) {
      if (run !== writing) return;
      picker.append(
        ...editions.editions.slice(i, i + OPTIONS_PER_TASK).map((id) => {
          const meta = metas.get(id);
          return h(
            "option",
            { value: id },
            meta ? `${meta.publisher[lang]} ${meta.period.label}` : id,
          );
        }),
      );
      await nextTask();
    }
    picker.value = wanted();
  }
  // Options name each edition by its publisher and period, once the metadata is in.
  void eachLimited(editions.editions, FETCHES_AT_ONCE, metaOf).then(() => {
    const render = () => {
      const lang = store.get().lang;
      if (label) setText(label, t(lang, "edition"));
      if (written !== lang) void write(lang);
      else if (select.value !== wanted()) select.value = wanted();
    };
    render();
    store.subscribe(render);
  });
}
