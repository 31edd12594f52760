// The heading row of a panel or dialog: its title and a close button.
import { h } from "./dom.ts";

export function panelHead(
  id: string,
  title: string,
  closeLabel: string,
  onClose: () => void,
): HTMLElement {
  return h(
    "div",
    { class: "panel-head" },
    h("h2", { id }, title),
    h("button", { type: "button", class: "close", onclick: onClose }, closeLabel),
  );
}
