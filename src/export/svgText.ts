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
 * where no text can be measured): per character, from the widths of DejaVu Sans, the
 * widest of the fonts the stack meets (Debian's default), so that a text fitted by this
 * estimate fits in any of them. Bold type is a tenth wider.
 */
export function textWidth(content: string, size: number, bold = false): number {
  let em = 0;
  for (const c of content) {
    if (" ".includes(c)) em += 0.32;
    else if ("iljtfrI.,:;'|!()[]".includes(c)) em += 0.4;
    else if ("mwMW".includes(c)) em += 0.98;
    else if (c >= "A" && c <= "Z") em += 0.74;
    else if ("ÅÄÖÜÉ".includes(c)) em += 0.76;
    else em += 0.63;
  }
  return em * size * (bold ? 1.1 : 1);
}
