// The author's panel's scale: classes (method, count or breaks), palette, decimals and unit.
import type { Lang } from "../i18n/language.ts";
import { tp } from "../i18n/publishMessages.ts";
import { CLASS_METHODS, type ClassMethod, parseBreaks } from "../scales/classes.ts";
import type { Scheme } from "../scales/colorScale.ts";
import { PALETTE_IDS, PALETTES } from "../scales/palettes.ts";
import { type Authoring, cleanText, MAX_DECIMALS, TEXT_CAPS } from "../state/authoring.ts";
import { choiceField, textField } from "./authorFields.ts";
import { h } from "./dom.ts";

const METHOD_WORDS = {
  continuous: "classContinuous",
  quantile: "classQuantile",
  equal: "classEqual",
  jenks: "classJenks",
  custom: "classCustom",
} as const satisfies Record<ClassMethod, string>;

/**
 * The scale's fields: a count for quantiles, equal intervals and natural
 * breaks, the breaks for custom classes; the palettes of the scheme shown.
 */
export function scaleFields(
  a: Authoring,
  scheme: Scheme,
  lang: Lang,
  set: (change: Partial<Authoring>) => void,
): HTMLElement {
  const method = a.classing.method;

  return h(
    "fieldset",
    { class: "author-scale" },
    h("legend", {}, tp(lang, "authorClasses")),
    choiceField(
      "author-classes",
      tp(lang, "authorClasses"),
      CLASS_METHODS.map((m) => [m, tp(lang, METHOD_WORDS[m])]),
      method,
      (m) => set({ classing: { ...a.classing, method: m as ClassMethod } }),
    ),
    method === "quantile" || method === "equal" || method === "jenks"
      ? choiceField(
          "author-class-count",
          tp(lang, "authorClassCount"),
          [2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), String(n)]),
          String(a.classing.count),
          (n) => set({ classing: { ...a.classing, count: Number(n) } }),
        )
      : null,
    method === "custom"
      ? textField(
          "author-breaks",
          tp(lang, "authorBreaks"),
          "",
          a.classing.breaks.join("; "),
          200,
          false,
          (text) => {
            const breaks = parseBreaks(text);
            set({ classing: { method: "custom", count: breaks.length + 1, breaks } });
          },
        )
      : null,
    choiceField(
      "author-palette",
      tp(lang, "authorPalette"),
      [
        ["", tp(lang, "authorPaletteDefault")],
        ...PALETTE_IDS.filter((p) => PALETTES[p].scheme === scheme).map(
          (p) => [p, PALETTES[p].name] as const,
        ),
      ],
      a.palette && PALETTES[a.palette].scheme === scheme ? a.palette : "",
      (p) => set({ palette: (p || null) as Authoring["palette"] }),
    ),
    choiceField(
      "author-decimals",
      tp(lang, "authorDecimals"),
      [
        ["", tp(lang, "authorDecimalsData")],
        ...Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => [String(d), String(d)] as const),
      ],
      a.decimals === null ? "" : String(a.decimals),
      (d) => set({ decimals: d === "" ? null : Number(d) }),
    ),
    textField(
      "author-unit",
      tp(lang, "authorUnit"),
      tp(lang, "authorCap", { n: TEXT_CAPS.unit }),
      a.unit,
      TEXT_CAPS.unit,
      false,
      (u) => set({ unit: cleanText("unit", u) }),
    ),
  );
}
