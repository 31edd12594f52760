// The one place that says which Chromium the tests and the benchmark run, and how.
import { existsSync } from "node:fs";

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * No sandbox (CI runs as root), no background networking (the machine's network
 * is closed; every request must be the app's own), and WebGL through SwiftShader,
 * as headless Chromium has no GPU here.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** Stops with instructions when Chromium is missing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package ` +
        "(apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH. " +
        "The tests never download a browser.",
    );
  return CHROMIUM_PATH;
}
