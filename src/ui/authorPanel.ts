// The author's panel: title, description, notes, source line, byline and alt text; highlighted
// regions; colour classes, palette, decimals and unit. Every change goes to the store, so the map,
// the URL, the embed and the exports follow it. Loaded on first use.

import { t } from "../i18n/messages.ts";
import { tp } from "../i18n/publishMessages.ts";
import { CLASS_METHODS, type ClassMethod, parseBreaks } from "../scales/classes.ts";
import { PALETTE_IDS, PALETTES } from "../scales/palettes.ts";
import type { View } from "../scene/view.ts";
import {
  type Authoring,
  type AuthorText,
  cleanText,
  MAX_DECIMALS,
  MAX_HIGHLIGHT,
  NO_AUTHORING,
  TEXT_CAPS,
} from "../state/authoring.ts";
import type { Store } from "../state/store.ts";
import { choiceField, textField } from "./authorFields.ts";
import { h, replace } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

const TEXTS: [
  AuthorText,
  (
    | "authorHeadline"
    | "authorDescription"
    | "authorNotes"
    | "authorSource"
    | "authorByline"
    | "authorAlt"
  ),
  boolean,
][] = [
  ["title", "authorHeadline", false],
  ["description", "authorDescription", true],
  ["notes", "authorNotes", true],
  ["source", "authorSource", false],
  ["byline", "authorByline", false],
  ["alt", "authorAlt", true],
];
const METHOD_WORDS: Record<ClassMethod, Parameters<typeof tp>[1]> = {
  continuous: "classContinuous",
  quantile: "classQuantile",
  equal: "classEqual",
  jenks: "classJenks",
  custom: "classCustom",
};

/** Opens the panel over the map; it draws itself again after each change, keeping the focus. */
export function openAuthorPanel(dialog: HTMLDialogElement, store: Store, view: () => View): void {
  const set = (change: Partial<Authoring>) => {
    store.set({ author: { ...store.get().author, ...change } });
    draw();
  };
  const draw = () => {
    const focused = document.activeElement?.id;
    const s = store.get();
    const a = s.author;
    const lang = s.lang;
    const v = view();
    const level = v.dataset.level;
    const highlighted = a.highlight?.level === level ? a.highlight.codes : [];
    const name = (code: string) => v.row(code)?.name ?? code;
    const pick = h(
      "select",
      { id: "author-highlight-pick" },
      ...[...v.rows]
        .sort((x, y) => x.name.localeCompare(y.name, lang))
        .filter((r) => !highlighted.includes(r.code))
        .map((r) => h("option", { value: r.code }, r.name)),
    );
    const method = a.classing.method;
    replace(
      dialog,
      panelHead("author-heading", tp(lang, "authorTitle"), t(lang, "close"), () => dialog.close()),
      h("p", {}, tp(lang, "authorIntro")),
      ...TEXTS.map(([key, label, multiline]) =>
        textField(
          `author-${key}`,
          tp(lang, label),
          tp(lang, "authorCap", { n: TEXT_CAPS[key] }),
          a[key],
          TEXT_CAPS[key],
          multiline,
          (value) => set({ [key]: cleanText(key, value) }),
        ),
      ),
      h(
        "fieldset",
        { class: "author-highlight" },
        h("legend", {}, tp(lang, "authorHighlight")),
        highlighted.length
          ? h(
              "ul",
              { id: "author-highlighted" },
              ...highlighted.map((code) =>
                h(
                  "li",
                  {},
                  `${name(code)} `,
                  h(
                    "button",
                    {
                      type: "button",
                      "aria-label": tp(lang, "authorHighlightRemove", { name: name(code) }),
                      onclick: () => {
                        const codes = highlighted.filter((c) => c !== code);
                        set({ highlight: codes.length ? { level, codes } : null });
                      },
                    },
                    "×",
                  ),
                ),
              ),
            )
          : h("p", {}, tp(lang, "authorHighlightNone")),
        h("label", { for: "author-highlight-pick" }, tp(lang, "authorHighlightPick")),
        " ",
        pick,
        " ",
        h(
          "button",
          {
            type: "button",
            id: "author-highlight-add",
            disabled: highlighted.length >= MAX_HIGHLIGHT,
            onclick: () => set({ highlight: { level, codes: [...highlighted, pick.value] } }),
          },
          tp(lang, "authorHighlightAdd"),
        ),
      ),
      h(
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
            ...PALETTE_IDS.filter((p) => PALETTES[p].scheme === s.scheme).map(
              (p) => [p, PALETTES[p].name] as const,
            ),
          ],
          a.palette && PALETTES[a.palette].scheme === s.scheme ? a.palette : "",
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
      ),
      h(
        "button",
        { type: "button", id: "author-clear", onclick: () => set(NO_AUTHORING) },
        tp(lang, "authorClear"),
      ),
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  draw();
  if (!dialog.open) dialog.showModal();
}
