// Label elements for counties (focusable buttons with name and value) and employment areas.
import type { AppData } from "../appData.ts";
import type { MetricInfo } from "../data/survey.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { MapGeometry } from "../map/geojson.ts";
import { labelPoint } from "../map/labelPoints.ts";
import type { MapLabel } from "../map/labels.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { h } from "./dom.ts";
import { countyLines, valueText } from "./regionText.ts";

export interface LabelActions {
  onFocus(code: string, element: HTMLElement): void;
  onBlur(): void;
  onOpen(code: string): void;
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
 * Writes a county label's value and its screen-reader text for the current
 * metric, in place: a metric change needs no new elements (and no layout).
 * A small-sample value carries an asterisk, a cue that is not colour.
 */
export function refreshCountyLabel(
  element: HTMLElement,
  data: AppData,
  ctx: { lang: Lang; metric: MetricInfo; choropleth: Choropleth },
): void {
  const { lang, choropleth: c } = ctx;
  const code = element.dataset.code ?? "";
  const county = data.counties.get(code);
  const value = valueText(c, code, lang);
  const small = c.smallSample.includes(code);
  element.classList.toggle("small-sample", small);
  const valueElement = element.querySelector(".label-value");
  if (valueElement) valueElement.textContent = small ? `${value}*` : value;
  element.setAttribute(
    "aria-label",
    [
      `${county?.name[lang] ?? code}, ${ctx.metric.short[lang]}: ${value}`,
      ...countyLines(data, c, code, lang),
      t(lang, "openDetails"),
    ].join(". "),
  );
}

export function regionLabels(
  data: AppData,
  anchors: ReturnType<typeof labelAnchors>,
  ctx: { lang: Lang; metric: MetricInfo; choropleth: Choropleth; overlay: boolean },
  actions: LabelActions,
): MapLabel[] {
  const { lang } = ctx;
  const counties = data.atlas.counties.map((county): MapLabel => {
    const element = h(
      "button",
      {
        type: "button",
        class: "region-label county-label",
        "data-code": county.code,
        onfocus: (e: Event) => actions.onFocus(county.code, e.currentTarget as HTMLElement),
        onblur: () => actions.onBlur(),
        onclick: () => actions.onOpen(county.code),
      },
      h("span", { class: "label-name" }, county.short[lang]),
      h("span", { class: "label-value" }),
    );
    refreshCountyLabel(element, data, ctx);
    const area = data.atlas.municipalities
      .filter((m) => m.county === county.code)
      .reduce((s, m) => s + m.areaKm2, 0);
    return {
      key: `c${county.code}`,
      lngLat: anchors.counties.get(county.code) ?? [25, 64],
      element,
      priority: area,
      minZoom: 0,
    };
  });
  const outside = data.atlas.outside;
  if (outside && anchors.outside)
    counties.push({
      key: "outside",
      lngLat: anchors.outside,
      element: h("span", { class: "region-label outside-label" }, outside.short[lang]),
      priority: 0,
      minZoom: 0,
    });
  if (!ctx.overlay) return counties;
  const areas = data.atlas.employmentAreas.map(
    (area): MapLabel => ({
      key: `a${area.code}`,
      lngLat: anchors.areas.get(area.code) ?? [25, 64],
      element: h(
        "span",
        { class: "region-label area-label", "aria-hidden": "true" },
        area.short[lang],
      ),
      priority: -1,
      minZoom: 6.5,
    }),
  );
  return [...counties, ...areas];
}
