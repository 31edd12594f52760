// Registers the service worker (not in an embed or a sandboxed frame) and announces a new version.

export interface OfflineOptions {
  /** An embed (embed=1) keeps nothing: it lives in someone else's page. */
  embed: boolean;
  /** A new version is ready: show it, and call `apply` when the person chooses to load it. */
  onUpdate(apply: () => void): void;
}

/** Whether this page may keep the app: a secure context with an origin of its own, not an embed. */
export function mayKeepOffline(embed: boolean): boolean {
  if (embed || !("serviceWorker" in navigator) || !window.isSecureContext) return false;
  // A sandboxed frame without allow-same-origin has an opaque origin, written "null".
  return window.origin !== "null";
}

/**
 * After the page has loaded and gone idle (so the first view pays nothing for
 * it), registers `sw.js` for the app's folder. When a new version has been
 * fetched and waits, `onUpdate` is told; only its `apply` lets the new version
 * take over, and then the page reloads once. Failures (storage refused, a host
 * without sw.js) are silent: the app works online as before.
 */
export function registerOffline(options: OfflineOptions): void {
  if (!mayKeepOffline(options.embed)) {
    // Said as User Timing, so a test (or any tool) knows the decision was made.
    performance.mark("offline-skipped");
    return;
  }
  let applying = false;
  const start = async () => {
    const registration = await navigator.serviceWorker.register("./sw.js", { scope: "./" });
    const announce = (worker: ServiceWorker) => {
      // The first install has no version to replace: nothing to announce.
      if (!navigator.serviceWorker.controller) return;
      options.onUpdate(() => {
        applying = true;
        worker.postMessage({ type: "activate-update" });
      });
    };
    if (registration.waiting) announce(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed") announce(worker);
      });
    });
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (applying) location.reload();
    });
  };
  const idle = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(() => start().catch(() => undefined), { timeout: 3000 })
      : setTimeout(() => start().catch(() => undefined), 1000);
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}
