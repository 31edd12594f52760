// The data table: one row per county, the nine scores, N and the number of employment areas; sortable.
import type { AppData } from "../appData.ts";
import { METRIC_IDS } from "../data/metrics.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { h } from "./dom.ts";

export type SortKey = "county" | (typeof METRIC_IDS)[number] | "areas";
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface TableRow {
  code: string;
  name: string;
  values: Record<string, number | null>;
}

/**
 * Rows sorted by a column: names in the language's collation, numbers by value
 * with empty cells last in either direction; ties by name.
 */
export function sortRows(rows: readonly TableRow[], sort: Sort, lang: Lang): TableRow[] {
  const byName = (a: TableRow, b: TableRow) => a.name.localeCompare(b.name, lang);
  return [...rows].sort((a, b) => {
    if (sort.key === "county") return sort.descending ? byName(b, a) : byName(a, b);
    const va = a.values[sort.key] ?? null;
    const vb = b.values[sort.key] ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return (sort.descending ? vb - va : va - vb) || byName(a, b);
  });
}

export function tableRows(data: AppData, lang: Lang): TableRow[] {
  return data.atlas.counties.map((c) => ({
    code: c.code,
    name: c.short[lang],
    values: {
      ...data.survey.byCounty.get(c.code),
      areas: (data.areasByCounty.get(c.code) ?? []).length,
    },
  }));
}

export function tableView(
  data: AppData,
  lang: Lang,
  sort: Sort,
  onSort: (sort: Sort) => void,
): HTMLElement {
  const columns: { key: SortKey; label: string }[] = [
    { key: "county", label: t(lang, "tableCounty") },
    ...METRIC_IDS.map((id) => ({
      key: id,
      label: data.survey.meta.metrics.find((m) => m.id === id)?.short[lang] ?? id,
    })),
    { key: "areas", label: t(lang, "tableAreas") },
  ];
  const header = columns.map(({ key, label }) => {
    const active = sort.key === key;
    const next: Sort = { key, descending: active ? !sort.descending : key !== "county" };
    return h(
      "th",
      {
        scope: "col",
        "aria-sort": active ? (sort.descending ? "descending" : "ascending") : "none",
      },
      h(
        "button",
        {
          type: "button",
          class: "sort",
          title: t(lang, "sortBy", { column: label }),
          onclick: () => onSort(next),
        },
        label,
        h(
          "span",
          { class: "sort-mark", "aria-hidden": "true" },
          active ? (sort.descending ? " ▼" : " ▲") : "",
        ),
      ),
    );
  });
  const body = sortRows(tableRows(data, lang), sort, lang).map((row) =>
    h(
      "tr",
      { "data-code": row.code },
      h("th", { scope: "row" }, row.name),
      ...columns
        .slice(1)
        .map(({ key }) =>
          h(
            "td",
            {},
            formatNumber(
              row.values[key] ?? null,
              lang,
              key === "respondents" || key === "areas" ? 0 : 1,
            ),
          ),
        ),
    ),
  );
  const national = data.survey.national;
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-labelledby": "table-caption" },
    h(
      "table",
      { class: "data-table" },
      h("caption", { id: "table-caption" }, t(lang, "tableCaption")),
      h("thead", {}, h("tr", {}, ...header)),
      h("tbody", {}, ...body),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row" }, t(lang, "national")),
          ...METRIC_IDS.map((id) =>
            h("td", {}, formatNumber(national[id], lang, id === "respondents" ? 0 : 1)),
          ),
          h("td", {}, formatNumber(data.atlas.employmentAreas.length, lang, 0)),
        ),
      ),
    ),
  );
}
