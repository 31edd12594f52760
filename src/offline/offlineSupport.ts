// Whether this page may keep the app offline, and when to start: the little of offline support the first view loads.

/** Whether this page may keep the app: a secure context with an origin of its own, not an embed. */
export function mayKeepOffline(embed: boolean): boolean {
  if (embed || !("serviceWorker" in navigator) || !window.isSecureContext) return false;
  // A sandboxed frame without allow-same-origin has an opaque origin, written "null".
  return window.origin !== "null";
}

/** Runs `task` once the page has loaded and the browser is idle (at most 3 s later), so the first view pays nothing. */
export function afterFirstView(task: () => void): void {
  const idle = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(() => task(), { timeout: 3000 })
      : setTimeout(task, 1000);
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}
