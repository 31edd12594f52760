// Label elements for counties and employment areas; the shaded level's labels are focusable buttons with values.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Level } from "../import/importTable.ts";
import type { MapGeometry } from "../map/geojson.ts";
import { labelPoint } from "../map/labelPoints.ts";
import type { MapLabel } from "../map/labels.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { h } from "./dom.ts";
import { regionLines, valueText } from "./regionText.ts";

export interface LabelActions {
  onFocus(level: Level, code: string, element: HTMLElement): void;
  onBlur(): void;
  onOpen(level: Level, code: string): void;
}

export interface LabelContext {
  lang: Lang;
  dataset: Dataset;
  choropleth: Choropleth;
  overlay: boolean;
}

/** Label anchor points by code, computed once from the default geometry. */
export function labelAnchors(geometry: MapGeometry) {
  const anchors = (fc: MapGeometry["counties"]) =>
    new Map(fc.features.map((f) => [f.properties.code, labelPoint(f.geometry)]));
  const outside = geometry.outside.features[0];
  return {
    counties: anchors(geometry.counties),
    areas: anchors(geometry.employmentAreas),
    outside: outside ? labelPoint(outside.geometry) : null,
  };
}

/**
 * Writes a shaded region's value and its screen-reader text for the current
 * metric, in place: a metric change needs no new elements (and no layout). A
 * small-sample value carries an asterisk, a cue that is not colour.
 */
export function refreshLabel(element: HTMLElement, data: AppData, ctx: LabelContext): void {
  const { lang, choropleth: c, dataset } = ctx;
  const code = element.dataset.code ?? "";
  const region = dataset.level === "area" ? data.areas.get(code) : data.counties.get(code);
  const value = valueText(c, code, lang);
  const small = c.smallSample.includes(code);
  element.classList.toggle("small-sample", small);
  const valueElement = element.querySelector(".label-value");
  if (valueElement) valueElement.textContent = small ? `${value}*` : value;
  element.setAttribute(
    "aria-label",
    [
      `${region?.name[lang] ?? code}, ${c.metric.label[lang]}: ${value}`,
      ...regionLines(dataset, c, code, lang),
      t(lang, "openDetails"),
    ].join(". "),
  );
}

export function regionLabels(
  data: AppData,
  anchors: ReturnType<typeof labelAnchors>,
  ctx: LabelContext,
  actions: LabelActions,
): MapLabel[] {
  const { lang } = ctx;
  const shaded = ctx.dataset.level;
  const areaOf = (level: Level, code: string) =>
    data.atlas.municipalities
      .filter((m) => (level === "county" ? m.county : m.employmentArea) === code)
      .reduce((s, m) => s + m.areaKm2, 0);

  const label = (level: Level, code: string, name: string): MapLabel => {
    const lngLat = (level === "county" ? anchors.counties : anchors.areas).get(code) ?? [25, 64];
    if (level !== shaded) {
      const county = level === "county";
      return {
        key: `${level}${code}`,
        lngLat,
        element: h(
          "span",
          { class: `region-label ${county ? "county-name" : "area-label"}`, "aria-hidden": "true" },
          name,
        ),
        priority: county ? areaOf(level, code) / 1e3 : -1,
        minZoom: county ? 0 : 6.5,
      };
    }
    const element = h(
      "button",
      {
        type: "button",
        class: `region-label ${level === "county" ? "county-label" : "area-value-label"}`,
        "data-code": code,
        "data-level": level,
        onfocus: (e: Event) => actions.onFocus(level, code, e.currentTarget as HTMLElement),
        onblur: () => actions.onBlur(),
        onclick: () => actions.onOpen(level, code),
      },
      h("span", { class: "label-name" }, name),
      h("span", { class: "label-value" }),
    );
    refreshLabel(element, data, ctx);
    return { key: `${level}${code}`, lngLat, element, priority: areaOf(level, code), minZoom: 0 };
  };

  const labels = data.atlas.counties.map((c) => label("county", c.code, c.short[lang]));
  const outside = data.atlas.outside;
  if (outside && anchors.outside)
    labels.push({
      key: "outside",
      lngLat: anchors.outside,
      element: h("span", { class: "region-label outside-label" }, outside.short[lang]),
      priority: 0,
      minZoom: 0,
    });
  if (ctx.overlay || shaded === "area")
    labels.push(...data.atlas.employmentAreas.map((a) => label("area", a.code, a.short[lang])));
  return labels;
}
