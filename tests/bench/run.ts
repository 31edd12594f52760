// `npm run bench`: builds the app and the bare-MapLibre floor, serves both with gzip, measures
// both in headless Chromium, checks the budgets, runs Lighthouse, and writes bench-results/bench.json.
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "../chromium.ts";
import { measureGesture } from "./gesture.ts";
import { type ImportSample, measureImport } from "./importTime.ts";
import { runLighthouse } from "./lighthouse.ts";
import { type LoadSample, measureLoad } from "./measure.ts";
import { serveStatic } from "./server.ts";
import { measureSession, type SessionSample } from "./session.ts";
import { type Summary, summarize } from "./stats.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = requireChromium();
const root = resolve(import.meta.dirname, "../..");

/** Builds both; the app with its address as SITE_URL, so its canonical link is the page Lighthouse loads. */
function build(siteUrl: string) {
  const run = (cmd: string, env: NodeJS.ProcessEnv = process.env) =>
    execSync(cmd, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  run("npx vite build --logLevel warn", { ...process.env, SITE_URL: siteUrl });
  run("npx vite build --config tests/bench/floor/vite.config.ts");
}

const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pick = (samples: LoadSample[], f: (s: LoadSample) => number) => summarize(samples.map(f));

async function main() {
  // The servers read files on first request: they can start before the build.
  const app = await serveStatic(resolve(root, "dist"));
  const floor = await serveStatic(resolve(root, "dist-floor"));
  build(app.url);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const appSamples: LoadSample[] = [];
  const floorSamples: LoadSample[] = [];
  const gestures = [];
  const imports: ImportSample[] = [];
  const sessions: SessionSample[] = [];
  const topology = JSON.parse(
    readFileSync(resolve(root, "public/data/finland-2025.topo.json"), "utf8"),
  );
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so drift in the machine's load hits both alike.
    floorSamples.push(await measureLoad(browser, floor.url, ["map-idle"]));
    appSamples.push(
      await measureLoad(browser, app.url, ["choropleth-painted", "map-interactive"], 10),
    );
    gestures.push(await measureGesture(browser, app.url));
    if (i < 3) imports.push(await measureImport(browser, app.url, topology));
    if (i < 3) sessions.push(await measureSession(browser, app.url, topology));
  }
  await browser.close();
  const importRead = summarize(imports.map((s) => s.readMs));
  const importShown = summarize(imports.map((s) => s.shownMs));
  const importLongest = summarize(imports.map((s) => s.longestTaskMs));
  const importMb = ((imports[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1);
  const sessionLongest = summarize(sessions.map((s) => s.longestTaskMs));
  // Each interaction's worst run: which one blocks the page longest.
  const interactions = new Map<string, number>();
  for (const s of sessions)
    for (const [name, ms] of Object.entries(s.tasks))
      interactions.set(name, Math.max(interactions.get(name) ?? 0, ms));
  const gestureFrame = summarize(gestures.map((g) => g.firstFrameMs));
  const gestureGl = summarize(gestures.map((g) => g.glMs));
  const gestureDetail = summarize(gestures.map((g) => g.detailMs));
  // The first view must not fetch MapLibre: its script, worker or CSS.
  const mapLibreOnLoad = appSamples
    .flatMap((s) => s.urls)
    .filter((u) => /mapAdapter|maplibre/.test(u));

  const floorIdle = pick(floorSamples, (s) => s.marks["map-idle"] ?? Number.NaN);
  const painted = pick(appSamples, (s) => s.marks["choropleth-painted"] ?? Number.NaN);
  const interactive = pick(appSamples, (s) => s.marks["map-interactive"] ?? Number.NaN);
  const recolour = summarize(appSamples.flatMap((s) => s.recolourMs));
  const crossings = pick(
    appSamples,
    (s) => (s.measures.crossings ?? 0) + (s.measures["crossing-borders"] ?? 0),
  );
  const heap = pick(appSamples, (s) => s.heapBytes);
  const floorHeap = pick(floorSamples, (s) => s.heapBytes);
  const bytes = (samples: LoadSample[], k: keyof LoadSample["bytes"]) =>
    pick(samples, (s) => s.bytes[k]).median;

  const rows: [string, string, string, string][] = [
    [
      "first painted choropleth",
      ms(painted),
      ms(floorIdle),
      (painted.median / floorIdle.median).toFixed(2),
    ],
    [
      "map interactive (hover, keys)",
      ms(interactive),
      ms(floorIdle),
      (interactive.median / floorIdle.median).toFixed(2),
    ],
    ...(["script", "data", "css", "other", "total"] as const).map(
      (k): [string, string, string, string] => [
        `transfer ${k} (gzip)`,
        kb(bytes(appSamples, k)),
        kb(bytes(floorSamples, k)),
        (bytes(appSamples, k) / (bytes(floorSamples, k) || 1)).toFixed(2),
      ],
    ),
    [
      "recolour (change to next frame)",
      `${recolour.median.toFixed(1)} ms (${recolour.min.toFixed(1)}–${recolour.max.toFixed(1)}, n=${recolour.n})`,
      "–",
      "–",
    ],
    ["zoom gesture: first frame", ms(gestureFrame), "–", "–"],
    ["zoom gesture: GL map drawn", ms(gestureGl), "–", "–"],
    ["zoom gesture: GL detail drawn", ms(gestureDetail), "–", "–"],
    [`import ${importMb} MB: read (worker)`, ms(importRead), "–", "–"],
    [`import ${importMb} MB: shown on the map`, ms(importShown), "–", "–"],
    [`import ${importMb} MB: longest task`, ms(importLongest), "–", "–"],
    ["scripted session: longest task", ms(sessionLongest), "–", "–"],
    ...[...interactions].map(([name, worst]): [string, string, string, string] => [
      `  session: ${name}`,
      `${worst} ms (worst of ${sessions.length})`,
      "–",
      "–",
    ]),
    [
      "crossing computation",
      `${crossings.median.toFixed(2)} ms (${crossings.min.toFixed(2)}–${crossings.max.toFixed(2)})`,
      "–",
      "–",
    ],
    [
      "JS heap after load",
      kb(heap.median),
      kb(floorHeap.median),
      (heap.median / floorHeap.median).toFixed(2),
    ],
  ];
  const budgets = [
    [
      "first paint <= 0.5 x floor idle",
      painted.median <= 0.5 * floorIdle.median,
      `${painted.median.toFixed(0)} <= ${(0.5 * floorIdle.median).toFixed(0)} ms`,
    ],
    [
      "interactive <= 0.5 x floor idle",
      interactive.median <= 0.5 * floorIdle.median,
      `${interactive.median.toFixed(0)} <= ${(0.5 * floorIdle.median).toFixed(0)} ms`,
    ],
    [
      "first-view transfer <= 150 KB gzip, MapLibre not in it",
      bytes(appSamples, "total") <= 150 * 1024 && mapLibreOnLoad.length === 0,
      `${kb(bytes(appSamples, "total"))}${mapLibreOnLoad.length ? `; fetched ${mapLibreOnLoad[0]}` : "; no MapLibre"}`,
    ],
    ["recolour <= 16 ms median", recolour.median <= 16, `${recolour.median.toFixed(1)} ms`],
    ["crossing computation <= 10 ms", crossings.median <= 10, `${crossings.median.toFixed(2)} ms`],
    [
      "scripted session: no interaction with a task of 200 ms",
      sessionLongest.max < 200,
      `${sessionLongest.max.toFixed(0)} ms`,
    ],
    [
      "20 MB import: no main-thread task of 200 ms",
      importLongest.max < 200,
      `${importLongest.max.toFixed(0)} ms`,
    ],
  ] as const;

  console.log(
    `\nBenchmark: ${RUNS} runs each, fresh context, cache disabled, gzip, headless Chromium\n`,
  );
  const widths = [34, 30, 22, 6];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(" | ");
  console.log(line(["measure", "app: median (min–max)", "floor", "ratio"]));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
  console.log("\nBudgets");
  for (const [name, ok, detail] of budgets)
    console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}: ${detail}`);

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
          `    opportunity: ${o.title} (${o.savingsMs.toFixed(0)} ms, ${kb(o.savingsBytes)})`,
        );
      for (const f of r.failing) console.log(`    failing: ${f}`);
    }
  }
  app.server.close();
  floor.server.close();

  mkdirSync(resolve(root, "bench-results"), { recursive: true });
  const out = resolve(root, "bench-results/bench.json");
  writeFileSync(
    out,
    JSON.stringify(
      {
        runs: RUNS,
        app: {
          painted,
          interactive,
          recolour,
          crossings,
          heap,
          gesture: { firstFrame: gestureFrame, gl: gestureGl, detail: gestureDetail },
          session: { longestTask: sessionLongest, interactions: Object.fromEntries(interactions) },
          import: {
            read: importRead,
            shown: importShown,
            longestTask: importLongest,
            bytes: imports[0]?.bytes,
          },
          bytes: appSamples.map((s) => s.bytes),
        },
        floor: { idle: floorIdle, heap: floorHeap, bytes: floorSamples.map((s) => s.bytes) },
        budgets,
        lighthouse,
      },
      null,
      2,
    ),
  );
  console.log(`\nwrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
