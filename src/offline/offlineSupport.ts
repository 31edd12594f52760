// Whether this page may keep the app offline, and when to start: the little of offline support the first view loads.

/** Whether this page may keep the app: a secure context with an origin of its own, not an embed. */
export function mayKeepOffline(embed: boolean): boolean {
  if (embed || !("serviceWorker" in navigator) || !window.isSecureContext) return false;
  // A sandboxed frame without allow-same-origin has an opaque origin, written "null".
  return window.origin !== "null";
}

/** How long after the page's load the offline copy may start: the first view and its first moves come first. */
const SETTLE_MS = 2000;

/**
 * Runs `task` two seconds after the page has loaded, when the browser is next
 * idle (at most 3 s later): the first view, its data and the first gestures
 * never share the network or the main thread with it.
 */
export function afterFirstView(task: () => void): void {
  const idle = () =>
    setTimeout(
      () =>
        "requestIdleCallback" in window
          ? requestIdleCallback(() => task(), { timeout: 3000 })
          : task(),
      SETTLE_MS,
    );
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}
