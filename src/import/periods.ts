// Periods as statistics tables write them: 2024, 2024Q4 (2024K4), 2024M01, 2024-01, ISO dates, a month in its own column.

const MONTHS: Record<string, number> = {
  tammikuu: 1,
  helmikuu: 2,
  maaliskuu: 3,
  huhtikuu: 4,
  toukokuu: 5,
  kesäkuu: 6,
  heinäkuu: 7,
  elokuu: 8,
  syyskuu: 9,
  lokakuu: 10,
  marraskuu: 11,
  joulukuu: 12,
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

const pad = (n: number) => String(n).padStart(2, "0");
const validDay = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A period in one canonical form: "2024", "2024Q4", "2024M01" or an ISO date
 * "2024-03-31"; null when the text is none. Years 1900–2099 only; a month
 * beyond 12, a quarter beyond 4, a day a month does not have, and numbers such
 * as 0 or 99999 are no period. A trailing "*" (preliminary) is dropped.
 */
export function parsePeriod(text: string): string | null {
  const t = text.trim().replace(/\*+$/, "").trim();
  const m =
    /^((?:19|20)\d\d)(?:\s*([QK])\s*([1-4])|\s*M\s*(0?[1-9]|1[0-2])|-(0[1-9]|1[0-2]))?$/i.exec(t);
  if (m) {
    const [, year = "", , quarter, month, isoMonth] = m;
    if (quarter) return `${year}Q${quarter}`;
    const mm = month ?? isoMonth;
    if (mm) return `${year}M${mm.padStart(2, "0")}`;
    return year;
  }
  // "2024-03-31" (ISO), "31.3.2024" (Finnish), with or without a time of day.
  const iso = /^((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+Z?)?$/.exec(t);
  const fi = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$/.exec(t);
  const [y, mo, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : fi
      ? [Number(fi[3]), Number(fi[2]), Number(fi[1])]
      : [0, 0, 0];
  if (y && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  return null;
}

/** Headers that name a period column: "Vuosi", "År", "Year", "Vuosineljännes", "Kuukausi", "Tid", "Päivämäärä". */
export const PERIOD_HEADER =
  /^(vuosi|vuodet|år|year|years|aika|tid|time|period|periodi|ajanjakso|kuukausi|månad|month|neljännes|vuosineljännes|kvartal|quarter|tilastovuosi|statistikår|vuosi ja kuukausi|päivämäärä|pvm|datum|date|ajankohta|tilastointiajankohta)$/i;

/** Headers of a month (or quarter) in a column of its own, next to a year column. */
export const MONTH_HEADER = /^(kuukausi|kk|månad|month)$/i;
export const QUARTER_HEADER = /^(neljännes|vuosineljännes|kvartal|quarter)$/i;

/** A month cell: 1–12, "01", "M01", or its name in Finnish, Swedish or English; null otherwise. */
export function parseMonth(text: string): number | null {
  const t = text.trim().toLocaleLowerCase("fi");
  const n = /^m?(\d{1,2})$/.exec(t);
  if (n) {
    const v = Number(n[1]);
    return v >= 1 && v <= 12 ? v : null;
  }
  return MONTHS[t] ?? MONTHS[t.slice(0, 3) === "maj" ? "maj" : t] ?? null;
}

/** A quarter cell: 1–4, "Q1", "K1"; null otherwise. */
export function parseQuarter(text: string): number | null {
  const m = /^[QK]?([1-4])$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A year and a month (or quarter) from two columns, as one period: "2024M03", "2024Q1". */
export function joinPeriod(year: string, part: string, kind: "month" | "quarter"): string | null {
  const y = parsePeriod(year);
  if (!y || !/^\d{4}$/.test(y)) return null;
  const v = kind === "month" ? parseMonth(part) : parseQuarter(part);
  return v === null ? null : kind === "month" ? `${y}M${pad(v)}` : `${y}Q${v}`;
}

/**
 * A header that carries a period and a name, as PxWeb writes wide tables:
 * "2021 Väkiluku", "Väkiluku 2021", "2024Q1". The name is "" for a bare period.
 */
export function periodInHeader(header: string): { period: string; name: string } | null {
  const h = header.trim();
  const whole = parsePeriod(h);
  if (whole) return { period: whole, name: "" };
  const lead = /^(\S+)\s+(.+)$/.exec(h);
  const leading = lead ? parsePeriod(lead[1] ?? "") : null;
  if (lead && leading) return { period: leading, name: (lead[2] ?? "").trim() };
  const trail = /^(.+?)\s+(\S+)$/.exec(h);
  const trailing = trail ? parsePeriod(trail[2] ?? "") : null;
  if (trail && trailing) return { period: trailing, name: (trail[1] ?? "").trim() };
  return null;
}

/** Periods in time order: years before their quarters and months, numerically. */
export function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
