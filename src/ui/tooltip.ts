// The tooltip shown on hover, tap or keyboard focus: the shaded region with its value, and its context.
import { LEVELS, type LevelId, OVERLAY_LEVELS } from "../data/levels.ts";
import { t } from "../i18n/messages.ts";
import type { Hit } from "../map/hitTest.ts";
import { importedRegionLines } from "../scene/provenanceText.ts";
import { areaLines } from "../scene/regionText.ts";
import type { View } from "../scene/view.ts";
import { h, replace } from "./dom.ts";

export type TooltipContext = Pick<
  View,
  "data" | "dataset" | "choropleth" | "lang" | "overlay" | "row"
>;

export function tooltip(element: HTMLElement) {
  return {
    /** Shows what is at a point; hides the tooltip where nothing is (the sea, abroad). */
    show(hit: Hit, at: { x: number; y: number }, ctx: TooltipContext) {
      const { data, dataset, choropleth: c, lang } = ctx;
      const shaded = dataset.level;
      const code = hit[shaded];
      // The shaded region as every output shows it: the view's row.
      const region = code ? ctx.row(code) : undefined;
      const regionAt = (level: LevelId) => {
        const at = hit[level];
        return at ? data.regions[level].get(at) : undefined;
      };
      // The regions the shaded one is told within (the registry's `context`), and the overlay's.
      const context = LEVELS[shaded].context.flatMap((level) => {
        const r = regionAt(level);
        return r ? [{ level, region: r }] : [];
      });
      const overlaid = OVERLAY_LEVELS.includes(shaded);
      const areas =
        ctx.overlay || overlaid
          ? OVERLAY_LEVELS.flatMap((level) => {
              const r = level === shaded ? undefined : regionAt(level);
              return r ? [{ level, region: r }] : [];
            })
          : [];
      const outside =
        !LEVELS[shaded].coversOutside && hit.outside
          ? data.regions.outside.get("outside")
          : undefined;
      if (!region && !context.length && !areas.length && !outside) return this.hide();
      replace(
        element,
        region
          ? h(
              "div",
              { class: "tooltip-region" },
              h("strong", { class: "tooltip-name" }, region.name),
              h(
                "div",
                { class: "tooltip-value" },
                `${c.metric.label[lang]}: `,
                h("b", {}, region.valueWithN),
              ),
              ...region.lines.map((line) => h("div", {}, line)),
              ...importedRegionLines(dataset, c.metric.id, region.code, lang, region.name).map(
                (line) => h("div", { class: "tooltip-provenance" }, line),
              ),
              ...(overlaid ? areaLines(data, region.code, lang) : []).map((line) =>
                h("div", {}, line),
              ),
            )
          : null,
        ...context.map(({ level, region: r }) =>
          h(
            "div",
            { class: `tooltip-context tooltip-${level}` },
            `${LEVELS[level].words.one[lang]}: ${r.name[lang]}`,
          ),
        ),
        ...areas.map(({ level, region: r }) =>
          h(
            "div",
            { class: "tooltip-area" },
            h("strong", {}, `${LEVELS[level].words.one[lang]}: ${r.name[lang]}`),
            ...areaLines(data, r.code, lang).map((line) => h("div", {}, line)),
          ),
        ),
        outside ? h("div", { class: "tooltip-outside" }, t(lang, "legendOutside")) : null,
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
