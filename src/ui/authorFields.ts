// The author's panel's fields, each a labelled control that reports a cleaned value: text, choice, list.
import { h } from "./dom.ts";

/** A text field (one line, or several) capped at `max` characters, reporting on change. */
export function textField(
  id: string,
  label: string,
  hint: string,
  value: string,
  max: number,
  multiline: boolean,
  onChange: (value: string) => void,
): HTMLElement {
  const props = { id, maxlength: max, "aria-describedby": `${id}-hint` };
  const control = multiline
    ? h("textarea", { ...props, rows: 3, cols: 50 }, value)
    : h("input", { ...props, type: "text", size: 50, value });
  control.addEventListener("change", () => onChange(control.value));
  return h(
    "div",
    { class: "author-field" },
    h("label", { for: id }, label),
    control,
    h("span", { id: `${id}-hint`, class: "author-hint" }, hint),
  );
}

/** A select of options [value, text], the current one chosen, reporting on change. */
export function choiceField(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = h(
    "select",
    { id },
    ...options.map(([v, text]) =>
      h("option", { value: v, ...(v === value ? { selected: true } : {}) }, text),
    ),
  );
  select.addEventListener("change", () => onChange(select.value));
  return h("div", { class: "author-field" }, h("label", { for: id }, label), select);
}
