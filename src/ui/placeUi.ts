// The place search and the card of the place found, loaded together when first needed (app.ts).
import "./placeUi.css";
import type { AppData } from "../appData.ts";
import type { Store } from "../state/store.ts";
import { placeCard } from "./placeCard.ts";
import { placeSearch } from "./placeSearch.ts";

export function placeUi(data: AppData, store: Store, card: HTMLElement) {
  const search = placeSearch(data, store);
  const shown = placeCard(data, store, card);
  return {
    render() {
      search.render();
      shown.render();
    },
  };
}
