// The survey as a plain HTML table, written into index.html at build time for readers without
// JavaScript: drawn from the same view (names, values, marks) as every other output.
import type { View } from "../scene/view.ts";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );

/**
 * The views of the default survey edition, one per metric (Finnish, as the
 * survey was published), as a table by county: each cell the value the map
 * shows (with its "*" for few respondents), the all-respondents row last, and
 * a line in Finnish, Swedish and English saying that the map itself needs
 * JavaScript.
 */
export function noscriptSurveyTable(views: readonly View[]): string {
  const first = views[0];
  const m = first?.dataset.survey;
  if (!first || !m) return "";
  const head = views
    .map((v) => `<th scope="col">${escapeHtml(v.choropleth.metric.label.fi)}</th>`)
    .join("");
  const rows = first.rows
    .map((row) => {
      const cells = views
        .map((v) => {
          const r = v.row(row.code);
          return `<td>${escapeHtml(r ? `${r.valueText}${r.mark}` : "–")}</td>`;
        })
        .join("");
      return `<tr><th scope="row">${escapeHtml(row.short)}</th>${cells}</tr>`;
    })
    .join("");
  const national = views
    .map((v) => {
      const value = v.dataset.summary(v.choropleth.metric.id);
      const digits = v.choropleth.metric.digits;
      return `<td>${value === null ? "–" : value.toFixed(digits).replace(".", ",")}</td>`;
    })
    .join("");
  return [
    '<section class="noscript" aria-labelledby="noscript-title">',
    '<p lang="fi">Kartta tarvitsee JavaScriptin. Alla kyselyn tulokset taulukkona.</p>',
    '<p lang="sv">Kartan kräver JavaScript. Nedan enkätens resultat som tabell.</p>',
    '<p lang="en">The map needs JavaScript. Below, the survey’s results as a table.</p>',
    `<h2 id="noscript-title">${escapeHtml(m.title.fi)} (${escapeHtml(m.period.label)})</h2>`,
    `<div class="table-scroll"><table class="data-table"><caption>${escapeHtml(m.subtitle.fi)}. ${escapeHtml(m.attribution.fi)}</caption>`,
    `<thead><tr><th scope="col">Hyvinvointialue</th>${head}</tr></thead>`,
    `<tbody>${rows}</tbody>`,
    `<tfoot><tr><th scope="row">Kaikki vastaajat</th>${national}</tr></tfoot>`,
    "</table></div></section>",
  ].join("");
}
