// The author's title and description over the map (the notes, source line and byline go with the
// sources under it: attribution.ts). Text nodes only: nothing an author writes becomes markup.
import type { View } from "../scene/view.ts";
import { h } from "./dom.ts";

/** The element of an id, made and put in place the first time it is needed. */
function slot(id: string, place: (element: HTMLElement) => void, tag: "p"): HTMLElement {
  const found = document.getElementById(id);
  if (found) return found;
  const made = h(tag, { id, class: id });
  place(made);
  return made;
}

/** Shows the view's title and the author's description (hidden when there is none). */
export function renderStory(view: View): void {
  const { story } = view;
  const title = document.getElementById("app-title");
  if (title && title.textContent !== view.title) title.textContent = view.title;
  const description = slot(
    "story-description",
    (e) => document.getElementById("app-subtitle")?.after(e),
    "p",
  );
  description.textContent = story.description;
  description.hidden = !story.description;
}
