// The "Embed" dialog: an iframe snippet for the current view, its height measured by a preview
// of the embed itself at the chosen width, so a page with no script still shows the whole map.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { tv } from "../i18n/viewMessages.ts";
import type { LinkStatus } from "../publish/linkSync.ts";
import { HEIGHT_MESSAGE } from "../share/embed.ts";
import { embedSnippet, embedUrl } from "../share/embedSnippet.ts";
import { h, replace } from "./dom.ts";
import { embedTable } from "./embedTable.ts";
import { panelHead } from "./panelHead.ts";

/** The widths offered, CSS px; "100%" is sized as 640 px until the host's script resizes it. */
const WIDTHS = ["100%", "360", "640", "800", "1280"] as const;
const FULL_WIDTH_AS = 640;
/** The preview is shown at most this wide in the dialog (scaled down from the chosen width). */
const PREVIEW_WIDTH = 520;

export interface EmbedChoices {
  /** What links carry of the imported table (none for the survey). */
  link: LinkStatus;
  /** The author edited the alt text ("" gives the view in words back). */
  onAlt(alt: string): void;
}

export function openEmbedDialog(
  dialog: HTMLDialogElement,
  lang: Lang,
  title: string,
  alt: string,
  choices: EmbedChoices = { link: { kind: "none" }, onAlt: () => undefined },
): void {
  // An id for this snippet: two maps on one page tell their heights apart by it.
  const id = `hyka-${Math.random().toString(36).slice(2, 8)}`;
  const previewId = `${id}-preview`;
  const width = h(
    "select",
    { id: "embed-width" },
    ...WIDTHS.map((w) =>
      h("option", { value: w }, w === "100%" ? tv(lang, "embedFullWidth") : `${w} px`),
    ),
  );
  const chart = h("input", { type: "checkbox", id: "embed-chart", checked: true });
  const height = h("input", {
    id: "embed-height",
    type: "number",
    min: 300,
    max: 3000,
    step: 1,
    value: 640,
  });
  const code = h("textarea", { id: "embed-code", readonly: true, rows: 5, cols: 60 });
  // The alt text follows the view and the author's words; edited here, it is the author's own.
  const altText = h("textarea", { id: "embed-alt", rows: 4, cols: 60, maxlength: 1500 }, alt);
  altText.addEventListener("change", () => {
    choices.onAlt(altText.value);
    write();
  });
  const status = h("p", { role: "status", class: "copy-status" });
  const note = h("p", { class: "embed-note", id: "embed-note" });
  const caption = h("p", { class: "embed-preview-caption", id: "embed-preview-caption" });
  const frame = h("iframe", {
    id: "embed-preview",
    title: tv(lang, "embedPreview", { width: "", height: "" }),
    sandbox: "allow-scripts allow-popups allow-popups-to-escape-sandbox",
  });
  // A picture of the embed, not a second map to use: out of the tab order and the accessibility tree.
  const stage = h("div", { class: "embed-preview", inert: true }, frame);

  const pixels = () => (width.value === "100%" ? FULL_WIDTH_AS : Number(width.value));
  const table = embedTable(lang, choices.link, () => {
    write();
    preview();
  });
  const url = () => {
    const u = new URL(location.href);
    if (chart.checked) u.searchParams.delete("chart");
    else u.searchParams.set("chart", "0");
    table.apply(u);
    return u.href;
  };
  const write = () => {
    code.value = embedSnippet({
      url: url(),
      width: width.value === "100%" ? "100%" : Number(width.value),
      height: Number(height.value) || 640,
      title,
      id,
    });
    note.textContent = width.value === "100%" ? tv(lang, "embedFullWidthNote") : "";
  };
  /** Loads the embed at the chosen width; its own height message sets the snippet's height. */
  const preview = () => {
    const w = pixels();
    const scale = Math.min(1, PREVIEW_WIDTH / w);
    frame.style.width = `${w}px`;
    frame.style.height = `${Number(height.value) || 640}px`;
    frame.style.transform = `scale(${scale})`;
    stage.style.width = `${Math.round(w * scale)}px`;
    stage.style.height = `${Math.round((Number(height.value) || 640) * scale)}px`;
    clearTimeout(settle);
    caption.textContent = tv(lang, "embedMeasuring");
    frame.src = embedUrl(url(), previewId);
  };
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; id?: unknown; height?: unknown } | null;
    if (event.source !== frame.contentWindow || data?.type !== HEIGHT_MESSAGE) return;
    if (data.id !== previewId || typeof data.height !== "number") return;
    const wanted = Math.round(data.height);
    height.value = String(wanted);
    const scale = Math.min(1, PREVIEW_WIDTH / pixels());
    frame.style.height = `${wanted}px`;
    stage.style.height = `${Math.round(wanted * scale)}px`;
    write();
    // The height is told as measured once the embed has settled (no new height for half a second).
    clearTimeout(settle);
    settle = window.setTimeout(() => {
      caption.textContent = tv(lang, "embedPreview", { width: pixels(), height: wanted });
    }, 500);
  };
  let settle = 0;
  window.addEventListener("message", onMessage);
  dialog.addEventListener("close", () => window.removeEventListener("message", onMessage), {
    once: true,
  });
  width.addEventListener("change", () => {
    write();
    preview();
  });
  chart.addEventListener("change", () => {
    write();
    preview();
  });
  height.addEventListener("input", write);
  replace(
    dialog,
    panelHead("embed-title", tv(lang, "embedTitle"), t(lang, "close"), () => dialog.close()),
    h("p", {}, tv(lang, "embedIntro")),
    h(
      "p",
      { class: "embed-sizes" },
      h("label", {}, `${tv(lang, "embedWidth")} `, width),
      " ",
      h("label", {}, `${tv(lang, "embedHeight")} `, height),
      " ",
      h("label", { class: "check" }, chart, ` ${tv(lang, "embedChart")}`),
    ),
    note,
    h("label", { class: "embed-code" }, tv(lang, "embedCode"), code),
    table.element,
    h("label", { class: "embed-code" }, tv(lang, "embedAlt"), altText),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          code.select();
          navigator.clipboard
            ?.writeText(code.value)
            .then(() => (status.textContent = tv(lang, "codeCopied")))
            .catch(() => undefined);
        },
      },
      tv(lang, "copyCode"),
    ),
    status,
    caption,
    stage,
  );
  write();
  dialog.showModal();
  preview();
}
