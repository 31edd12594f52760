// What a pointer on the map does: hover and a first tap show the tooltip; a click opens the county.
import type { LevelId } from "../data/levels.ts";
import type { Hit } from "../map/hitTest.ts";
import type { MapPointer } from "../map/mapView.ts";
import type { CurrentView } from "../scene/currentView.ts";
import type { Store } from "../state/store.ts";
import type { tooltip } from "./tooltip.ts";

/**
 * Pointer handlers for the map and the inset. `hitTest` finds the regions under
 * a point; the levels asked for are the shaded one and its context (county,
 * employment area, Åland).
 */
export function mapPointer(
  store: Store,
  view: CurrentView,
  tip: ReturnType<typeof tooltip>,
  hitTest: (lngLat: [number, number], levels: readonly LevelId[]) => Hit,
) {
  const levels = (): LevelId[] => [view.dataset().level, "county", "employmentArea", "outside"];
  let lastTap: string | null = null;
  return {
    onHover(pointer: MapPointer | null) {
      if (!pointer) return tip.hide();
      tip.show(hitTest(pointer.lngLat, levels()), pointer, view.context());
    },
    onClick(pointer: MapPointer) {
      const hit = hitTest(pointer.lngLat, levels());
      const key = `${hit[view.dataset().level] ?? ""}/${hit.county ?? ""}`;
      // On touch a first tap shows what hover shows; a second tap on the same region opens it.
      if (pointer.touch && lastTap !== key) {
        lastTap = key;
        return tip.show(hit, pointer, view.context());
      }
      if (hit.county)
        store.set({
          county: hit.county,
          area: null,
          view: store.get().view === "table" ? "map" : store.get().view,
        });
    },
  };
}
