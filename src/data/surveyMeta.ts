// A survey edition's metadata (its .meta.json), checked field by field: everything the app says about a survey comes from here.
import type { Localized } from "../i18n/language.ts";

/** How a metric is read: a mean score (ranked; its national figure is the all-respondents mean), or a count (its national figure is the total). */
export type MetricKind = "mean" | "count";

export interface MetricInfo {
  id: string;
  kind: MetricKind;
  text: Localized;
  short: Localized;
  /** Answers to the question nationally (for a count of respondents, all of them). */
  n: number;
  /** The range row of the publication's table, [min, max], where it has one. */
  range?: [number, number];
}

export interface SurveyMeta {
  id: string;
  /** The table's file, beside the metadata. */
  file: string;
  publisher: Localized;
  title: Localized;
  /** The line under the app's title: what the map shows, with the edition. */
  subtitle: Localized;
  /** The survey's part of the source line under the map. */
  attribution: Localized;
  period: { start: string; end: string; label: string };
  published: string;
  respondents: { n: number; who: Localized };
  question: Localized;
  scale: { min: number; max: number; low: Localized; high: Localized; statistic: Localized };
  /** How to read the survey, paragraphs in three languages (the about panel's section). */
  about: Record<keyof Localized, string[]>;
  countyColumn: string;
  nationalRow: string;
  /** Counties with fewer respondents than this are hatched and not ranked. */
  smallSample: number;
  metrics: MetricInfo[];
}

/** The metadata is not usable; the message names the field and what is wrong with it. */
export class SurveyMetaError extends Error {
  override name = "SurveyMetaError";
}

type Json = Record<string, unknown>;

const LANGS = ["fi", "sv", "en"] as const;

function fail(path: string, what: string): never {
  throw new SurveyMetaError(`${path}: ${what}`);
}
const object = (v: unknown, path: string): Json =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : fail(path, "not an object");
const text = (v: unknown, path: string): string =>
  typeof v === "string" && v.trim() ? v : fail(path, "missing or empty text");
const number = (v: unknown, path: string, min = Number.NEGATIVE_INFINITY): number =>
  typeof v === "number" && Number.isFinite(v) && v >= min ? v : fail(path, `not a number ≥ ${min}`);
const localized = (v: unknown, path: string): Localized => {
  const o = object(v, path);
  return {
    fi: text(o.fi, `${path}.fi`),
    sv: text(o.sv, `${path}.sv`),
    en: text(o.en, `${path}.en`),
  };
};

/**
 * Checks a parsed .meta.json and returns it typed. Every field the app shows is
 * required: publisher, title, subtitle, attribution, edition (period), respondents,
 * question, scale, the about text, and each metric's id, kind, texts in fi, sv
 * and en, and national N. A metric id must be a plain identifier and unique.
 * Throws a SurveyMetaError naming the first field that is wrong.
 */
export function validateSurveyMeta(value: unknown, source = "meta.json"): SurveyMeta {
  const m = object(value, source);
  const at = (key: string) => `${source} ${key}`;
  const period = object(m.period, at("period"));
  const respondents = object(m.respondents, at("respondents"));
  const scale = object(m.scale, at("scale"));
  const about = object(m.about, at("about"));
  if (!Array.isArray(m.metrics) || !m.metrics.length) fail(at("metrics"), "no metrics");
  const ids = new Set<string>();
  const metrics = m.metrics.map((raw, i): MetricInfo => {
    const path = at(`metrics[${i}]`);
    const metric = object(raw, path);
    const id = text(metric.id, `${path}.id`);
    if (!/^[a-z][a-z0-9_]*$/.test(id)) fail(`${path}.id`, `"${id}" is not a plain identifier`);
    if (ids.has(id)) fail(`${path}.id`, `"${id}" is given twice`);
    ids.add(id);
    const kind = metric.kind;
    if (kind !== "mean" && kind !== "count") fail(`${path}.kind`, 'not "mean" or "count"');
    const range = metric.range;
    if (
      range !== undefined &&
      !(Array.isArray(range) && range.length === 2 && range.every((r) => typeof r === "number"))
    )
      fail(`${path}.range`, "not [min, max]");
    return {
      id,
      kind,
      text: localized(metric.text, `${path}.text`),
      short: localized(metric.short, `${path}.short`),
      n: number(metric.n, `${path}.n`, 0),
      ...(range ? { range: range as [number, number] } : {}),
    };
  });
  return {
    id: text(m.id, at("id")),
    file: text(m.file, at("file")),
    publisher: localized(m.publisher, at("publisher")),
    title: localized(m.title, at("title")),
    subtitle: localized(m.subtitle, at("subtitle")),
    attribution: localized(m.attribution, at("attribution")),
    period: {
      start: text(period.start, at("period.start")),
      end: text(period.end, at("period.end")),
      label: text(period.label, at("period.label")),
    },
    published: text(m.published, at("published")),
    respondents: {
      n: number(respondents.n, at("respondents.n"), 0),
      who: localized(respondents.who, at("respondents.who")),
    },
    question: localized(m.question, at("question")),
    scale: {
      min: number(scale.min, at("scale.min")),
      max: number(scale.max, at("scale.max")),
      low: localized(scale.low, at("scale.low")),
      high: localized(scale.high, at("scale.high")),
      statistic: localized(scale.statistic, at("scale.statistic")),
    },
    about: Object.fromEntries(
      LANGS.map((lang) => {
        const paragraphs = about[lang];
        if (!Array.isArray(paragraphs) || !paragraphs.length)
          fail(at(`about.${lang}`), "no paragraphs");
        return [lang, paragraphs.map((p, i) => text(p, at(`about.${lang}[${i}]`)))];
      }),
    ) as SurveyMeta["about"],
    countyColumn: text(m.countyColumn, at("countyColumn")),
    nationalRow: text(m.nationalRow, at("nationalRow")),
    smallSample: number(m.smallSample, at("smallSample"), 1),
    metrics,
  };
}
