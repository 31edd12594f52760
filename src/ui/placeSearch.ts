// The place search: a combobox (WAI-ARIA 1.2, list autocomplete) over municipalities and regions, keyboard first.
import type { AppData } from "../appData.ts";
import { searchResults, ts } from "../i18n/searchMessages.ts";
import { matchPlaces, type PlaceMatch } from "../search/matchPlaces.ts";
import { placesOf } from "../search/placeIndex.ts";
import { placeKind, placeName, placeSentence } from "../search/placeText.ts";
import type { Store } from "../state/store.ts";
import { h, replace, setText } from "./dom.ts";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Wires index.html's search field: typing lists matches (up to 8) in a listbox;
 * Down and Up move through them (the field keeps focus, `aria-activedescendant`
 * names the option), Enter or a click chooses one, Escape closes the list and a
 * second Escape empties the field. Choosing sets the store's place; the live
 * region then says what the place is and where it lies.
 */
export function placeSearch(data: AppData, store: Store) {
  const input = byId<HTMLInputElement>("place-input");
  const list = byId<HTMLDivElement>("place-options");
  const live = byId("place-live");
  const { places, find } = placesOf(data.atlas);
  let matches: PlaceMatch[] = [];
  let active = -1;

  const optionId = (i: number) => `place-option-${i}`;
  function show(open: boolean) {
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (!open) setActive(-1);
  }
  function setActive(i: number) {
    active = i;
    for (const [j, li] of [...list.children].entries())
      li.setAttribute("aria-selected", String(j === i));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", optionId(i));
      list.children[i]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }
  function search() {
    const lang = store.get().lang;
    matches = matchPlaces(places, input.value, lang);
    replace(
      list,
      ...matches.map((m, i) =>
        h(
          "div",
          {
            id: optionId(i),
            role: "option",
            "aria-selected": "false",
            // The field keeps focus: a press on an option must not blur it first.
            onmousedown: (e) => e.preventDefault(),
            onclick: () => choose(i),
          },
          h("span", { class: "place-name" }, placeName(data, m.place, lang)),
          m.matchedName ? ` (${m.matchedName})` : "",
          h("span", { class: "place-kind" }, placeKind(m.place, lang)),
        ),
      ),
    );
    const typed = input.value.trim() !== "";
    show(matches.length > 0);
    setText(
      live,
      !typed ? "" : matches.length ? searchResults(lang, matches.length) : ts(lang, "searchNone"),
    );
  }
  function choose(i: number) {
    const m = matches[i];
    if (!m) return;
    input.value = placeName(data, m.place, store.get().lang);
    show(false);
    store.set({ place: { level: m.place.level, code: m.place.code } });
    // On a phone the search sits in the menu sheet: it closes, and the map (framed) takes the focus.
    const menu = document.getElementById("menu-button");
    if (document.documentElement.classList.contains("menu-open") && menu) {
      menu.click();
      document.getElementById("map")?.focus();
    }
  }

  input.addEventListener("input", search);
  input.addEventListener("keydown", (e) => {
    const open = !list.hidden;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        search();
        if (matches.length) setActive(e.key === "ArrowDown" ? 0 : matches.length - 1);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + matches.length) % matches.length);
    } else if (e.key === "Enter") {
      if (open && matches.length) {
        e.preventDefault();
        choose(active >= 0 ? active : 0);
      }
    } else if (e.key === "Escape") {
      // The list closes first; a second Escape empties the field. The map's own Escape is not reached.
      if (open) show(false);
      else if (input.value) input.value = "";
      else return;
      e.preventDefault();
      e.stopPropagation();
    }
  });
  input.addEventListener("blur", () => show(false));
  // What was typed while this code loaded is searched now.
  if (input.value && document.activeElement === input) search();

  let said: string | null = null;
  return {
    /** Shows the texts in the language, and says the chosen place when it changes. */
    render() {
      const s = store.get();
      const place = s.place ? find(s.place) : null;
      const sentence = place ? placeSentence(data, place, s.lang) : null;
      if (sentence !== said) {
        said = sentence;
        if (sentence) setText(live, sentence);
        if (place && document.activeElement !== input) input.value = placeName(data, place, s.lang);
        if (!place) input.value = "";
      }
    },
  };
}
