// Registers the service worker and announces a new version (loaded after the first view; see offlineSupport.ts).
import type { Store } from "../state/store.ts";
import { announceUpdate } from "./updateNotice.ts";

/**
 * Registers `sw.js` for the app's folder. When a new version has been fetched
 * and waits, a notice says so; only its button lets the new version take
 * over, and then the page reloads once. Failures (storage refused, a host
 * without sw.js) are silent: the app works online as before.
 */
export async function registerOffline(store: Store): Promise<void> {
  let applying = false;
  const registration = await navigator.serviceWorker.register("./sw.js", { scope: "./" });
  const announce = (worker: ServiceWorker) => {
    // The first install has no version to replace: nothing to announce.
    if (!navigator.serviceWorker.controller) return;
    announceUpdate(store, () => {
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
}
