// One view per state: the dataset, its scale, a row per region, the legend, the words and the
// scene, made once. Every output (the maps, labels, tooltip, chart, table, CSV, exports,
// embed, presenter) draws this one value. Pure: no DOM, no MapLibre.
import type { AppData } from "../appData.ts";
import type { Dataset } from "../data/dataset.ts";
import type { LevelId } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { Choropleth } from "../scales/choropleth.ts";
import { type Authoring, NO_AUTHORING } from "../state/authoring.ts";
import { type ChartModel, chartModel } from "./chartModel.ts";
import type { PlaceHighlight } from "./layers.ts";
import { type LegendModel, legendModel } from "./legendModel.ts";
import { type RegionRow, rankedRows, regionRows } from "./regionRows.ts";
import { buildScene, type Scene } from "./scene.ts";
import { viewDescription } from "./viewDescription.ts";

/** A selected region: its level and code. */
export interface Selection {
  level: LevelId;
  code: string;
}

export interface ViewInput {
  data: AppData;
  dataset: Dataset;
  choropleth: Choropleth;
  lang: Lang;
  /** The employment-area overlay. */
  overlay: boolean;
  /** The selected region (outlined; highlighted in the chart when of the shown level), or null. */
  selected: Selection | null;
  /** Presenter mode: the question is the title. */
  present: boolean;
  /** The place found by search, outlined with the regions it lies within; absent or null for none. */
  place?: PlaceHighlight | null;
  /** The author's words, highlight and scale; none where absent. */
  author?: Authoring;
}

/** The author's words as every output shows them (text only); "" where the author gave none. */
export interface Story {
  description: string;
  notes: string;
  source: string;
  byline: string;
}

export interface View extends ViewInput {
  /** Every region of the shown level, in code order. */
  rows: RegionRow[];
  /** The same rows by rank: the chart's order. */
  ranked: RegionRow[];
  /** Rows by code. */
  row(code: string): RegionRow | undefined;
  legend: LegendModel;
  chart: ChartModel;
  /** The view in words (screen readers), the highlighted regions named. */
  description: string;
  /** The alt text of an embed or an export: the author's, else the view in words. */
  alt: string;
  /**
   * The heading of an embed, an export or a slide: the author's title, else
   * the question when presenting, else the app's name.
   */
  title: string;
  /** The author's description, notes, source line and byline. */
  story: Story;
  /** What is shown, with its edition or file: "Säännölliset tapaamiset (Kuntaliitto 2–3/2026)". */
  subtitle: string;
  scene: Scene;
}

const CLASS_WORDS = {
  quantile: "classQuantile",
  equal: "classEqual",
  jenks: "classJenks",
  custom: "classCustom",
} as const;

/** The view of a state: every output's one source of names, values, colours and words. */
export function viewOf(input: ViewInput): View {
  const { data, dataset, choropleth: c, lang } = input;
  const author = input.author ?? NO_AUTHORING;
  const highlight = author.highlight?.level === dataset.level ? author.highlight : null;
  const selected = input.selected?.level === dataset.level ? input.selected.code : null;
  const rows = regionRows({ data, dataset, choropleth: c, lang, selected });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const ranked = rankedRows(rows, lang);
  const scene = buildScene({
    data,
    dataset,
    choropleth: c,
    lang,
    overlay: input.overlay,
    selected: input.selected,
    place: input.place ?? null,
    highlight,
    rows,
  });
  const meta = dataset.survey;
  const described = [
    viewDescription(data, dataset, c, lang, ranked),
    highlight
      ? t(lang, "describeHighlight", {
          list: new Intl.ListFormat(lang, { type: "conjunction" }).format(
            highlight.codes.flatMap((code) => {
              const row = byCode.get(code);
              return row ? [`${row.short} ${row.valueText}`] : [];
            }),
          ),
        })
      : "",
    c.scale.classes && author.classing.method !== "continuous"
      ? t(lang, "describeClasses", { method: t(lang, CLASS_WORDS[author.classing.method]) })
      : "",
  ];
  const description = described.filter(Boolean).join(" ");
  return {
    ...input,
    rows,
    ranked,
    row: (code) => byCode.get(code),
    legend: legendModel({ data, lang, dataset, choropleth: c, layers: scene.layers }),
    chart: chartModel({ dataset, choropleth: c, lang, ranked }),
    description,
    alt: author.alt || [author.title, description].filter(Boolean).join(". "),
    title: author.title || (input.present ? c.metric.text[lang] : t(lang, "appTitle")),
    story: {
      description: author.description,
      notes: author.notes,
      source: author.source,
      byline: author.byline ? t(lang, "byline", { name: author.byline }) : "",
    },
    subtitle: meta
      ? `${c.metric.text[lang]} (${meta.publisher[lang]} ${meta.period.label})`
      : `${c.metric.text[lang]} (${t(lang, "importSource", { name: dataset.name })}${
          dataset.imported?.period ? `, ${dataset.imported.period}` : ""
        })`,
    scene,
  };
}
