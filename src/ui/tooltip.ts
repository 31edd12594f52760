// The tooltip shown on hover, tap or keyboard focus: a county and, with the overlay, its employment area.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { h, replace } from "./dom.ts";
import { areaLines, regionLines, valueText } from "./regionText.ts";

export interface TooltipContent {
  county: string | null;
  employmentArea: string | null;
}

export function tooltip(element: HTMLElement) {
  return {
    show(
      content: TooltipContent,
      at: { x: number; y: number },
      ctx: { data: AppData; dataset: Dataset; choropleth: Choropleth; lang: Lang },
    ) {
      const { data, dataset, choropleth: c, lang } = ctx;
      // The shaded level's region leads, with its value; the other level follows as context.
      const valueBlock = (code: string) => [
        h(
          "div",
          { class: "tooltip-value" },
          `${c.metric.label[lang]}: `,
          h("b", {}, valueText(c, code, lang)),
        ),
        ...regionLines(dataset, c, code, lang).map((line) => h("div", {}, line)),
      ];
      const county = content.county ? data.counties.get(content.county) : undefined;
      const area = content.employmentArea ? data.areas.get(content.employmentArea) : undefined;
      if (!county && !area) return this.hide();
      replace(
        element,
        county
          ? h(
              "div",
              { class: "tooltip-county" },
              h("strong", { class: "tooltip-name" }, county.name[lang]),
              ...(dataset.level === "county" ? valueBlock(county.code) : []),
            )
          : null,
        area
          ? h(
              "div",
              { class: "tooltip-area" },
              h("strong", {}, `${t(lang, "employmentArea")}: ${area.name[lang]}`),
              ...(dataset.level === "area" ? valueBlock(area.code) : []),
              ...areaLines(data, area.code, lang).map((line) => h("div", {}, line)),
            )
          : null,
      );
      element.hidden = false;
      const parent = element.offsetParent as HTMLElement | null;
      const maxX = (parent?.clientWidth ?? 800) - element.offsetWidth - 8;
      const maxY = (parent?.clientHeight ?? 600) - element.offsetHeight - 8;
      element.style.left = `${Math.max(8, Math.min(at.x + 14, maxX))}px`;
      element.style.top = `${Math.max(8, Math.min(at.y + 14, maxY))}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
