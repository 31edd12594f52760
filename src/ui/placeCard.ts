// The card of the place found by search: what it is, the regions it lies within (with their outline's key), and Clear.
import type { AppData } from "../appData.ts";
import { ts } from "../i18n/searchMessages.ts";
import { PLACE_WITHIN_DASH } from "../scene/layers.ts";
import { placesOf } from "../search/placeIndex.ts";
import { placeLines } from "../search/placeText.ts";
import type { Store } from "../state/store.ts";
import { h, replace, svg } from "./dom.ts";

/** A short line drawn as the map draws the outline of that level (dashes in line widths, as MapLibre's). */
function outlineKey(dash: readonly number[] | undefined, width: number): SVGElement {
  return svg(
    "svg",
    { width: 28, height: 10, "aria-hidden": "true", class: "place-key" },
    svg("line", {
      x1: 1,
      y1: 5,
      x2: 27,
      y2: 5,
      stroke: "currentColor",
      "stroke-width": width,
      ...(dash?.length ? { "stroke-dasharray": dash.map((d) => d * width).join(" ") } : {}),
    }),
  );
}

export function placeCard(data: AppData, store: Store, card: HTMLElement) {
  const { find } = placesOf(data.atlas);
  let shown = "";
  return {
    render() {
      const s = store.get();
      const place = s.place ? find(s.place) : null;
      const key = place ? `${s.lang}/${place.level}/${place.code}` : "";
      if (key === shown) return;
      shown = key;
      card.hidden = !place;
      if (!place) return replace(card);
      const lines = placeLines(data, place, s.lang);
      replace(
        card,
        h("h2", { id: "place-card-title", class: "visually-hidden" }, ts(s.lang, "placeCard")),
        h("p", { class: "place-title" }, outlineKey([], 3), " ", lines.title),
        h(
          "ul",
          {},
          ...lines.within.map((w) =>
            h("li", {}, outlineKey(PLACE_WITHIN_DASH[w.level], 2), " ", w.text),
          ),
        ),
        lines.note ? h("p", {}, lines.note) : null,
        h(
          "button",
          { type: "button", class: "close", onclick: () => store.set({ place: null }) },
          ts(s.lang, "placeClear"),
        ),
      );
    },
  };
}
