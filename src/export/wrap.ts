// Text broken into lines for SVG, which does not wrap text itself.
import { textWidth } from "./svgText.ts";

/** A text broken into lines of at most `max` characters, at spaces (a longer word keeps its line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A text broken into lines no wider than `width` px in type of `size` px (by the exports'
 * estimate of its width), at spaces; a longer word keeps its line. No text, no lines.
 */
export function wrapToWidth(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}
