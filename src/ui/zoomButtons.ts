// The map's zoom buttons: + and −, for mouse, touch and keyboard alike.
import { t } from "../i18n/messages.ts";
import type { Store } from "../state/store.ts";
import { h, replace } from "./dom.ts";

/** Fills `container` with the two buttons; their names follow the language. */
export function zoomButtons(container: HTMLElement, store: Store, zoomBy: (delta: number) => void) {
  const zoomIn = h("button", { type: "button", class: "zoom-in", onclick: () => zoomBy(1) }, "+");
  const zoomOut = h(
    "button",
    { type: "button", class: "zoom-out", onclick: () => zoomBy(-1) },
    "−",
  );
  replace(container, zoomIn, zoomOut);
  const name = () => {
    const lang = store.get().lang;
    zoomIn.setAttribute("aria-label", `+ ${t(lang, "zoomIn")}`);
    zoomOut.setAttribute("aria-label", `− ${t(lang, "zoomOut")}`);
    zoomIn.title = t(lang, "zoomIn");
    zoomOut.title = t(lang, "zoomOut");
  };
  name();
  store.subscribe((s, previous) => {
    if (s.lang !== previous.lang) name();
  });
}
