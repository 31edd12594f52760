// Embed mode: the map alone, a link to the full view, and its height posted to the host page.

/** The message the embedded map posts to its parent window. */
export const HEIGHT_MESSAGE = "hyvinvointialueet-kartta:height";

/** The full view's URL: the current one without `embed`. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  return url.href;
}

/**
 * Marks the page as embedded and, when it has a parent window, posts
 * `{ type: HEIGHT_MESSAGE, height }` (CSS pixels) now and whenever the height
 * changes. The target origin is "*": the height is no secret, and the host's
 * origin is unknown (a sandboxed frame cannot read it).
 */
export function startEmbed(): void {
  document.documentElement.classList.add("embed");
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
