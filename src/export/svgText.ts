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
