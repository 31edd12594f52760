// The legend: metric, scale, colour ramp with the reference value, and the symbols drawn on the map.
import { isNarrow } from "../breakpoints.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { type LegendModel, type LegendSymbol, patternCss } from "../scene/legendModel.ts";
import { h, replace } from "./dom.ts";

const pct = (offset: number) => `${(Math.max(0, Math.min(1, offset)) * 100).toFixed(1)}%`;

function ramp(model: LegendModel): HTMLElement {
  const gradient = model.ramp.stops.map((s) => `${s.color} ${pct(s.offset)}`).join(", ");
  return h(
    "div",
    { class: "legend-ramp" },
    h("div", {
      class: "legend-gradient",
      style: `background: linear-gradient(to right, ${gradient})`,
    }),
    model.ramp.reference !== null
      ? h("div", {
          class: "legend-national-mark",
          style: `left: ${pct(model.ramp.reference)}`,
          "aria-hidden": "true",
        })
      : null,
    h(
      "div",
      { class: "legend-ticks" },
      h("span", {}, model.ramp.min),
      h("span", {}, model.ramp.max),
    ),
  );
}

/** A classed scale's classes: a swatch and its values a row, lowest first. */
function classList(classes: NonNullable<LegendModel["classes"]>): HTMLElement {
  return h(
    "ul",
    { class: "legend-classes" },
    ...classes.map((k) =>
      h(
        "li",
        {},
        h("span", {
          class: "legend-swatch fill",
          style: `background: ${k.color}`,
          "aria-hidden": "true",
        }),
        k.label,
      ),
    ),
  );
}

function swatch(symbol: LegendSymbol): HTMLElement {
  const style =
    symbol.kind === "line"
      ? `border-top: 3px ${symbol.dash ? "dashed" : "solid"} ${symbol.color}`
      : `background: ${symbol.pattern ? `${patternCss(symbol.pattern)}, ` : ""}${symbol.color}`;
  return h(
    "li",
    { "data-layer": symbol.layer },
    h("span", { class: `legend-swatch ${symbol.kind}`, style, "aria-hidden": "true" }),
    symbol.label,
  );
}

export function renderLegend(container: HTMLElement, model: LegendModel, lang: Lang): void {
  replace(
    container,
    h("h2", { class: "legend-title" }, model.title),
    h("p", { class: "legend-scale" }, model.scale),
    model.classes ? classList(model.classes) : ramp(model),
    model.note ? h("p", { class: "legend-note" }, model.note) : null,
    h(
      "p",
      { class: "legend-national" },
      h("span", { class: "legend-national-key", "aria-hidden": "true" }),
      model.reference,
    ),
    ...model.n.map((line) => h("p", { class: "legend-n" }, line)),
    // The symbol list folds away by default on narrow screens, where it would cover the map.
    h(
      "details",
      { class: "legend-more", open: !isNarrow(window.innerWidth) },
      h("summary", {}, t(lang, "legendSymbols")),
      h("ul", { class: "legend-symbols" }, ...model.symbols.map(swatch)),
    ),
  );
}
