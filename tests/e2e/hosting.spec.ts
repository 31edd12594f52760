// The host recipes send the documented headers: hosting/nginx.conf and hosting/apache.htaccess, served for real.
import { readdirSync, readFileSync } from "node:fs";
import { CACHE_CONTROL, HOST_HEADERS, headersFile } from "../../hosting/headers.ts";
import { findBinary, type RunningServer, startApache, startNginx } from "../hostServers.ts";
import { expect, test } from "./fixtures.ts";

const dist = new URL("../../dist/", import.meta.url);
const worker = readdirSync(new URL("assets/", dist)).find((f) =>
  /^maplibre-gl-worker-.*\.mjs$/.test(f),
);
const script = readdirSync(new URL("assets/", dist)).find((f) => /^index-.*\.js$/.test(f));

/** Each file a host serves, the type it must have, and whether it is a hashed (long-kept) file. */
const FILES: [string, RegExp, boolean][] = [
  ["", /^text\/html/, false],
  ["index.html", /^text\/html/, false],
  [`assets/${script}`, /^(text|application)\/javascript/, true],
  [`assets/${worker}`, /^(text|application)\/javascript/, true],
  ["manifest.webmanifest", /^application\/manifest\+json/, false],
  ["data/finland-2025.topo.json", /^application\/json/, false],
  ["sw.js", /^(text|application)\/javascript/, false],
];

async function checkHeaders(server: RunningServer) {
  for (const [path, type, hashed] of FILES) {
    const response = await fetch(server.url + path, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status, path).toBe(200);
    for (const [name, value] of Object.entries(HOST_HEADERS))
      expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    expect(response.headers.get("content-type"), path).toMatch(type);
    expect(response.headers.get("cache-control"), path).toBe(
      hashed ? CACHE_CONTROL.hashed : CACHE_CONTROL.other,
    );
  }
  const missing = await fetch(`${server.url}no/such/page`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain("Sivua ei löytynyt");
  expect(missing.headers.get("content-security-policy")).toBe(
    HOST_HEADERS["Content-Security-Policy"],
  );
}

test.describe("the nginx recipe", () => {
  const nginx = findBinary(["nginx", "/usr/sbin/nginx"]);
  test.skip(!nginx, "nginx is not installed (apt-get install -y nginx-light; .ci/run installs it)");
  let server: RunningServer | null = null;
  test.beforeAll(async () => {
    server = await startNginx(nginx ?? "");
  });
  test.afterAll(() => server?.stop());

  test("sends the documented headers, types and cache rules with every file, and the 404 page", async () => {
    if (server) await checkHeaders(server);
  });
});

test.describe("the Apache recipe", () => {
  const apache = findBinary(["apache2", "/usr/sbin/apache2"]);
  test.skip(
    !apache,
    "Apache httpd is not installed (apt-get install -y apache2): only nginx is checked",
  );
  let server: RunningServer | null = null;
  test.beforeAll(async () => {
    server = await startApache(apache ?? "");
  });
  test.afterAll(() => server?.stop());

  test("passes Apache's syntax check and sends the same headers, types and cache rules", async () => {
    if (server) await checkHeaders(server);
  });
});

test("the static host's _headers file is written into dist/ from the same list", () => {
  expect(readFileSync(new URL("_headers", dist), "utf8")).toBe(headersFile());
});
