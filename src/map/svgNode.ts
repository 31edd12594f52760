// SVG as data: a small node tree that the SVG map turns into elements and the exports into markup.

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: (SvgNode | string)[];
}

export const svgNode = (
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: (SvgNode | string | null | false)[]
): SvgNode => ({
  tag,
  attrs,
  children: children.filter((c): c is SvgNode | string => c !== null && c !== false),
});

/**
 * Characters XML 1.0 forbids even escaped: C0 controls but tab, line feed and
 * carriage return; U+FFFE and U+FFFF; and lone surrogates (a `u` regex sees a
 * paired surrogate as one astral character, so only lone ones match \p{Cs}).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls XML forbids is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text as XML may carry it: the characters XML forbids removed. */
export const xmlText = (text: string) => text.replace(NOT_XML, "");

const escapeXml = (text: string) =>
  xmlText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/**
 * The node as markup; text and attribute values are escaped, so no string can
 * become markup, and stripped of the characters XML forbids (an imported
 * header with a control character still makes a well-formed document).
 */
export function svgMarkup(node: SvgNode | string): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  const children = (node.children ?? []).map(svgMarkup).join("");
  return children ? `<${node.tag}${attrs}>${children}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** The node as a live SVG element (text becomes text nodes, never markup). */
export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS("http://www.w3.org/2000/svg", node.tag);
  for (const [k, v] of Object.entries(node.attrs)) element.setAttribute(k, String(v));
  for (const child of node.children ?? [])
    element.append(typeof child === "string" ? child : svgElement(child));
  return element;
}
