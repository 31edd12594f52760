// The exports' type: one font stack and ink, and a text node in them.
import { type SvgNode, svgNode } from "../map/svgNode.ts";

/** System fonts only: an export names no web font, so it looks the same offline. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const INK = "#1d1d1b";

/** A text node at (x, y) in the exports' font and ink; `extra` adds or overrides attributes. */
export const svgText = (
  x: number,
  y: number,
  size: number,
  content: string,
  extra: Record<string, string | number> = {},
): SvgNode =>
  svgNode("text", { x, y, "font-size": size, "font-family": FONT, fill: INK, ...extra }, content);

/**
 * A text's width in the exports' type, estimated without a browser (the SVG is composed
 * where no text can be measured): per character, about the advance widths of DejaVu Sans,
 * the widest of the fonts the stack meets (Debian's default), a little over for the map's
 * names and numbers (tested against the font's own tables). An estimate, not a bound: the
 * layouts that use it leave a few pixels to spare. Bold type is about a seventh wider.
 */
export function textWidth(content: string, size: number, bold = false): number {
  let em = 0;
  for (const c of content) {
    if (c === " ") em += 0.32;
    else if ("iljtfrI.,:;'|!()[]".includes(c)) em += 0.4;
    else if ("mwMW%".includes(c)) em += 0.98;
    else if ("=+<>~".includes(c)) em += 0.84;
    else if ((c >= "A" && c <= "Z") || "ÅÄÖÜÉ".includes(c)) em += 0.78;
    else em += 0.64;
  }
  return em * size * (bold ? 1.14 : 1);
}
