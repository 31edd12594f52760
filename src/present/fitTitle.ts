// The presenter's title type: one size for every slide, so the map below it never moves.

/** The smallest type of a slide, as a share of the screen's height (legible across a hall). */
export const MIN_TYPE_SHARE = 0.022;
/** The largest title type, as a share of the screen's height. */
const MAX_TITLE_SHARE = 0.04;

/**
 * Sets `--present-title` (px) and `--present-title-lines` on the page: the
 * largest size, from 4 % down to 2.2 % of the screen's height, at which every
 * title fits in two lines of the title's width; at the smallest size, the
 * lines the longest title then needs. Measured once per start and resize.
 */
export function fitTitle(titles: readonly string[]): void {
  const title = document.getElementById("app-title");
  if (!title) return;
  const probe = title.cloneNode() as HTMLElement;
  probe.removeAttribute("id");
  probe.style.cssText = `position:absolute;visibility:hidden;left:0;top:0;height:auto;width:${title.clientWidth}px;line-height:1.2;margin:0`;
  document.body.append(probe);
  // The screen's height: an embed's slide sets it (--present-screen); else the window's.
  const screen = Number.parseFloat(
    getComputedStyle(document.documentElement).getPropertyValue("--present-screen"),
  );
  const height = Number.isFinite(screen) && screen > 0 ? screen : window.innerHeight;
  const lines = (size: number) => {
    probe.style.fontSize = `${size}px`;
    let most = 1;
    for (const text of titles) {
      probe.textContent = text;
      most = Math.max(most, Math.round(probe.offsetHeight / (size * 1.2)));
    }
    return most;
  };
  const min = Math.ceil(height * MIN_TYPE_SHARE);
  let size = Math.floor(height * MAX_TITLE_SHARE);
  while (size > min && lines(size) > 2) size -= 1;
  const needed = Math.max(1, Math.min(lines(size), 4));
  probe.remove();
  const root = document.documentElement.style;
  root.setProperty("--present-title", `${size}px`);
  root.setProperty("--present-title-lines", String(Math.max(2, needed)));
}
