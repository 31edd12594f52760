// The ranked chart beside the map: every region of the shown level by value, as a list of
// buttons with bars; hover and focus are told to the map, and the map's hover is shown here.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { ChartModel, ChartRow } from "../scene/chartModel.ts";
import { h, replace, setText } from "./dom.ts";

export interface ChartActions {
  /** A row is pointed at or focused (null: no longer). */
  onHover(code: string | null, element: HTMLElement | null): void;
  /** A row is chosen: its region is selected. */
  onOpen(code: string): void;
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

/** A row's elements, made once per region and changed in place. */
interface RowElements {
  li: HTMLElement;
  button: HTMLElement;
  rank: HTMLElement;
  name: HTMLElement;
  bar: HTMLElement;
  line: HTMLElement;
  value: HTMLElement;
  /** What was last written, to write only what changed. */
  written: string;
}

function newRow(code: string, actions: ChartActions): RowElements {
  const rank = h("span", { class: "chart-rank" });
  const name = h("span", { class: "chart-name" });
  const bar = h("span", { class: "chart-bar" });
  const line = h("span", { class: "chart-reference-line" });
  const value = h("span", { class: "chart-value" });
  const button = h(
    "button",
    {
      type: "button",
      class: "chart-row-button",
      onclick: () => actions.onOpen(code),
      onpointerenter: (e: Event) => actions.onHover(code, e.currentTarget as HTMLElement),
      onpointerleave: () => actions.onHover(null, null),
      onfocus: (e: Event) => actions.onHover(code, e.currentTarget as HTMLElement),
      onblur: () => actions.onHover(null, null),
    },
    rank,
    name,
    h("span", { class: "chart-track", "aria-hidden": "true" }, bar, line),
    value,
  );
  const li = h("li", { class: "chart-row", "data-code": code }, button);
  return { li, button, rank, name, bar, line, value, written: "" };
}

/** Writes a row's texts, bar and marks where they changed. */
function writeRow(e: RowElements, r: ChartRow, model: ChartModel) {
  const reference = model.reference ? pct(model.reference.position) : null;
  const written = JSON.stringify([r, reference]);
  if (written === e.written) return;
  e.written = written;
  e.li.className = ["chart-row", r.selected ? "selected" : "", r.unranked ? "unranked" : ""]
    .filter(Boolean)
    .join(" ");
  e.button.setAttribute("aria-pressed", String(r.selected));
  setText(e.rank, r.rankText);
  setText(e.name, r.name);
  setText(e.value, r.valueText);
  e.bar.style.cssText = `left:${pct(r.start)};width:${pct(r.end - r.start)};background:${r.color}`;
  e.line.hidden = reference === null;
  if (reference) e.line.style.left = reference;
}

/**
 * Keeps the chart in `container`. `render` draws a model: each region's row
 * is made once and changed in place (a recolour writes new values, bars and
 * order into the same elements); `hover` marks the row of a region pointed at
 * on the map.
 */
export function rankChart(container: HTMLElement, actions: ChartActions) {
  let drawn = "";
  let hovered: string | null = null;
  const rows = new Map<string, RowElements>();
  const title = h("h2", { class: "chart-title", id: "chart-title" });
  const referenceText = h("span", {});
  const reference = h(
    "p",
    { class: "chart-reference" },
    h("span", { class: "chart-reference-key", "aria-hidden": "true" }),
    referenceText,
  );
  const list = h("ol", { class: "chart-rows", "aria-labelledby": "chart-title" });
  const axisStart = h("span", {});
  const axisEnd = h("span", {});
  // One grid for the rows and the axis: the axis's ends stand under the bars' track.
  const body = h(
    "div",
    { class: "chart-body" },
    list,
    h("p", { class: "chart-axis", "aria-hidden": "true" }, axisStart, axisEnd),
  );
  let notes = "";
  return {
    render(model: ChartModel, lang: Lang, shown: boolean) {
      container.hidden = !shown;
      document.documentElement.classList.toggle("with-chart", shown);
      if (!shown) return;
      const key = JSON.stringify([lang, model]);
      if (key === drawn) return;
      drawn = key;
      setText(title, model.title);
      reference.hidden = !model.reference;
      setText(referenceText, model.reference?.text ?? "");
      setText(axisStart, model.domainText[0]);
      setText(axisEnd, model.domainText[1]);
      const codes = new Set(model.rows.map((r) => r.code));
      for (const code of rows.keys()) if (!codes.has(code)) rows.delete(code);
      const items = model.rows.map((r) => {
        let row = rows.get(r.code);
        if (!row) {
          row = newRow(r.code, actions);
          rows.set(r.code, row);
        }
        writeRow(row, r, model);
        return row.li;
      });
      // Moved only where the order changed.
      if (items.some((li, i) => list.children[i] !== li) || list.children.length !== items.length)
        list.replaceChildren(...items);
      const noteKey = JSON.stringify(model.notes);
      if (noteKey !== notes || container.firstChild !== title) {
        notes = noteKey;
        replace(
          container,
          title,
          reference,
          body,
          ...model.notes.map((note) => h("p", { class: "chart-note" }, note)),
        );
      }
      container.setAttribute("aria-label", t(lang, "chartLabel"));
      this.hover(hovered);
    },
    /** Marks the row of a region pointed at on the map (null: none). */
    hover(code: string | null) {
      const was = hovered;
      hovered = code;
      if (was) rows.get(was)?.li.classList.remove("hovered");
      if (code) rows.get(code)?.li.classList.add("hovered");
    },
  };
}
