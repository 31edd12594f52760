// Which rule a metric combines by: a sum only for additive measures; shares, rates, means and indices by a weighted mean.
import type { AggregationRule, RuleEvidence } from "../data/importedTable.ts";

/** Words of rates, shares, means, indices and per-capita figures, in Finnish, Swedish and English. */
const MEAN =
  /%|‰|prosent|promill|osuus|andel|share|proportion|\brate\b|\bratio\b|\bper\b|\/|keskiarvo|keskim|medel|\bmean\b|average|median|mediaani|indeksi|index|ikävakioi|åldersstandard|ikä\b|ålder|\bage\b|tiheys|täthet|density|suhde|kerroin|kohden|kohti|per invånare|per capita|capita|elinajanodote|\bodote|aste$|aste\b|grad$|tasoinen|\btaso\b|(^|[_\s])pros($|[_\s])/i;

/** Words of counts and money, which add up; they outweigh value ranges, never a word of a mean. */
const COUNT =
  /lukumäärä|määrä|\bantal\b|\bcount\b|\bnumber\b|henkilöä|henkilöt|asukasluku|väkiluku|väestö|folkmängd|population|€|euro|milj|mrd|tuhatta|tusen|thousand|yhteensä|summa|total/i;

export interface RuleGuess {
  rule: AggregationRule;
  evidence: RuleEvidence;
}

/**
 * The rule of a metric from what the file says of it. A header (or a measure
 * dimension's category) with a word of a share or rate makes a mean
 * ("label"), unless it names a count and the share is only in a bracketed
 * definition ("lukumäärä (raja 60 % mediaanista)"); so does a unit or metadata text ("unit": "%", "per 1 000
 * asukasta", "indeksi"). Failing both, values that look like rates make a mean
 * ("values"): at least five, all between 0 and 100, some with decimals, under
 * a label that names no count or money. Anything else sums.
 */
export function guessRule(label: string, unit = "", values: readonly number[] = []): RuleGuess {
  // "Pienituloisten lukumäärä (raja 60 % mediaanista)": a definition in brackets does not make a count a share.
  const main = label.replace(/\([^)]*\s[^)]*\)/g, " ");
  const counted = /lukumäärä|\bantal\b|number of|\bcount\b/i.test(main);
  if (MEAN.test(main) && !(counted && !/%|‰|osuus|andel|share/i.test(main)))
    return { rule: "mean", evidence: "label" };
  if (unit && MEAN.test(unit)) return { rule: "mean", evidence: "unit" };
  const looksLikeRates =
    values.length >= 5 &&
    !COUNT.test(label) &&
    !(unit && COUNT.test(unit)) &&
    values.every((v) => v >= 0 && v <= 100) &&
    values.some((v) => !Number.isInteger(v));
  return looksLikeRates ? { rule: "mean", evidence: "values" } : { rule: "sum", evidence: null };
}

/** A label's own verdict (no unit, no values): what a header alone says. */
export const ruleOfLabel = (label: string): AggregationRule => guessRule(label).rule;
