// The "Embed" dialog: an iframe snippet for the current view, with size choices.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { embedSnippet } from "../share/embedSnippet.ts";
import { h, replace } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

export function openEmbedDialog(
  dialog: HTMLDialogElement,
  lang: Lang,
  title: string,
  alt: string,
): void {
  // An id for this snippet: two maps on one page tell their heights apart by it.
  const id = `hyka-${Math.random().toString(36).slice(2, 8)}`;
  const width = h(
    "select",
    { id: "embed-width" },
    h("option", { value: "100%" }, t(lang, "embedFullWidth")),
    h("option", { value: "600" }, "600 px"),
    h("option", { value: "800" }, "800 px"),
  );
  const height = h("input", {
    id: "embed-height",
    type: "number",
    min: 300,
    max: 2000,
    step: 10,
    value: 640,
  });
  const code = h("textarea", { id: "embed-code", readonly: true, rows: 5, cols: 60 });
  const status = h("p", { role: "status", class: "copy-status" });
  const update = () => {
    const w = width.value === "100%" ? "100%" : Number(width.value);
    code.value = embedSnippet({
      url: location.href,
      width: w,
      height: Number(height.value) || 640,
      title,
      id,
    });
  };
  width.addEventListener("change", update);
  height.addEventListener("input", update);
  replace(
    dialog,
    panelHead("embed-title", t(lang, "embedTitle"), t(lang, "close"), () => dialog.close()),
    h("p", {}, t(lang, "embedIntro")),
    h(
      "p",
      { class: "embed-sizes" },
      h("label", {}, `${t(lang, "embedWidth")} `, width),
      " ",
      h("label", {}, `${t(lang, "embedHeight")} `, height),
    ),
    h("label", { class: "embed-code" }, t(lang, "embedCode"), code),
    h(
      "label",
      { class: "embed-code" },
      t(lang, "embedAlt"),
      h("textarea", { id: "embed-alt", readonly: true, rows: 4, cols: 60 }, alt),
    ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          code.select();
          navigator.clipboard
            ?.writeText(code.value)
            .then(() => (status.textContent = t(lang, "codeCopied")))
            .catch(() => undefined);
        },
      },
      t(lang, "copyCode"),
    ),
    status,
  );
  update();
  dialog.showModal();
}
