// The survey as a plain HTML table, written into index.html at build time for readers without JavaScript.
import type { Region } from "../data/atlas.ts";
import type { Survey } from "../data/survey.ts";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );

/** "3,5" in the Finnish way; "–" where there is no value. */
const number = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? "–" : value.toFixed(digits).replace(".", ",");

/**
 * The default survey edition by county (Finnish names and questions, as the
 * survey was published), with its all-respondents row, and a line in Finnish,
 * Swedish and English saying that the map itself needs JavaScript.
 */
export function noscriptSurveyTable(survey: Survey, counties: readonly Region[]): string {
  const m = survey.meta;
  const head = m.metrics
    .map((metric) => `<th scope="col">${escapeHtml(metric.short.fi)}</th>`)
    .join("");
  const row = (name: string, values: Record<string, number | null | undefined>) =>
    `<tr><th scope="row">${escapeHtml(name)}</th>${m.metrics
      .map((metric) => `<td>${number(values[metric.id], metric.kind === "count" ? 0 : 1)}</td>`)
      .join("")}</tr>`;
  const rows = counties.map((c) => row(c.short.fi, survey.byCounty.get(c.code) ?? {})).join("");
  return [
    '<section class="noscript" aria-labelledby="noscript-title">',
    '<p lang="fi">Kartta tarvitsee JavaScriptin. Alla kyselyn tulokset taulukkona.</p>',
    '<p lang="sv">Kartan kräver JavaScript. Nedan enkätens resultat som tabell.</p>',
    '<p lang="en">The map needs JavaScript. Below, the survey’s results as a table.</p>',
    `<h2 id="noscript-title">${escapeHtml(m.title.fi)} (${escapeHtml(m.period.label)})</h2>`,
    `<div class="table-scroll"><table class="data-table"><caption>${escapeHtml(m.subtitle.fi)}. ${escapeHtml(m.attribution.fi)}</caption>`,
    `<thead><tr><th scope="col">Hyvinvointialue</th>${head}</tr></thead>`,
    `<tbody>${rows}</tbody>`,
    `<tfoot>${row("Kaikki vastaajat", survey.national)}</tfoot>`,
    "</table></div></section>",
  ].join("");
}
