// Periods as statistics tables write them: 2024, 2024Q4 (2024K4), 2024M01, 2024-01.

/** A period in one canonical form: "2024", "2024Q4" or "2024M01"; null when the text is none. */
export function parsePeriod(text: string): string | null {
  const t = text.trim().replace(/\*+$/, "");
  const m =
    /^((?:19|20)\d\d)(?:\s*([QK])\s*([1-4])|\s*M\s*(0?[1-9]|1[0-2])|-(0[1-9]|1[0-2]))?$/i.exec(t);
  if (!m) return null;
  const [, year = "", , quarter, month, isoMonth] = m;
  if (quarter) return `${year}Q${quarter}`;
  const mm = month ?? isoMonth;
  if (mm) return `${year}M${mm.padStart(2, "0")}`;
  return year;
}

/** Headers that name a period column: "Vuosi", "År", "Year", "Vuosineljännes", "Kuukausi", "Tid". */
export const PERIOD_HEADER =
  /^(vuosi|vuodet|år|year|years|aika|tid|time|period|periodi|ajanjakso|kuukausi|månad|month|neljännes|vuosineljännes|kvartal|quarter|tilastovuosi|statistikår|vuosi ja kuukausi)$/i;

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
