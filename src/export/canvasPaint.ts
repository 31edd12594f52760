// Paints an export's SVG node tree on a 2D canvas: the PNG is the SVG export's own drawing, made
// without the browser's SVG image (whose first use blocks the page for a second or more).
import type { SvgNode } from "../map/svgNode.ts";

/** The canvas context this needs: a page's canvas or an OffscreenCanvas, in a worker too. */
export type Paint2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** What an element inherits from its ancestors, as SVG presentation attributes. */
type Inherited = Record<string, string>;

const INHERITED = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-linecap",
  "font-size",
  "font-family",
  "font-weight",
  "font-style",
  "text-anchor",
] as const;

const num = (v: string | number | undefined, fallback = 0) => {
  const n = Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/** `translate(x y)` or `translate(x, y)`: the only transform the exports write. */
export function translation(transform: string | undefined): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)?\s*\)/.exec(transform ?? "");
  return m ? [num(m[1]), num(m[2])] : [0, 0];
}

/** The definitions (patterns, gradients, clip paths) of a tree, by id. */
function definitions(root: SvgNode): Map<string, SvgNode> {
  const defs = new Map<string, SvgNode>();
  const walk = (node: SvgNode) => {
    if (node.attrs.id !== undefined) defs.set(String(node.attrs.id), node);
    for (const child of node.children ?? []) if (typeof child !== "string") walk(child);
  };
  walk(root);
  return defs;
}

/**
 * Paints `root` (an `svg` element, its size in CSS pixels) on `g`, already
 * scaled as wanted. The drawing follows SVG's: painter's order, presentation
 * attributes inherited, nested `svg` elements as a translation and clip (their
 * viewBox is their size), `translate` transforms, clip paths of rectangles,
 * pattern and linear-gradient fills, rectangles, paths, lines, circles and
 * text (`text-anchor` aligned). A generator: it yields between top-level
 * groups of elements, so a caller may split the painting over several tasks.
 */
export function* paintSvg(g: Paint2D, root: SvgNode): Generator<void, void, void> {
  const defs = definitions(root);
  let painted = 0;
  function* node(n: SvgNode, inherited: Inherited, depth: number): Generator<void, void, void> {
    if (n.tag === "defs" || n.tag === "title" || n.tag === "clipPath" || n.tag === "pattern")
      return;
    const style: Inherited = { ...inherited };
    for (const key of INHERITED) if (n.attrs[key] !== undefined) style[key] = String(n.attrs[key]);
    g.save();
    try {
      if (n.tag === "svg" && depth > 0) {
        g.translate(num(n.attrs.x), num(n.attrs.y));
        g.beginPath();
        g.rect(0, 0, num(n.attrs.width), num(n.attrs.height));
        g.clip();
      }
      const [tx, ty] = translation(n.attrs.transform as string | undefined);
      if (tx || ty) g.translate(tx, ty);
      const clip = /url\(#(.+)\)/.exec(String(n.attrs["clip-path"] ?? ""))?.[1];
      const clipRect = clip ? defs.get(clip)?.children?.find((c) => typeof c !== "string") : null;
      if (clipRect && typeof clipRect !== "string") {
        g.beginPath();
        g.rect(
          num(clipRect.attrs.x),
          num(clipRect.attrs.y),
          num(clipRect.attrs.width),
          num(clipRect.attrs.height),
        );
        g.clip();
      }
      if (n.tag === "svg" || n.tag === "g") {
        for (const child of n.children ?? [])
          if (typeof child !== "string") yield* node(child, style, depth + 1);
      } else shape(n, style);
    } finally {
      g.restore();
    }
    // Yield now and then, between elements of the top groups: a caller can split the work.
    painted++;
    if (depth <= 3 && painted % 40 === 0) yield;
  }
  yield* node(root, { fill: "#000000" }, 0);

  /** A paint (colour, pattern or gradient) for a fill or stroke value, over a box for gradients. */
  function paint(value: string, box: [number, number, number, number]) {
    const ref = /url\(#(.+)\)/.exec(value)?.[1];
    if (!ref) return value;
    const def = defs.get(ref);
    if (def?.tag === "pattern") return pattern(def);
    if (def?.tag === "linearGradient") {
      const [x, y, w, h] = box;
      const gradient = g.createLinearGradient(
        x + num(def.attrs.x1) * w,
        y + num(def.attrs.y1) * h,
        x + num(def.attrs.x2, 1) * w,
        y + num(def.attrs.y2) * h,
      );
      for (const stop of def.children ?? [])
        if (typeof stop !== "string")
          gradient.addColorStop(
            Math.min(1, Math.max(0, num(stop.attrs.offset))),
            String(stop.attrs["stop-color"]),
          );
      return gradient;
    }
    return "transparent";
  }

  function pattern(def: SvgNode): CanvasPattern | string {
    const width = Math.max(1, Math.ceil(num(def.attrs.width)));
    const height = Math.max(1, Math.ceil(num(def.attrs.height)));
    const tile = new OffscreenCanvas(width * 4, height * 4);
    const t = tile.getContext("2d");
    if (!t) return "transparent";
    t.scale(4, 4);
    for (const child of def.children ?? [])
      if (typeof child !== "string") shapeOn(t, child, { fill: "none" });
    const p = g.createPattern(tile, "repeat");
    const [tx, ty] = translation(def.attrs.patternTransform as string | undefined);
    p?.setTransform(new DOMMatrix([0.25, 0, 0, 0.25, tx, ty]));
    return p ?? "transparent";
  }

  function shape(n: SvgNode, style: Inherited) {
    shapeOn(g, n, style);
  }

  /** Fills and strokes one shape (or writes one text) with its style. */
  function shapeOn(c: Paint2D, n: SvgNode, inherited: Inherited) {
    const style: Inherited = { ...inherited };
    for (const key of INHERITED) if (n.attrs[key] !== undefined) style[key] = String(n.attrs[key]);
    const a = n.attrs;
    let path: Path2D | null = null;
    let box: [number, number, number, number] = [0, 0, 0, 0];
    if (n.tag === "rect") {
      box = [num(a.x), num(a.y), num(a.width), num(a.height)];
      path = new Path2D();
      const r = num(a.rx);
      if (r > 0 && "roundRect" in path) path.roundRect(...box, r);
      else path.rect(...box);
    } else if (n.tag === "path") path = new Path2D(String(a.d ?? ""));
    else if (n.tag === "circle") {
      path = new Path2D();
      path.arc(num(a.cx), num(a.cy), num(a.r), 0, Math.PI * 2);
    } else if (n.tag === "line") {
      path = new Path2D();
      path.moveTo(num(a.x1), num(a.y1));
      path.lineTo(num(a.x2), num(a.y2));
      style.fill = "none";
    } else if (n.tag === "text") return text(c, n, style);
    if (!path) return;
    if (style.fill && style.fill !== "none") {
      c.fillStyle = paint(style.fill, box);
      c.fill(path);
    }
    if (style.stroke && style.stroke !== "none") {
      c.strokeStyle = paint(style.stroke, box);
      c.lineWidth = num(style["stroke-width"], 1);
      c.lineJoin = (style["stroke-linejoin"] as CanvasLineJoin) ?? "miter";
      c.miterLimit = num(style["stroke-miterlimit"], 4);
      c.lineCap = (style["stroke-linecap"] as CanvasLineCap) ?? "butt";
      c.setLineDash(
        (style["stroke-dasharray"] ?? "")
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number),
      );
      c.stroke(path);
    }
  }

  function text(c: Paint2D, n: SvgNode, style: Inherited) {
    const content = (n.children ?? []).filter((t) => typeof t === "string").join("");
    if (!content || style.fill === "none") return;
    c.font = `${style["font-style"] ?? "normal"} ${style["font-weight"] ?? "normal"} ${num(style["font-size"], 16)}px ${style["font-family"] ?? "sans-serif"}`;
    c.textAlign =
      style["text-anchor"] === "middle"
        ? "center"
        : style["text-anchor"] === "end"
          ? "right"
          : "left";
    c.textBaseline = "alphabetic";
    c.fillStyle = style.fill ?? "#000000";
    c.fillText(content, num(n.attrs.x), num(n.attrs.y));
  }
}
