// A short notice in the status line, with a dismiss button; text only, never HTML.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { h, replace } from "./dom.ts";

/** Shows a message, with an optional action button (which takes the notice away) before the dismiss button. */
export function showNotice(
  message: string,
  lang: Lang,
  action?: { label: string; run: () => void },
): void {
  const status = document.getElementById("status");
  if (!status) return;
  status.classList.add("notice");
  status.classList.remove("error");
  replace(
    status,
    h("span", {}, message),
    " ",
    ...(action
      ? [
          // The notice goes as its action runs (a Retry that fails again says so anew).
          h(
            "button",
            {
              type: "button",
              id: "notice-action",
              onclick: () => {
                clearNotice();
                action.run();
              },
            },
            action.label,
          ),
          " ",
        ]
      : []),
    h(
      "button",
      { type: "button", class: "close", onclick: () => (status.hidden = true) },
      t(lang, "dismiss"),
    ),
  );
  status.hidden = false;
}

/** Takes the notice away (its words no longer hold: the table it spoke of was removed). */
export function clearNotice(): void {
  const status = document.getElementById("status");
  if (!status?.classList.contains("notice")) return;
  status.hidden = true;
  status.replaceChildren();
}
