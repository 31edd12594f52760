// The ranked chart beside the map: every region of the shown level by value, as a list of
// buttons with bars; hover and focus are told to the map, and the map's hover is shown here.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { ChartModel, ChartRow } from "../scene/chartModel.ts";
import { h, replace } from "./dom.ts";

export interface ChartActions {
  /** A row is pointed at or focused (null: no longer). */
  onHover(code: string | null, element: HTMLElement | null): void;
  /** A row is chosen: its region is selected. */
  onOpen(code: string): void;
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

function row(r: ChartRow, model: ChartModel, actions: ChartActions): HTMLElement {
  const track = h(
    "span",
    { class: "chart-track", "aria-hidden": "true" },
    h("span", {
      class: "chart-bar",
      style: `left:${pct(r.start)};width:${pct(r.end - r.start)};background:${r.color}`,
    }),
    model.reference
      ? h("span", { class: "chart-reference-line", style: `left:${pct(model.reference.position)}` })
      : null,
  );
  const button = h(
    "button",
    {
      type: "button",
      class: "chart-row-button",
      "aria-pressed": String(r.selected),
      onclick: () => actions.onOpen(r.code),
      onpointerenter: (e: Event) => actions.onHover(r.code, e.currentTarget as HTMLElement),
      onpointerleave: () => actions.onHover(null, null),
      onfocus: (e: Event) => actions.onHover(r.code, e.currentTarget as HTMLElement),
      onblur: () => actions.onHover(null, null),
    },
    h("span", { class: "chart-rank" }, r.rankText),
    h("span", { class: "chart-name" }, r.name),
    track,
    h("span", { class: "chart-value" }, r.valueText),
  );
  return h(
    "li",
    {
      class: ["chart-row", r.selected ? "selected" : "", r.unranked ? "unranked" : ""]
        .filter(Boolean)
        .join(" "),
      "data-code": r.code,
    },
    button,
  );
}

/**
 * Keeps the chart in `container`. `render` draws a model (rebuilt only when it
 * changed); `hover` marks the row of a region pointed at on the map.
 */
export function rankChart(container: HTMLElement, actions: ChartActions) {
  let drawn = "";
  let hovered: string | null = null;
  return {
    render(model: ChartModel, lang: Lang, shown: boolean) {
      container.hidden = !shown;
      document.documentElement.classList.toggle("with-chart", shown);
      if (!shown) return;
      const key = JSON.stringify([lang, model]);
      if (key === drawn) return;
      drawn = key;
      replace(
        container,
        h("h2", { class: "chart-title", id: "chart-title" }, model.title),
        model.reference
          ? h(
              "p",
              { class: "chart-reference" },
              h("span", { class: "chart-reference-key", "aria-hidden": "true" }),
              model.reference.text,
            )
          : null,
        // One grid for the rows and the axis: the axis's ends stand under the bars' track.
        h(
          "div",
          { class: "chart-body" },
          h(
            "ol",
            { class: "chart-rows", "aria-labelledby": "chart-title" },
            ...model.rows.map((r) => row(r, model, actions)),
          ),
          h(
            "p",
            { class: "chart-axis", "aria-hidden": "true" },
            h("span", {}, model.domainText[0]),
            h("span", {}, model.domainText[1]),
          ),
        ),
        ...model.notes.map((note) => h("p", { class: "chart-note" }, note)),
      );
      container.setAttribute("aria-label", t(lang, "chartLabel"));
      this.hover(hovered);
    },
    /** Marks the row of a region pointed at on the map (null: none). */
    hover(code: string | null) {
      hovered = code;
      for (const li of container.querySelectorAll<HTMLElement>(".chart-row"))
        li.classList.toggle("hovered", li.dataset.code === code);
    },
  };
}
