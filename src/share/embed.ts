// Embed mode: the map alone, a link to the full view, and the height it wants, told to the host
// page in the protocols newsroom pages listen for: the app's own, Datawrapper's, pym.js's and AMP's.
import { URL_KEYS } from "../state/url.ts";
import { isWideEmbed, presentingHeight, wideEmbedHeight } from "./embedLayout.ts";

/** The app's own message type: `{ type, id, height }`. */
export const HEIGHT_MESSAGE = "hyvinvointialueet-kartta:height";

/** The query parameter by which a host names its embed (the app's message and Datawrapper's carry it). */
export const EMBED_ID_KEY = "embedId";

/** From this frame width a wide embed's legend stands over the map (else under it). */
const LEGEND_OVER_MIN = 1000;

/** pym.js's message delimiter: `pymxPYMx<id>xPYMx<type>xPYMx<message>`. */
const PYM = "xPYMx";

/**
 * The full view's URL: the app's own parameters of the current one (the view),
 * without `embed` and without any parameter of the host (pym.js's `childId`,
 * `parentUrl`…, `embedId`), and with its hash (the map position).
 */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  const own = new Set<string>(Object.values(URL_KEYS));
  for (const key of [...url.searchParams.keys()])
    if (!own.has(key) || key === URL_KEYS.embed) url.searchParams.delete(key);
  return url.href;
}

/** The messages that tell a host a height, one per protocol (pym's only when the host is pym). */
export function heightMessages(
  height: number,
  ids: { embedId: string | null; childId: string | null },
): unknown[] {
  const id = ids.embedId ?? "hyvinvointialueet-kartta";
  return [
    { type: HEIGHT_MESSAGE, id: ids.embedId, height },
    { "datawrapper-height": { [id]: height } },
    { sentinel: "amp", type: "embed-size", height },
    ...(ids.childId ? [`pymxPYMx${ids.childId}${PYM}height${PYM}${height}`] : []),
  ];
}

/**
 * Marks the page as embedded and, in a frame, posts the height the embed wants
 * for its width, in CSS pixels, on load and whenever it changes, in every
 * protocol. Narrow (under 600 px) the content flows: title, the map at
 * Finland's proportions, legend, chart, sources; the height is the content's.
 * Wide, the chart stands beside the map and the map fills the frame: the
 * height asked for is computed from the width alone (wideEmbedHeight, at most
 * 900 px), never read back from a frame the host sized, so it cannot grow
 * from one answer to the next. pym.js parents send their width first
 * (`…xPYMxwidthxPYMx640`); the answer is the height. The target origin is
 * "*": the height is no secret, and a sandboxed frame cannot know the host's.
 */
export function startEmbed(mapAspect: number): { start(): void } {
  const root = document.documentElement;
  root.classList.add("embed");
  // The map's height follows its width, at the proportions of Finland (width / height).
  root.style.setProperty("--map-aspect", String(mapAspect));
  // Wide: the chart beside the map; the legend over the map where the map's column has room
  // for it beside Finland, else under the map.
  const layout = () => {
    const wide = isWideEmbed(window.innerWidth);
    // The presenter's "screen" in a frame: its type and title follow this, not the frame's height.
    root.style.setProperty("--present-screen", `${presentingHeight(window.innerWidth)}px`);
    root.classList.toggle("embed-wide", wide);
    root.classList.toggle("embed-legend-below", wide && window.innerWidth < LEGEND_OVER_MIN);
  };
  layout();
  window.addEventListener("resize", layout);
  if (window.parent === window) return { start() {} };
  const params = new URLSearchParams(location.search);
  const ids = { embedId: params.get(EMBED_ID_KEY), childId: params.get("childId") };
  let last = -1;
  /**
   * A part's own height: its content's, with its borders, not what the frame
   * left it (a legend under the map is squeezed in a short frame, and would
   * ask for more once the host gave more).
   */
  const box = (id: string) => {
    const element = document.getElementById(id);
    if (!element || element.hidden) return 0;
    const borders = element.offsetHeight - element.clientHeight;
    return Math.max(element.getBoundingClientRect().height, element.scrollHeight + borders);
  };
  const wanted = () => {
    // A slide is sized for a screen of the width's proportions: never for the frame's height.
    if (root.classList.contains("presenting")) return presentingHeight(window.innerWidth);
    if (!root.classList.contains("embed-wide"))
      return Math.ceil(document.body.getBoundingClientRect().height);
    const chart = document.getElementById("chart");
    return wideEmbedHeight({
      width: window.innerWidth,
      aspect: mapAspect,
      header: document.querySelector(".app-header")?.getBoundingClientRect().height ?? 0,
      footer:
        box("attribution") +
        box("full-map-link") +
        (root.classList.contains("embed-legend-below") ? box("legend") : 0),
      side: chart && !chart.hidden ? chart.getBoundingClientRect().width : 0,
    });
  };
  const post = (force = false) => {
    const height = wanted();
    if (height === last && !force) return;
    last = height;
    for (const message of heightMessages(height, ids)) window.parent.postMessage(message, "*");
  };
  return {
    /** Starts telling the height, once the app has drawn its first view (not a half-built page). */
    start() {
      new ResizeObserver(() => post()).observe(document.body);
      window.addEventListener("resize", () => post());
      // pym.js: the parent tells its width; the answer is the height, once for a burst of
      // messages (a host resizing may send hundreds): after the messages already queued.
      let answering = false;
      window.addEventListener("message", (event) => {
        if (event.source !== window.parent || typeof event.data !== "string" || !ids.childId)
          return;
        if (!event.data.startsWith(`pymxPYMx${ids.childId}${PYM}width${PYM}`) || answering) return;
        answering = true;
        setTimeout(() => {
          answering = false;
          post(true);
        }, 0);
      });
      post(true);
    },
  };
}
