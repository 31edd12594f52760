// The iframe snippet a journalist pastes into an article.

export interface EmbedOptions {
  /** The page URL to embed; `embed=1` is added. */
  url: string;
  /** Pixels, or "100%" for the full width of the article column. */
  width: number | "100%";
  height: number;
  title: string;
}

const attribute = (v: string) =>
  v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An iframe element as HTML text, sandboxed to scripts and popups (the "open the
 * full map" link). Attribute values are escaped, so a title or URL cannot break
 * out of its attribute. The map posts its height to the host page (see README).
 */
export function embedSnippet(o: EmbedOptions): string {
  const url = new URL(o.url);
  url.searchParams.set("embed", "1");
  const width = o.width === "100%" ? "100%" : String(Math.max(300, Math.round(o.width)));
  const height = String(Math.max(300, Math.round(o.height)));
  return `<iframe src="${attribute(url.href)}" width="${width}" height="${height}" title="${attribute(o.title)}" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups"></iframe>`;
}
