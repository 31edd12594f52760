// The editions of the sources, in words: where the population and area figures come from, and of when.
import { type Atlas, sourceOf } from "../data/atlas.ts";
import type { Lang } from "../i18n/language.ts";

/** A source's date (YYYY-MM-DD) as people write it: "31.12.2024", or "31 December 2024" in English. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  if (lang !== "en") return `${d}.${m}.${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  return `${d} ${month} ${y}`;
}

/** The population's date: "31.12.2024"; "–" for an atlas that names no population source. */
export const populationDate = (atlas: Atlas, lang: Lang) => {
  const source = sourceOf(atlas, "population");
  return source ? formatDate(source.date, lang) : "–";
};

/** The population source with its edition: "Tilastokeskus 31.12.2024". */
export const populationSource = (atlas: Atlas, lang: Lang) => {
  const source = sourceOf(atlas, "population");
  return source ? `${source.publisher[lang]} ${formatDate(source.date, lang)}` : "–";
};

/** The land-area source with its edition: "Maanmittauslaitos 2023". */
export const landSource = (atlas: Atlas, lang: Lang) => {
  const source = sourceOf(atlas, "landArea");
  return source ? `${source.publisher[lang]} ${source.date.slice(0, 4)}` : "–";
};
