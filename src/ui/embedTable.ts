// The embed dialog's word on the table: whether it travels in the link, and where it does not fit,
// the next option: its address on the web (`src=`), which the snippet then names instead.
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { tp } from "../i18n/publishMessages.ts";
import { joinFragment, splitFragment } from "../publish/fragment.ts";
import { LINK_LIMIT_TOLD, type LinkStatus } from "../publish/linkSync.ts";
import { h } from "./dom.ts";

const SCOPES = {
  combination: "scopeCombination",
  metric: "scopeMetric",
  period: "scopePeriod",
} as const;

/** The note on the link's table for the status. */
export function linkNote(status: LinkStatus, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 0);
  switch (status.kind) {
    case "none":
      return "";
    case "encoding":
      return tp(lang, "shareEncoding");
    case "src":
      return tp(lang, "shareSrc", { url: status.url });
    case "fits":
      return status.scope === "whole" || status.scope === "read"
        ? tp(lang, "shareFits", { length: n(status.length), limit: n(LINK_LIMIT_TOLD) })
        : tp(lang, "sharePart", {
            scope: tp(lang, SCOPES[status.scope]),
            length: n(status.length),
            limit: n(LINK_LIMIT_TOLD),
          });
    case "tooLarge":
      return tp(lang, "shareTooLarge", { length: n(status.length), limit: n(status.limit) });
  }
}

/**
 * The table's part of the dialog: the note, and for an imported table the
 * address field. With an address, `apply` names it as `src=` in the embed's
 * URL and takes the table out of the fragment.
 */
export function embedTable(lang: Lang, status: LinkStatus, onChange: () => void) {
  const note = h("p", { id: "embed-table-note", class: "embed-note" }, linkNote(status, lang));
  if (status.kind === "none") return { element: null, apply: (_url: URL) => undefined };
  const input = h("input", {
    id: "embed-src",
    type: "text",
    inputmode: "url",
    size: 50,
    value: status.kind === "src" ? status.url : "",
    "aria-describedby": "embed-src-hint",
  });
  input.addEventListener("change", onChange);
  const element = h(
    "div",
    { class: "embed-table" },
    note,
    h("label", { class: "embed-code" }, tp(lang, "shareSrcLabel"), input),
    h("p", { id: "embed-src-hint", class: "embed-note" }, tp(lang, "shareSrcHint")),
  );
  return {
    element,
    apply(url: URL): void {
      const src = input.value.trim();
      if (!src) return;
      url.searchParams.set("data", "local");
      url.searchParams.set("src", src);
      url.hash = joinFragment(splitFragment(url.hash).position, null);
    },
  };
}
