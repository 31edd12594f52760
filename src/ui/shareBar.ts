// The share controls: copy link, embed, PNG and CSV export, presenter mode, high contrast.
import type { Lang } from "../i18n/language.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
import { linkStatus } from "../publish/linkSync.ts";
import { fullViewUrl } from "../share/embed.ts";
import { cleanText } from "../state/authoring.ts";
import type { Store } from "../state/store.ts";
import { setText } from "./dom.ts";
import { showNotice } from "./notice.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export interface ShareActions {
  exportPng(): Promise<void>;
  exportSvg(): Promise<void>;
  exportCsv(): Promise<void>;
  /** The embed's frame title (naming the metric) and the view in words, for alt text. */
  describe(): { title: string; alt: string };
}

/**
 * Copies the page's URL, once the table's link text is made; where the table
 * is too large for a link, says so. Where the clipboard is refused, shows the
 * URL as text to copy by hand.
 */
export async function copyLink(lang: Lang, imported: boolean): Promise<void> {
  const link = imported ? await linkStatus() : null;
  try {
    await navigator.clipboard.writeText(location.href);
    if (link?.kind === "tooLarge") {
      const { tp } = await import("../i18n/publishMessages.ts");
      showNotice(tp(lang, "shareLocalOnly"), lang);
    } else showNotice(t(lang, "linkCopied"), lang);
  } catch {
    showNotice(t(lang, "linkCopyFailed", { url: location.href }), lang);
  }
}

export function shareBar(store: Store, actions: ShareActions) {
  const lang = () => store.get().lang;
  byId("copy-link").addEventListener("click", () => copyLink(lang(), store.get().data === "local"));
  byId("embed-button").addEventListener("click", async () => {
    const local = store.get().data === "local";
    // The table's words load with the dialog, and only for an imported table.
    const link = local ? await linkStatus() : ({ kind: "none" } as const);
    const { title, alt } = actions.describe();
    const { openEmbedDialog } = await import("./embedDialog.ts");
    openEmbedDialog(byId<HTMLDialogElement>("embed-dialog"), lang(), title, alt, {
      link,
      onAlt: (text) =>
        store.set({ author: { ...store.get().author, alt: cleanText("alt", text) } }),
    });
  });
  const busy = (button: HTMLElement, run: () => Promise<void>) => async () => {
    button.setAttribute("aria-busy", "true");
    try {
      await run();
    } catch (error) {
      showNotice(
        t(lang(), "exportFailed", {
          reason: error instanceof Error ? error.message : String(error),
        }),
        lang(),
      );
    } finally {
      button.removeAttribute("aria-busy");
    }
  };
  byId("png-button").addEventListener("click", busy(byId("png-button"), actions.exportPng));
  byId("svg-button").addEventListener("click", busy(byId("svg-button"), actions.exportSvg));
  byId("csv-button").addEventListener("click", busy(byId("csv-button"), actions.exportCsv));
  byId("present-button").addEventListener("click", () => store.set({ present: true }));
  const contrast = byId<HTMLInputElement>("contrast-toggle");
  contrast.addEventListener("change", () => store.set({ contrast: contrast.checked }));

  const texts: [string, MessageKey][] = [
    ["copy-link", "copyLink"],
    ["embed-button", "embed"],
    ["png-button", "downloadPng"],
    ["svg-button", "downloadSvg"],
    ["csv-button", "downloadCsv"],
    ["present-button", "present"],
    ["author-button", "authorButton"],
    ["contrast-label", "highContrast"],
    ["full-map-link", "openFullMap"],
    ["import-button", "importData"],
    ["remove-import", "importRemove"],
  ];
  return {
    render() {
      const s = store.get();
      for (const [id, key] of texts) setText(byId(id), t(s.lang, key));
      byId("share-label").textContent = t(s.lang, "share");
      contrast.checked = s.contrast;
      byId("remove-import").hidden = s.data !== "local";
      document.documentElement.classList.toggle("high-contrast", s.contrast);
      const link = byId<HTMLAnchorElement>("full-map-link");
      link.hidden = !document.documentElement.classList.contains("embed");
      link.href = fullViewUrl(location.href);
    },
  };
}
