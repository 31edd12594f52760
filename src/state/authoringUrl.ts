// The author's choices in the query string: read with the rest of the URL (url.ts), and written with it.
import { isLevelId, type LevelId } from "../data/levels.ts";
import { CLASS_METHODS, type ClassMethod, MAX_CLASSES, MIN_CLASSES } from "../scales/classes.ts";
import { isPaletteId } from "../scales/palettes.ts";
import {
  AUTHOR_TEXTS,
  type Authoring,
  type AuthorText,
  cleanText,
  MAX_DECIMALS,
  MAX_HIGHLIGHT,
  NO_AUTHORING,
} from "./authoring.ts";

/** The query parameter of each of the author's choices. */
export const AUTHOR_KEYS = {
  title: "title",
  description: "desc",
  notes: "notes",
  source: "credit",
  byline: "byline",
  alt: "alt",
  highlight: "highlight",
  classes: "classes",
  palette: "palette",
  decimals: "decimals",
  unit: "unit",
} as const satisfies Record<AuthorText | "highlight" | "classes" | "palette" | "decimals", string>;

/**
 * Reads the author's choices. Texts are cleaned and cut to their caps (never
 * refused: a headline cut short still reads). `highlight=county:01,02` must
 * name regions that exist (`regions`); `classes=quantile:5`, `equal:4`,
 * `jenks:5` or `custom:10,20.5,30`; `palette` one of the palettes;
 * `decimals` 0–4. A value that is none of these is listed in `ignored`.
 */
export function readAuthoring(
  params: URLSearchParams,
  regions: (level: LevelId) => ReadonlySet<string> | undefined,
  ignored: string[],
): Authoring {
  const a: Authoring = { ...NO_AUTHORING };
  const cut = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const refuse = (key: string, v: string) => ignored.push(`${key}=${cut(v)}`);
  for (const key of AUTHOR_TEXTS) {
    const v = params.get(AUTHOR_KEYS[key]);
    if (v !== null) a[key] = cleanText(key, v);
  }
  const highlight = params.get(AUTHOR_KEYS.highlight);
  if (highlight !== null) {
    const [level = "", list = ""] = highlight.split(":");
    const codes = [...new Set(list.split(",").filter(Boolean))];
    const known = isLevelId(level) ? regions(level) : undefined;
    if (known && codes.length && codes.length <= MAX_HIGHLIGHT && codes.every((c) => known.has(c)))
      a.highlight = { level: level as LevelId, codes };
    else refuse(AUTHOR_KEYS.highlight, highlight);
  }
  const classes = params.get(AUTHOR_KEYS.classes);
  if (classes !== null) {
    const [method = "", rest = ""] = classes.split(":");
    const numbers = rest.split(",").map(Number);
    const count = Number(rest);
    if (
      method === "custom" &&
      rest &&
      numbers.length <= MAX_CLASSES - 1 &&
      numbers.every(Number.isFinite)
    )
      a.classing = {
        method,
        count: numbers.length + 1,
        breaks: [...new Set(numbers)].sort((x, y) => x - y),
      };
    else if (
      (CLASS_METHODS as readonly string[]).includes(method) &&
      method !== "custom" &&
      (method === "continuous" ||
        (Number.isInteger(count) && count >= MIN_CLASSES && count <= MAX_CLASSES))
    )
      a.classing = {
        method: method as ClassMethod,
        count: method === "continuous" ? 5 : count,
        breaks: [],
      };
    else refuse(AUTHOR_KEYS.classes, classes);
  }
  const palette = params.get(AUTHOR_KEYS.palette);
  if (palette !== null) {
    if (isPaletteId(palette)) a.palette = palette;
    else refuse(AUTHOR_KEYS.palette, palette);
  }
  const decimals = params.get(AUTHOR_KEYS.decimals);
  if (decimals !== null) {
    const d = Number(decimals);
    if (/^\d$/.test(decimals) && d <= MAX_DECIMALS) a.decimals = d;
    else refuse(AUTHOR_KEYS.decimals, decimals);
  }
  return a;
}

/** Writes the author's choices that differ from none. */
export function writeAuthoring(params: URLSearchParams, a: Authoring): void {
  for (const key of Object.values(AUTHOR_KEYS)) params.delete(key);
  for (const key of AUTHOR_TEXTS) if (a[key]) params.set(AUTHOR_KEYS[key], a[key]);
  if (a.highlight)
    params.set(AUTHOR_KEYS.highlight, `${a.highlight.level}:${a.highlight.codes.join(",")}`);
  const c = a.classing;
  if (c.method === "custom" && c.breaks.length)
    params.set(AUTHOR_KEYS.classes, `custom:${c.breaks.join(",")}`);
  else if (c.method !== "continuous" && c.method !== "custom")
    params.set(AUTHOR_KEYS.classes, `${c.method}:${c.count}`);
  if (a.palette) params.set(AUTHOR_KEYS.palette, a.palette);
  if (a.decimals !== null) params.set(AUTHOR_KEYS.decimals, String(a.decimals));
}
