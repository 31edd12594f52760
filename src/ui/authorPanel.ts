// The author's panel: title, description, notes, source line, byline and alt text; highlighted
// regions; colour classes, palette, decimals and unit. Every change goes to the store, so the map,
// the URL, the embed and the exports follow it. Loaded on first use.

import { t } from "../i18n/messages.ts";
import { tp } from "../i18n/publishMessages.ts";
import type { View } from "../scene/view.ts";
import {
  type Authoring,
  type AuthorText,
  cleanText,
  MAX_HIGHLIGHT,
  NO_AUTHORING,
  TEXT_CAPS,
} from "../state/authoring.ts";
import type { Store } from "../state/store.ts";
import { textField } from "./authorFields.ts";
import { scaleFields } from "./authorScale.ts";
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
      scaleFields(a, s.scheme, lang, set),
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
