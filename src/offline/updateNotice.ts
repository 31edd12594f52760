// Announces a new version with a button that loads it; while presenting, it waits until the talk is over.
import { tu } from "../i18n/updateMessages.ts";
import type { Store } from "../state/store.ts";
import { showNotice } from "../ui/notice.ts";

/**
 * Shows "a new version is available" with a button that calls `apply`. In
 * presenter mode nothing appears on the projected slide: the notice waits
 * until presenter mode ends.
 */
export function announceUpdate(store: Store, apply: () => void): void {
  const show = () => {
    const lang = store.get().lang;
    showNotice(tu(lang, "updateReady"), lang, { label: tu(lang, "updateReload"), run: apply });
  };
  if (!store.get().present) {
    show();
    return;
  }
  const stop = store.subscribe((s) => {
    if (s.present) return;
    stop();
    show();
  });
}
