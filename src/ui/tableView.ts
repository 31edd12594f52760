// The data table of the shown dataset: one row per region, a column per metric, the rank; sortable.
import type { Dataset } from "../data/dataset.ts";
import { LEVELS } from "../data/levels.ts";
import { compareNames } from "../i18n/collate.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { tv } from "../i18n/viewMessages.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { nationalLabel } from "../scene/regionText.ts";
import type { View } from "../scene/view.ts";
import { h } from "./dom.ts";

/** "region" sorts by name; any other key is a metric id, "rank" or "areas". */
export interface Sort {
  key: string;
  descending: boolean;
  /** Regions with few respondents after all others, whatever the column. */
  smallLast: boolean;
}

export interface TableRow {
  code: string;
  name: string;
  values: Record<string, number | null>;
  /** Few respondents: marked, and not ranked on a mean score. */
  small: boolean;
}

/**
 * Rows sorted by a column: names in the language's collation, numbers by value
 * with empty cells last in either direction; ties by name. With `smallLast`,
 * the small-sample rows follow the others, sorted the same way among themselves.
 */
export function sortRows(rows: readonly TableRow[], sort: Sort, lang: Lang): TableRow[] {
  const byName = (a: TableRow, b: TableRow) => compareNames(a.name, b.name, lang);
  return [...rows].sort((a, b) => {
    if (sort.smallLast && a.small !== b.small) return a.small ? 1 : -1;
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
  /** The national N of the column's question, where it has one. */
  n: number | null;
}

/** The columns: every metric, the rank on the shown one, and for county data the number of employment areas. */
/** Rows drawn at once; the rest follow in later tasks, so a municipal table never blocks the page. */
const ROWS_PER_TASK = 80;

function progressiveBody(rows: HTMLElement[]): HTMLElement {
  const tbody = h("tbody", {}, ...rows.slice(0, ROWS_PER_TASK));
  let next = ROWS_PER_TASK;
  const more = () => {
    // A table replaced meanwhile stops growing.
    if (next >= rows.length || (next > ROWS_PER_TASK && !tbody.isConnected)) return;
    tbody.append(...rows.slice(next, next + ROWS_PER_TASK));
    next += ROWS_PER_TASK;
    setTimeout(more, 0);
  };
  if (rows.length > ROWS_PER_TASK) setTimeout(more, 0);
  return tbody;
}

/** Metric columns a table shows at most: a table of hundreds of columns is read by nobody and freezes the page. */
export const MAX_TABLE_METRICS = 12;

/** The metrics a table shows: all, or the shown one and the first others up to the limit, in file order. */
function shownMetrics(dataset: Dataset, c: Choropleth) {
  if (dataset.metrics.length <= MAX_TABLE_METRICS) return dataset.metrics;
  const others = dataset.metrics
    .filter((m) => m.id !== c.metric.id)
    .slice(0, MAX_TABLE_METRICS - 1);
  const keep = new Set([c.metric.id, ...others.map((m) => m.id)]);
  return dataset.metrics.filter((m) => keep.has(m.id));
}

function columnsOf(dataset: Dataset, c: Choropleth, lang: Lang): Column[] {
  const metrics = shownMetrics(dataset, c).map((m) => ({
    key: m.id,
    label: m.label[lang],
    digits: m.digits,
    n: m.kind === "mean" ? m.n : null,
  }));
  const rank = {
    key: "rank",
    label: tv(lang, "tableRank", { metric: c.metric.label[lang] }),
    digits: 0,
    n: null,
  };
  return dataset.level === "county"
    ? [...metrics, rank, { key: "areas", label: tv(lang, "tableAreas"), digits: 0, n: null }]
    : [...metrics, rank];
}

/** The table's rows: names, the shown metric's value and rank from the view's rows; the other metrics beside. */
export function tableRows(view: View): TableRow[] {
  const { data, dataset, choropleth: c } = view;
  return view.rows.map((row) => ({
    code: row.code,
    name: row.short,
    values: {
      ...Object.fromEntries(dataset.metrics.map((m) => [m.id, dataset.value(row.code, m.id)])),
      [c.metric.id]: row.value,
      rank: row.rank,
      areas: (data.areasByCounty.get(row.code) ?? []).length,
    },
    small: row.smallSample || row.partial,
  }));
}

/** The first three attributes of an imported region's row, as a line under its name; none for the survey. */
function attributeLine(dataset: View["dataset"], code: string): HTMLElement[] {
  const attributes = dataset.imported?.attributes(code).slice(0, 3) ?? [];
  return attributes.length
    ? [
        h(
          "span",
          { class: "table-attributes" },
          attributes.map((a) => `${a.name}: ${a.value}`).join(" · "),
        ),
      ]
    : [];
}

export interface TableActions {
  onSort(sort: Sort): void;
}

export function tableView(view: View, sort: Sort, actions: TableActions): HTMLElement {
  const { data, dataset, choropleth: c, lang } = view;
  const regionLabel = LEVELS[dataset.level].words.one[lang];
  const columns = columnsOf(dataset, c, lang);
  const head = [{ key: "region", label: regionLabel }, ...columns].map(({ key, label }) => {
    const active = sort.key === key;
    const next: Sort = {
      ...sort,
      key,
      descending: active ? !sort.descending : key !== "region" && key !== "rank",
    };
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
          title: tv(lang, "sortBy", { column: label }),
          onclick: () => actions.onSort(next),
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
  const min = dataset.smallSampleMin ?? 0;
  const body = sortRows(tableRows(view), sort, lang).map((row) =>
    h(
      "tr",
      { "data-code": row.code, class: row.small ? "small-sample" : "" },
      h(
        "th",
        { scope: "row" },
        row.small ? `${row.name}*` : row.name,
        // An imported table's attributes ("Maakunta: Uusimaa"), the first three, under the name.
        ...attributeLine(dataset, row.code),
      ),
      ...columns.map((col) =>
        h(
          "td",
          {},
          col.key === "rank" && c.unranked.includes(row.code)
            ? h("abbr", { title: t(lang, "notRanked", { min }) }, "–*")
            : formatNumber(row.values[col.key] ?? null, lang, col.digits),
        ),
      ),
    ),
  );
  const footer = columns.map((col) =>
    h(
      "td",
      {},
      col.key === "areas"
        ? formatNumber(data.atlas.regions.employmentArea.length, lang, 0)
        : col.key === "rank"
          ? ""
          : formatNumber(
              dataset.summary(col.key),
              lang,
              dataset.kind === "survey" ? col.digits : Math.max(1, col.digits),
            ),
    ),
  );
  const questionN = columns.some((col) => col.n !== null)
    ? h(
        "tr",
        { class: "question-n" },
        h("th", { scope: "row" }, tv(lang, "tableQuestionN")),
        ...columns.map((col) => h("td", {}, col.n === null ? "" : formatNumber(col.n, lang, 0))),
      )
    : null;
  const meta = dataset.survey;
  const caption = meta
    ? `${meta.title[lang]}: ${meta.scale.statistic[lang]}, ${LEVELS[dataset.level].words.by[lang]}`
    : `${t(lang, "importSource", { name: dataset.name })} (${LEVELS[dataset.level].words.by[lang]})`;
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-labelledby": "table-caption" },
    dataset.metrics.length > MAX_TABLE_METRICS
      ? h(
          "p",
          { class: "table-note", id: "table-capped" },
          tv(lang, "tableCapped", { shown: MAX_TABLE_METRICS, of: dataset.metrics.length }),
        )
      : null,
    dataset.smallSample.length && !dataset.imported
      ? h(
          "label",
          { class: "field check table-option" },
          h("input", {
            type: "checkbox",
            id: "table-small-last",
            checked: sort.smallLast,
            onchange: (e: Event) =>
              actions.onSort({ ...sort, smallLast: (e.target as HTMLInputElement).checked }),
          }),
          ` ${tv(lang, "tableSmallLast")}`,
        )
      : null,
    h(
      "table",
      { class: "data-table" },
      h("caption", { id: "table-caption" }, caption),
      h("thead", {}, h("tr", {}, ...head)),
      progressiveBody(body),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row" }, nationalLabel(dataset, lang, c.metric.id)),
          ...footer,
        ),
        questionN,
      ),
    ),
    dataset.smallSample.length
      ? h(
          "p",
          { class: "table-note" },
          dataset.imported ? t(lang, "partialLegend") : t(lang, "tableNotRanked", { min }),
        )
      : null,
  );
}
