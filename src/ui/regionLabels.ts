// The elements of the map's labels: a shaded region's label is a button with its value; others are names.
import type { LevelId } from "../data/levels.ts";
import type { LabelElements } from "../map/labels.ts";
import type { SceneLabel } from "../scene/sceneLabels.ts";
import { h } from "./dom.ts";

export interface LabelActions {
  onFocus(level: LevelId, code: string, element: HTMLElement): void;
  onBlur(): void;
  onOpen(level: LevelId, code: string): void;
}

const CLASSES: Record<SceneLabel["role"], string> = {
  value: "region-label value-label",
  name: "region-label county-name",
  "area-name": "region-label area-label",
  outside: "region-label outside-label",
};

/**
 * Buttons for the shaded regions' values (focusable; their accessible name
 * starts with the visible text), and plain names, hidden from assistive
 * technology, for context. A label that a collision hides stays in the tab
 * order where its level says so (class `keep-focus`).
 */
export function labelElements(actions: LabelActions): LabelElements {
  const write = (element: HTMLElement, label: SceneLabel) => {
    element.className = [
      CLASSES[label.role],
      // The map's own labels carry their level's class; the inset's copies are marked apart.
      label.role === "value" && label.place === "map" ? `${label.level}-label` : "",
      label.place === "inset" ? "inset-label" : "",
      label.focusableWhenHidden ? "keep-focus" : "",
      label.smallSample ? "small-sample" : "",
    ]
      .filter(Boolean)
      .join(" ");
    element.dataset.code = label.code;
    element.dataset.level = label.level;
    element.dataset.place = label.place;
    element.dataset.key = label.key;
    if (label.role !== "value") {
      element.textContent = label.name;
      return;
    }
    const [name, value] = element.children as unknown as [HTMLElement, HTMLElement];
    name.textContent = label.name;
    value.textContent = label.value ?? "";
    element.setAttribute("aria-label", label.accessibleName ?? label.name);
  };
  return {
    create(label) {
      const element =
        label.role === "value"
          ? h(
              "button",
              {
                type: "button",
                onfocus: (e: Event) =>
                  actions.onFocus(label.level, label.code, e.currentTarget as HTMLElement),
                onblur: () => actions.onBlur(),
                onclick: (e: Event) => {
                  // The map under the label must not take the click as its own.
                  e.stopPropagation();
                  actions.onOpen(label.level, label.code);
                },
              },
              h("span", { class: "label-name" }),
              // A space, so the visible text reads "Lappi 2,5", as the accessible name begins.
              " ",
              h("span", { class: "label-value" }),
            )
          : h("span", { "aria-hidden": "true" });
      write(element, label);
      return element;
    },
    update: write,
  };
}
