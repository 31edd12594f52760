// The labels of a scene: values of the shaded regions, names of the others, as data.
import { LEVELS, type LevelId } from "../data/levels.ts";
import { t } from "../i18n/messages.ts";
import type { SceneInput } from "./scene.ts";

export interface SceneLabel {
  /** Unique among the scene's labels: level and code. */
  key: string;
  level: LevelId;
  code: string;
  lngLat: [number, number];
  /** The visible lines: the region's short name, and for a shaded region its value ("3,5*"). */
  name: string;
  value: string | null;
  /** What it is: a shaded region's value (a button), or the name of a region for context. */
  role: "value" | "name" | "area-name" | "outside";
  /**
   * A button's accessible name: its visible text first (WCAG 2.5.3), then the
   * full name, the metric and the figures a tooltip shows. Null for names.
   */
  accessibleName: string | null;
  smallSample: boolean;
  /** Larger regions win collisions. */
  priority: number;
  minZoom: number;
  /** A label hidden by a collision stays in the tab order (shown on focus). */
  focusableWhenHidden: boolean;
  /** With no room on its region, it may stand off the land with a leader line to it. */
  leader: boolean;
  /** Where it is drawn: on the map, or in the capital-region inset. */
  place: "map" | "inset";
  /** On the map, a label the inset repeats: hidden on the map while the inset shows. */
  inInset: boolean;
}

/** Levels whose names give context under a shaded level. */
const CONTEXT: Partial<Record<LevelId, LevelId[]>> = {
  employmentArea: ["county"],
  municipality: ["county"],
};

export function sceneLabels(
  input: SceneInput,
  inset: [[number, number], [number, number]] | null = null,
): SceneLabel[] {
  const { data, dataset, choropleth: c, lang } = input;
  const shaded = dataset.level;
  const size = (level: LevelId, code: string) => data.landKm2[level].get(code) ?? 0;
  const regions = (level: LevelId) =>
    data.atlas.regions[level].filter((r) => Number.isFinite(r.label[0]));

  // The shaded regions' labels: names and values from the view's rows, as every output shows them.
  const labels: SceneLabel[] = input.rows
    .filter((r) => Number.isFinite(r.anchor[0]))
    .map((r) => {
      const value = `${r.valueText}${r.mark}`;
      return {
        key: `${shaded}:${r.code}`,
        level: shaded,
        code: r.code,
        lngLat: r.anchor,
        name: r.short,
        value,
        role: "value",
        accessibleName: [
          `${r.short} ${value}`,
          r.name === r.short ? null : r.name,
          `${c.metric.label[lang]}: ${r.valueText}`,
          ...r.lines,
          t(lang, "openDetails"),
        ]
          .filter(Boolean)
          .join(". "),
        smallSample: r.mark !== "",
        priority: size(shaded, r.code),
        minZoom: LEVELS[shaded].label.valueMinZoom,
        focusableWhenHidden: LEVELS[shaded].label.focusableWhenHidden,
        leader: LEVELS[shaded].label.leaders,
        place: "map",
        inInset: false,
      };
    });
  const names = (level: LevelId, role: SceneLabel["role"], priority: (code: string) => number) =>
    regions(level).map(
      (r): SceneLabel => ({
        key: `${level}:${r.code}`,
        level,
        code: r.code,
        lngLat: r.label,
        name: r.short[lang],
        value: null,
        role,
        accessibleName: null,
        smallSample: false,
        priority: priority(r.code),
        minZoom: LEVELS[level].label.nameMinZoom,
        focusableWhenHidden: false,
        leader: role === "outside",
        place: "map",
        inInset: false,
      }),
    );
  for (const level of CONTEXT[shaded] ?? [])
    labels.push(...names(level, "name", (code) => size(level, code) / 1e3));
  if (!LEVELS[shaded].coversOutside) labels.push(...names("outside", "outside", () => 0));
  if (input.overlay && shaded !== "employmentArea")
    labels.push(...names("employmentArea", "area-name", () => -1));
  if (!inset) return labels;
  // The regions whose label point lies in the inset are labelled there, at any zoom.
  const [[west, south], [east, north]] = inset;
  const inside = (l: SceneLabel) =>
    (l.role === "value" || l.role === "name") &&
    l.lngLat[0] >= west &&
    l.lngLat[0] <= east &&
    l.lngLat[1] >= south &&
    l.lngLat[1] <= north;
  const copies = labels
    .filter(inside)
    .map((l): SceneLabel => ({ ...l, key: `inset:${l.key}`, place: "inset", minZoom: 0 }));
  return [...labels.map((l) => (inside(l) ? { ...l, inInset: true } : l)), ...copies];
}
