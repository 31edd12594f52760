// The short hint an embedded map shows when a gesture belongs to the article: how to zoom instead.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { h } from "./dom.ts";

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
let timer = 0;

/** Shows the hint over the map for a moment ("Ctrl + scroll zooms the map"). */
export function gestureHint(host: HTMLElement, kind: "wheel" | "touch", lang: Lang): void {
  let hint = host.querySelector<HTMLElement>(".gesture-hint");
  if (!hint) {
    hint = h("div", { class: "gesture-hint", role: "status", "aria-live": "polite" });
    host.append(hint);
  }
  hint.textContent = t(
    lang,
    kind === "touch" ? "gestureHintTouch" : isMac() ? "gestureHintWheelMac" : "gestureHintWheel",
  );
  hint.hidden = false;
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (hint) hint.hidden = true;
  }, 1600);
}

/** The same hints for MapLibre's cooperative gestures, by its locale keys. */
export function glLocale(lang: Lang): Record<string, string> {
  return {
    "CooperativeGesturesHandler.WindowsHelpText": t(lang, "gestureHintWheel"),
    "CooperativeGesturesHandler.MacHelpText": t(lang, "gestureHintWheelMac"),
    "CooperativeGesturesHandler.MobileHelpText": t(lang, "gestureHintTouch"),
  };
}
