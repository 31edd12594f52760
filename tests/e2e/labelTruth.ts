// What a reader sees under each label: the region drawn under its centre (or at the end of its
// leader line), read from the page itself (elementsFromPoint), never from the app's own model.
import type { Frame, Page } from "@playwright/test";

export interface LabelFact {
  /** The label's key ("county:13", "inset:county:13"), code and level. */
  key: string;
  code: string;
  level: string;
  /** The visible text. */
  text: string;
  /** The code of the region drawn under the label's centre; "sea" or "abroad" where none. */
  under: string;
  /** Where a leader line joins it to its region: the region drawn at the line's end. */
  leaderEnd: string | null;
  /** Whether the label itself is the topmost thing at its centre (seen, not painted over). */
  onTop: boolean;
  /** Whether its box lies wholly inside the window. */
  inWindow: boolean;
}

/**
 * Every label a person can see in the page (the map's, the inset's, and those
 * of an exported SVG shown as a page): hidden ones (by a collision, below their
 * zoom, out of the layout) are left out. Value labels and Åland's.
 */
export function labelFacts(page: Page | Frame): Promise<LabelFact[]> {
  return page.evaluate(() => {
    /** The fill drawn at a point: the code of the region's path, else the sea or abroad. */
    const regionAt = (x: number, y: number): string => {
      for (const e of document.elementsFromPoint(x, y)) {
        const layer = e.parentElement?.getAttribute("data-layer");
        if (e.tagName.toLowerCase() !== "path") continue;
        if (layer === "region-fill" || layer === "outside")
          return e.getAttribute("data-code") ?? "?";
        if (layer === "neighbours") return "abroad";
        if (layer === "sea") return "sea";
      }
      return "sea";
    };
    const html = [
      ...document.querySelectorAll<HTMLElement>(".labels .value-label, .labels .outside-label"),
    ]
      .filter((e) => {
        const style = getComputedStyle(e);
        return (
          style.visibility !== "hidden" &&
          style.display !== "none" &&
          !e.classList.contains("label-hidden") &&
          !e.classList.contains("label-off") &&
          e.offsetWidth > 0
        );
      })
      .map((e) => ({
        element: e as Element,
        key: e.closest(".map-inset")
          ? `inset:${e.dataset.level}:${e.dataset.code}`
          : `${e.dataset.level}:${e.dataset.code}`,
        code: e.dataset.code ?? "outside",
        level: e.dataset.level ?? "outside",
        ownKey: e.dataset.key ?? "",
      }));
    const svg = [...document.querySelectorAll<SVGGElement>("g[data-label]")].map((e) => ({
      element: e as Element,
      key: e.getAttribute("data-label") ?? "",
      code: e.getAttribute("data-code") ?? "",
      level: e.getAttribute("data-level") ?? "",
      ownKey: e.getAttribute("data-label") ?? "",
    }));
    return [...html, ...svg]
      .filter((l) => l.level !== "" && (l.level !== "outside" || l.code === "outside"))
      .map((l) => {
        const r = l.element.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const top = document.elementFromPoint(cx, cy);
        const dot = document.querySelector(`circle[data-for="${CSS.escape(l.ownKey)}"]`);
        const d = dot?.getBoundingClientRect();
        return {
          key: l.key,
          code: l.code,
          level: l.level,
          text: (l.element.textContent ?? "").replace(/\s+/g, " ").trim(),
          under: regionAt(cx, cy),
          leaderEnd: d ? regionAt(d.left + d.width / 2, d.top + d.height / 2) : null,
          onTop: !!top && (l.element === top || l.element.contains(top)),
          inWindow: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        };
      });
  });
}

/** A label is true when it stands on its region, or its leader line ends in it. */
export const isTrue = (l: LabelFact) => l.under === l.code || l.leaderEnd === l.code;
