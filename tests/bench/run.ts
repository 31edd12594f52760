// `npm run bench`: builds the app, the bare-MapLibre floor and the plain SVG map, serves them with gzip,
// measures them in headless Chromium on a desktop and on the phone profile, checks the budgets, runs
// Lighthouse, and writes bench-results/bench.json.
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "../chromium.ts";
import { FRAME_RATE_CAMERA, type FrameRateSample, measureFrameRate } from "./frameRate.ts";
import { type GestureSample, measureGesture } from "./gesture.ts";
import { type ImportSample, measureImport } from "./importTime.ts";
import { runLighthouse } from "./lighthouse.ts";
import { type LoadSample, measureLoad } from "./measure.ts";
import { findTapPoint, measurePhone, PHONE, type PhoneSample } from "./phone.ts";
import { printReport } from "./report.ts";
import { serveStatic } from "./server.ts";
import { measureSession, type SessionSample } from "./session.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = requireChromium();
const root = resolve(import.meta.dirname, "../..");

/** Builds both; the app with its address as SITE_URL, so its canonical link is the page Lighthouse loads. */
function build(siteUrl: string) {
  const run = (cmd: string, env: NodeJS.ProcessEnv = process.env) =>
    execSync(cmd, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  run("npx vite build --logLevel warn", { ...process.env, SITE_URL: siteUrl });
  run("npx vite build --config tests/bench/floor/vite.config.ts");
  run("npx vite build --config tests/bench/plain/vite.config.ts");
}

/** Every sample of one run of the bench. */
export interface BenchSamples {
  app: LoadSample[];
  floor: LoadSample[];
  plain: LoadSample[];
  gestures: GestureSample[];
  appFrames: FrameRateSample[];
  floorFrames: FrameRateSample[];
  imports: ImportSample[];
  /** The scripted session (tests/bench/session.ts): the longest task of each interaction. */
  sessions: SessionSample[];
  phone: { app: PhoneSample[]; floor: PhoneSample[]; plain: PhoneSample[] };
}

async function main() {
  // The servers read files on first request: they can start before the build.
  const app = await serveStatic(resolve(root, "dist"));
  const floor = await serveStatic(resolve(root, "dist-floor"));
  const plain = await serveStatic(resolve(root, "dist-plain"));
  build(app.url);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const samples: BenchSamples = {
    app: [],
    floor: [],
    plain: [],
    gestures: [],
    appFrames: [],
    floorFrames: [],
    imports: [],
    sessions: [],
    phone: { app: [], floor: [], plain: [] },
  };
  const topology = JSON.parse(
    readFileSync(resolve(root, "public/data/finland-2025.topo.json"), "utf8"),
  );
  const log = (what: string) => process.stderr.write(`  ${what}\n`);
  for (let i = 0; i < RUNS; i++) {
    log(`desktop run ${i + 1} of ${RUNS}`);
    // Alternate, so drift in the machine's load hits every page alike.
    samples.floor.push(await measureLoad(browser, floor.url, ["map-idle"]));
    samples.plain.push(await measureLoad(browser, plain.url, ["choropleth-painted"]));
    samples.app.push(
      await measureLoad(browser, app.url, ["choropleth-painted", "map-interactive"], 10),
    );
    samples.gestures.push(await measureGesture(browser, app.url));
    samples.appFrames.push(
      await measureFrameRate(browser, `${app.url}${FRAME_RATE_CAMERA}`, "detail-drawn"),
    );
    samples.floorFrames.push(
      await measureFrameRate(browser, `${floor.url}${FRAME_RATE_CAMERA}`, "map-idle"),
    );
    if (i < 3) samples.imports.push(await measureImport(browser, app.url, topology));
    if (i < 3) samples.sessions.push(await measureSession(browser, app.url, topology));
  }
  log("phone profile: where a tap answers on each page");
  const taps = {
    app: await findTapPoint(browser, app.url, "map-interactive"),
    floor: await findTapPoint(browser, floor.url, "map-idle"),
    plain: await findTapPoint(browser, plain.url, "choropleth-painted"),
  };
  for (let i = 0; i < RUNS; i++) {
    log(`phone run ${i + 1} of ${RUNS}`);
    samples.phone.floor.push(await measurePhone(browser, floor.url, "map-idle", taps.floor));
    samples.phone.plain.push(
      await measurePhone(browser, plain.url, "choropleth-painted", taps.plain),
    );
    samples.phone.app.push(await measurePhone(browser, app.url, "choropleth-painted", taps.app));
  }
  await browser.close();

  const { budgets, summary } = printReport(samples, RUNS, PHONE);

  let lighthouse: Awaited<ReturnType<typeof runLighthouse>> = [];
  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    lighthouse = await runLighthouse(app.url, CHROMIUM);
    const score = (preset: string, category: string) =>
      lighthouse.find((r) => r.preset === preset)?.scores[category] ?? 0;
    for (const [name, ok] of [
      ["Lighthouse performance >= 95 desktop", score("desktop", "performance") >= 95],
      ["Lighthouse performance >= 85 mobile", score("mobile", "performance") >= 85],
      [
        "Lighthouse accessibility 100 (desktop and mobile)",
        score("desktop", "accessibility") === 100 && score("mobile", "accessibility") === 100,
      ],
      [
        "Lighthouse SEO 100 (desktop and mobile)",
        score("desktop", "seo") === 100 && score("mobile", "seo") === 100,
      ],
    ] as const)
      console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}`);
    console.log("\nLighthouse");
    for (const r of lighthouse) {
      console.log(
        `  ${r.preset}: ${Object.entries(r.scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      );
      console.log(
        `    ${Object.entries(r.metrics)
          .map(([k, v]) => `${k} ${v.toFixed(k === "cumulative-layout-shift" ? 3 : 0)}`)
          .join(", ")}`,
      );
      for (const o of r.opportunities)
        console.log(
          `    opportunity: ${o.title} (${o.savingsMs.toFixed(0)} ms, ${(o.savingsBytes / 1024).toFixed(1)} KB)`,
        );
      for (const f of r.failing) console.log(`    failing: ${f}`);
    }
  }
  app.server.close();
  floor.server.close();
  plain.server.close();

  mkdirSync(resolve(root, "bench-results"), { recursive: true });
  const out = resolve(root, "bench-results/bench.json");
  writeFileSync(
    out,
    JSON.stringify({ runs: RUNS, phone: PHONE, summary, budgets, samples, lighthouse }, null, 2),
  );
  console.log(`\nwrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
