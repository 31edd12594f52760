// Parts of the app that load on first use: a part that cannot load is a notice with Retry, never a dead button.
import { type FailureMessageKey, tf } from "../i18n/failureMessages.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { showNotice } from "./notice.ts";

/** The parts loaded on demand, by the words that name them. */
export const PARTS = {
  import: "partImport",
  presenter: "partPresenter",
  storage: "partStorage",
  restore: "partRestore",
  export: "partExport",
  mapLibre: "partMapLibre",
  detail: "partDetail",
  xlsx: "partXlsx",
  views: "partViews",
} as const satisfies Record<string, FailureMessageKey>;

export type Part = keyof typeof PARTS;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why a part could not load, in words: offline (the browser says so) it is
 * that the part cannot start without the network; otherwise the browser's
 * reason, cut to 160 characters.
 */
export function partFailureText(part: Part, lang: Lang, online: boolean, error: unknown): string {
  const name = tf(lang, PARTS[part]);
  if (!online) return sentence(tf(lang, "partOffline", { part: name }));
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 160);
  return tf(lang, "partFailed", { part: name, reason });
}

/** Shows why a part could not load, with a Retry button that runs `retry`. */
export function partFailed(part: Part, lang: Lang, error: unknown, retry: () => void): void {
  showNotice(partFailureText(part, lang, navigator.onLine, error), lang, {
    label: t(lang, "retry"),
    run: retry,
  });
}

/**
 * Loads a part and runs `use` with it. A part that cannot load (its chunk
 * missing, the network gone) shows a notice whose Retry loads it again and
 * then runs `use`; the promise then resolves false, and never rejects for the
 * load. Errors thrown by `use` itself are the caller's to handle.
 */
export async function withPart<T>(
  part: Part,
  load: () => Promise<T>,
  lang: () => Lang,
  use: (module: T) => unknown,
): Promise<boolean> {
  let module: T;
  try {
    module = await load();
  } catch (error) {
    partFailed(part, lang(), error, () => void withPart(part, load, lang, use));
    return false;
  }
  await use(module);
  return true;
}

/**
 * A part that several callers use: `use` runs its callback with the module now if it
 * has come, else once it comes (every callback queued meanwhile, in order); a load
 * that fails is `withPart`'s notice, whose Retry loads it and runs what waits.
 * `prefetch` fetches it quietly (a failure says nothing: the next `use` says it).
 */
export function partLoader<T>(part: Part, load: () => Promise<T>, lang: () => Lang) {
  let module: T | null = null;
  let waiting: ((m: T) => void)[] = [];
  let loading = false;
  return {
    use(run: (m: T) => void): void {
      if (module) {
        run(module);
        return;
      }
      waiting.push(run);
      if (loading) return;
      loading = true;
      void withPart(part, load, lang, (loaded) => {
        module = loaded;
        const queued = waiting;
        waiting = [];
        for (const next of queued) next(loaded);
      }).then(() => {
        loading = false;
      });
    },
    prefetch(): void {
      load().then(
        (loaded) => {
          module ??= loaded;
        },
        () => undefined,
      );
    },
  };
}
