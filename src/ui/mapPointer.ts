// What a pointer on the map does: hover and a first tap show the tooltip; a click selects the shaded region.
import { LEVELS, type LevelId, OVERLAY_LEVELS } from "../data/levels.ts";
import type { Hit } from "../map/hitTest.ts";
import type { MapPointer } from "../map/mapView.ts";
import type { CurrentView } from "../scene/currentView.ts";
import type { Store } from "../state/store.ts";
import type { tooltip } from "./tooltip.ts";

/**
 * The levels a pointer asks about where `shaded` is shown: the shaded one, the
 * levels it is told within (its `context`), the overlay's, and the region
 * outside both reforms where the shaded level leaves it out.
 */
export function pointerLevels(shaded: LevelId, overlay: boolean): LevelId[] {
  const shown = OVERLAY_LEVELS.includes(shaded);
  return [
    ...new Set<LevelId>([
      shaded,
      ...LEVELS[shaded].context,
      ...(overlay || shown ? OVERLAY_LEVELS : []),
      ...(LEVELS[shaded].coversOutside ? [] : (["outside"] as const)),
    ]),
  ];
}

/**
 * Pointer handlers for the map and the inset. `hitTest` finds the regions under
 * a point (at `pointerLevels`); a click, or a second tap, selects the shaded
 * region under it (`select`).
 */
export function mapPointer(
  store: Store,
  view: CurrentView,
  tip: ReturnType<typeof tooltip>,
  hitTest: (lngLat: [number, number], levels: readonly LevelId[]) => Hit,
  select: (level: LevelId, code: string) => void,
) {
  const levels = (): LevelId[] => pointerLevels(view.dataset().level, store.get().areas);
  let lastTap: string | null = null;
  return {
    onHover(pointer: MapPointer | null) {
      if (!pointer) return tip.hide();
      tip.show(hitTest(pointer.lngLat, levels()), pointer, view.context());
    },
    onClick(pointer: MapPointer) {
      const hit = hitTest(pointer.lngLat, levels());
      const level = view.dataset().level;
      const code = hit[level];
      // On touch a first tap shows what hover shows; a second tap on the same region opens it.
      if (pointer.touch && lastTap !== (code ?? "")) {
        lastTap = code ?? "";
        return tip.show(hit, pointer, view.context());
      }
      if (code) select(level, code);
    },
  };
}
