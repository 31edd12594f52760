// The service worker: keeps the app for offline use after the first visit; a new version waits to be accepted.
import { CACHE_PREFIX, cacheName, strategyFor } from "./cachePlan.ts";

// The little of the service-worker scope this file uses (the project's lib is the DOM's, not the worker's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
declare const self: {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
};
/** Set at build time (build/offlinePlugin.ts): the kept files and the version their contents make. */
declare const __PRECACHE__: string[];
declare const __VERSION__: string;

const CACHE = cacheName(__VERSION__);
const kept = new Set(__PRECACHE__);

// Install: fetch every kept file past the HTTP cache. A new version then waits: it takes over
// only when a page asks (the person chose "Load the new version"), never in the middle of a talk.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(__PRECACHE__.map((path) => new Request(path, { cache: "reload" }))),
      ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE)
            .map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "activate-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const strategy = strategyFor(event.request, self.registration.scope, kept);
  if (strategy.kind === "network") return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(strategy.path))
      .then((hit) => hit ?? fetch(event.request)),
  );
});
