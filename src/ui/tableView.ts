// The data table of the shown dataset: one row per region, a column per metric; sortable.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { nationalLabel } from "../scene/regionText.ts";
import { h } from "./dom.ts";

/** "region" sorts by name; any other key is a metric id or "areas". */
export interface Sort {
  key: string;
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
    if (sort.key === "region") return sort.descending ? byName(b, a) : byName(a, b);
    const va = a.values[sort.key] ?? null;
    const vb = b.values[sort.key] ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return (sort.descending ? vb - va : va - vb) || byName(a, b);
  });
}

interface Column {
  key: string;
  label: string;
  digits: number;
}

/** The columns: every metric, and for county data the number of employment areas. */
function columnsOf(dataset: Dataset, lang: Lang): Column[] {
  const metrics = dataset.metrics.map((m) => ({
    key: m.id,
    label: m.label[lang],
    digits: m.digits,
  }));
  return dataset.level === "county"
    ? [...metrics, { key: "areas", label: t(lang, "tableAreas"), digits: 0 }]
    : metrics;
}

export function tableRows(data: AppData, dataset: Dataset, lang: Lang): TableRow[] {
  const regions = data.regions[dataset.level];
  return dataset.codes.map((code) => ({
    code,
    name: regions.get(code)?.short[lang] ?? code,
    values: {
      ...Object.fromEntries(dataset.metrics.map((m) => [m.id, dataset.value(code, m.id)])),
      areas: (data.areasByCounty.get(code) ?? []).length,
    },
  }));
}

export function tableView(
  data: AppData,
  dataset: Dataset,
  lang: Lang,
  sort: Sort,
  onSort: (sort: Sort) => void,
): HTMLElement {
  const regionLabel = LEVELS[dataset.level].words.one[lang];
  const columns = columnsOf(dataset, lang);
  const head = [{ key: "region", label: regionLabel }, ...columns].map(({ key, label }) => {
    const active = sort.key === key;
    const next: Sort = { key, descending: active ? !sort.descending : key !== "region" };
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
  const body = sortRows(tableRows(data, dataset, lang), sort, lang).map((row) =>
    h(
      "tr",
      { "data-code": row.code },
      h("th", { scope: "row" }, row.name),
      ...columns.map((c) => h("td", {}, formatNumber(row.values[c.key] ?? null, lang, c.digits))),
    ),
  );
  const footer = columns.map((c) =>
    h(
      "td",
      {},
      c.key === "areas"
        ? formatNumber(data.atlas.regions.employmentArea.length, lang, 0)
        : formatNumber(
            dataset.summary(c.key),
            lang,
            dataset.kind === "survey" ? c.digits : Math.max(1, c.digits),
          ),
    ),
  );
  const caption =
    dataset.kind === "survey"
      ? t(lang, "tableCaption")
      : `${t(lang, "importSource", { name: dataset.name })} (${LEVELS[dataset.level].words.by[lang]})`;
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-labelledby": "table-caption" },
    h(
      "table",
      { class: "data-table" },
      h("caption", { id: "table-caption" }, caption),
      h("thead", {}, h("tr", {}, ...head)),
      h("tbody", {}, ...body),
      h(
        "tfoot",
        {},
        h("tr", {}, h("th", { scope: "row" }, nationalLabel(dataset, lang)), ...footer),
      ),
    ),
  );
}
