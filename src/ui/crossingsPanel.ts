// The panel listing every employment area that crosses a county border, with its shares.
import type { AppData } from "../appData.ts";
import type { Dataset, DatasetMetric } from "../data/dataset.ts";
import { formatNumber, formatShare } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { listOf, tn } from "../i18n/plural.ts";
import { tv } from "../i18n/viewMessages.ts";
import { municipalityName } from "../scene/regionText.ts";
import { landSource, populationSource } from "../scene/sourceText.ts";
import { h } from "./dom.ts";

/**
 * With municipal data shown, each county part also gets the metric's value over
 * its municipalities (aggregated by the metric's rule) and its coverage.
 */
export function crossingsPanel(
  data: AppData,
  lang: Lang,
  actions: {
    onShow(area: string): void;
    selected: string | null;
    values?: { dataset: Dataset; metric: DatasetMetric };
  },
): HTMLElement {
  const partValue = (municipalities: readonly string[]) => {
    const v = actions.values;
    const result = v?.dataset.imported?.aggregate(municipalities, v.metric.id);
    if (!v || !result) return "";
    const { coverage } = result;
    return ` · ${v.metric.label[lang]}: ${formatNumber(result.value, lang, v.metric.digits)} (${t(
      lang,
      "coverage",
      {
        count: coverage.count,
        of: coverage.of,
        share: formatShare(coverage.populationShare, lang),
      },
    )})`;
  };
  return h(
    "section",
    { class: "crossings", "aria-labelledby": "crossings-title" },
    h("h2", { id: "crossings-title" }, tv(lang, "crossingsTitle")),
    h(
      "p",
      {},
      data.crossings.length
        ? tn(lang, "crossingsIntro", data.crossings.length, {
            of: data.atlas.regions.employmentArea.length,
            landSource: landSource(data.atlas, lang),
            populationSource: populationSource(data.atlas, lang),
          })
        : tv(lang, "crossingsNone"),
    ),
    h(
      "ol",
      { class: "crossing-list" },
      ...data.crossings.map((span) =>
        h(
          "li",
          { class: span.employmentArea === actions.selected ? "selected" : "" },
          h(
            "button",
            {
              type: "button",
              class: "crossing-name",
              "aria-pressed": span.employmentArea === actions.selected ? "true" : "false",
              onclick: () => actions.onShow(span.employmentArea),
            },
            data.regions.employmentArea.get(span.employmentArea)?.name[lang] ?? span.employmentArea,
          ),
          h(
            "ul",
            { class: "crossing-parts" },
            ...span.parts.map((part) =>
              h(
                "li",
                {},
                h("b", {}, data.regions.county.get(part.county)?.short[lang] ?? part.county),
                `: ${formatShare(part.landShare, lang)} ${t(lang, "landShare")}, ${formatShare(part.populationShare, lang)} ${t(lang, "populationShare")}`,
                h("span", { class: "crossing-value" }, partValue(part.municipalities)),
                h(
                  "span",
                  { class: "crossing-munis" },
                  ` (${listOf(
                    lang,
                    part.municipalities.map((m) => municipalityName(data, m, lang)),
                  )})`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
