// The iframe snippet a journalist pastes into an article.
import { joinFragment, splitFragment } from "../publish/fragment.ts";

export interface EmbedOptions {
  /** The page URL to embed; `embed=1` is added. */
  url: string;
  /** Pixels, or "100%" for the full width of the article column. */
  width: number | "100%";
  height: number;
  /** Names the map and its metric: a screen reader announces the frame by it. */
  title: string;
  /** The frame's id, also passed as `embedId`: the host's listener and Datawrapper's message name it. */
  id: string;
}

const attribute = (v: string) =>
  v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The embed's address for a view's URL: `embed=1` and the frame's id added;
 * of the fragment, the table (`t=`) is kept and the map position dropped (an
 * embed fits Finland to its frame).
 */
export function embedUrl(viewUrl: string, id: string): string {
  const url = new URL(viewUrl);
  url.hash = joinFragment("", splitFragment(url.hash).table);
  url.searchParams.set("embed", "1");
  url.searchParams.set("embedId", id);
  return url.href;
}

/**
 * An iframe element as HTML text, sandboxed to scripts and popups; a popup (the
 * "open the full map" link) escapes the sandbox, so the full map's downloads and
 * storage work. Attribute values are escaped, so a title or URL cannot break out
 * of its attribute. The map posts its height to the host page (see README).
 */
export function embedSnippet(o: EmbedOptions): string {
  const url = embedUrl(o.url, o.id);
  const width = o.width === "100%" ? "100%" : String(Math.max(300, Math.round(o.width)));
  const height = String(Math.max(300, Math.round(o.height)));
  return `<iframe id="${attribute(o.id)}" src="${attribute(url)}" width="${width}" height="${height}" title="${attribute(o.title)}" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
