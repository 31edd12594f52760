// The bench's figures side by side (the app, the floor, the plain SVG map), on a desktop and on the
// phone profile, and the budgets they are held to.
import type { PHONE } from "./phone.ts";
import type { BenchSamples } from "./run.ts";
import { type Summary, summarize } from "./stats.ts";

const ms = (s: Summary) =>
  Number.isFinite(s.median)
    ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
    : "–";
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fps = (s: Summary) => `${s.median.toFixed(1)} fps (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "–");
const of = <T>(samples: readonly T[], f: (s: T) => number) => summarize(samples.map(f));

type Row = [string, string, string, string, string, string];

function table(title: string, rows: Row[]) {
  const widths = [36, 28, 28, 28, 8, 8];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(" | ");
  console.log(`\n${title}\n`);
  console.log(line(["measure", "app: median (min–max)", "floor", "plain SVG", "/floor", "/plain"]));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

/** The budgets: each with whether it is met and the figures behind it. */
export type Budget = readonly [name: string, ok: boolean, detail: string];

export function printReport(s: BenchSamples, runs: number, phone: typeof PHONE) {
  const painted = of(s.app, (x) => x.marks["choropleth-painted"] ?? Number.NaN);
  const interactive = of(s.app, (x) => x.marks["map-interactive"] ?? Number.NaN);
  const floorIdle = of(s.floor, (x) => x.marks["map-idle"] ?? Number.NaN);
  const plainPainted = of(s.plain, (x) => x.marks["choropleth-painted"] ?? Number.NaN);
  const bytes = (samples: BenchSamples["app"], k: keyof BenchSamples["app"][number]["bytes"]) =>
    of(samples, (x) => x.bytes[k]).median;
  const recolour = summarize(s.app.flatMap((x) => x.recolourMs));
  const importRecolour = (level: string) =>
    summarize(s.imports.flatMap((x) => x.recolourMs[level] ?? []));
  const levels = Object.keys(s.imports[0]?.recolourMs ?? {});
  const gesture = (f: (g: BenchSamples["gestures"][number]) => number) => of(s.gestures, f);
  const panApp = of(s.appFrames, (x) => x.panFps);
  const panFloor = of(s.floorFrames, (x) => x.panFps);
  const zoomApp = of(s.appFrames, (x) => x.zoomFps);
  const zoomFloor = of(s.floorFrames, (x) => x.zoomFps);
  const crossings = of(
    s.app,
    (x) => (x.measures.crossings ?? 0) + (x.measures["crossing-borders"] ?? 0),
  );
  const heap = of(s.app, (x) => x.heapBytes);
  const floorHeap = of(s.floor, (x) => x.heapBytes);
  const plainHeap = of(s.plain, (x) => x.heapBytes);
  const importRead = of(s.imports, (x) => x.readMs);
  const importShown = of(s.imports, (x) => x.shownMs);
  const importLongest = of(s.imports, (x) => x.longestTaskMs);
  const importMb = ((s.imports[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1);
  const sessionLongest = of(s.sessions, (x) => x.longestTaskMs);
  // Each interaction's worst run: which one blocks the page longest.
  const interactions = new Map<string, number>();
  for (const session of s.sessions)
    for (const [name, taskMs] of Object.entries(session.tasks))
      interactions.set(name, Math.max(interactions.get(name) ?? 0, taskMs));
  const mapLibreOnLoad = s.app.flatMap((x) => x.urls).filter((u) => /mapAdapter|maplibre/.test(u));

  const phoneOf = (k: "app" | "floor" | "plain") => ({
    paint: of(s.phone[k], (x) => x.paintMs),
    answer: of(s.phone[k], (x) => x.answerMs),
    bytes: of(s.phone[k], (x) => x.bytes),
  });
  const p = { app: phoneOf("app"), floor: phoneOf("floor"), plain: phoneOf("plain") };

  const none = "–";
  const three = (label: string, a: Summary, f: Summary, pl: Summary, show = ms): Row => [
    label,
    show(a),
    show(f),
    show(pl),
    ratio(a.median, f.median),
    ratio(a.median, pl.median),
  ];
  const desktop: Row[] = [
    three("first painted map", painted, floorIdle, plainPainted),
    three("map interactive (hover, keys)", interactive, floorIdle, plainPainted),
    ...(["script", "data", "css", "other", "total"] as const).map(
      (k): Row => [
        `transfer ${k} (gzip)`,
        kb(bytes(s.app, k)),
        kb(bytes(s.floor, k)),
        kb(bytes(s.plain, k)),
        ratio(bytes(s.app, k), bytes(s.floor, k)),
        ratio(bytes(s.app, k), bytes(s.plain, k)),
      ],
    ),
    [
      "recolour, survey (22 counties)",
      `${recolour.median.toFixed(1)} ms (${recolour.min.toFixed(1)}–${recolour.max.toFixed(1)}, n=${recolour.n})`,
      none,
      none,
      none,
      none,
    ],
    ...levels.map((level): Row => {
      const r = importRecolour(level);
      return [
        `recolour, imported, by ${level}`,
        `${r.median.toFixed(1)} ms (${r.min.toFixed(1)}–${r.max.toFixed(1)}, n=${r.n})`,
        none,
        none,
        none,
        none,
      ];
    }),
    ["zoom gesture: first frame", ms(gesture((g) => g.firstFrameMs)), none, none, none, none],
    ["zoom gesture: GL map drawn", ms(gesture((g) => g.glMs)), none, none, none, none],
    ["zoom gesture: GL detail drawn", ms(gesture((g) => g.detailMs)), none, none, none, none],
    ["  GL map, after the rest", ms(gesture((g) => g.glAfterRestMs)), none, none, none, none],
    [
      "  GL detail, after the rest",
      ms(gesture((g) => g.detailAfterRestMs)),
      none,
      none,
      none,
      none,
    ],
    [
      "GL pan at zoom 7.5",
      fps(panApp),
      fps(panFloor),
      none,
      ratio(panApp.median, panFloor.median),
      none,
    ],
    [
      "GL wheel zoom at zoom 7.5",
      fps(zoomApp),
      fps(zoomFloor),
      none,
      ratio(zoomApp.median, zoomFloor.median),
      none,
    ],
    [`import ${importMb} MB: read (worker)`, ms(importRead), none, none, none, none],
    [`import ${importMb} MB: shown on the map`, ms(importShown), none, none, none, none],
    [`import ${importMb} MB: longest task`, ms(importLongest), none, none, none, none],
    ["scripted session: longest task", ms(sessionLongest), none, none, none, none],
    ...[...interactions].map(
      ([name, worst]): Row => [
        `  session: ${name}`,
        `${worst} ms (worst of ${s.sessions.length})`,
        none,
        none,
        none,
        none,
      ],
    ),
    [
      "crossing computation",
      `${crossings.median.toFixed(2)} ms (${crossings.min.toFixed(2)}–${crossings.max.toFixed(2)})`,
      none,
      none,
      none,
      none,
    ],
    three("JS heap after load", heap, floorHeap, plainHeap, (x) => kb(x.median)),
  ];
  const phoneRows: Row[] = [
    three("first painted map", p.app.paint, p.floor.paint, p.plain.paint),
    three("first answer (a tap shows a tooltip)", p.app.answer, p.floor.answer, p.plain.answer),
    three("transfer until the answer (gzip)", p.app.bytes, p.floor.bytes, p.plain.bytes, (x) =>
      kb(x.median),
    ),
  ];

  const municipal = importRecolour("municipality");
  const glRest = gesture((g) => g.glAfterRestMs);
  const detailRest = gesture((g) => g.detailAfterRestMs);
  const budgets: Budget[] = [
    [
      "phone: first answer <= 1.1 x the plain SVG map",
      p.app.answer.median <= 1.1 * p.plain.answer.median,
      `${p.app.answer.median.toFixed(0)} <= ${(1.1 * p.plain.answer.median).toFixed(0)} ms (${ratio(p.app.answer.median, p.plain.answer.median)} x)`,
    ],
    [
      "phone: first answer <= 0.5 x the floor",
      p.app.answer.median <= 0.5 * p.floor.answer.median,
      `${p.app.answer.median.toFixed(0)} <= ${(0.5 * p.floor.answer.median).toFixed(0)} ms (${ratio(p.app.answer.median, p.floor.answer.median)} x)`,
    ],
    [
      "GL pan frame rate >= the floor's",
      panApp.median >= panFloor.median,
      `${panApp.median.toFixed(1)} >= ${panFloor.median.toFixed(1)} fps`,
    ],
    [
      "GL zoom frame rate >= the floor's",
      zoomApp.median >= zoomFloor.median,
      `${zoomApp.median.toFixed(1)} >= ${zoomFloor.median.toFixed(1)} fps`,
    ],
    [
      "recolour <= 16 ms at 308 municipalities (imported)",
      municipal.median <= 16,
      `${municipal.median.toFixed(1)} ms median, ${municipal.max.toFixed(1)} ms max`,
    ],
    [
      "recolour <= 16 ms at every level (imported, and the survey)",
      Math.max(recolour.median, ...levels.map((l) => importRecolour(l).median)) <= 16,
      levels.map((l) => `${l} ${importRecolour(l).median.toFixed(1)}`).join(", "),
    ],
    [
      "first-view transfer <= 120 KB gzip, MapLibre not in it",
      bytes(s.app, "total") <= 120 * 1024 && mapLibreOnLoad.length === 0,
      `${kb(bytes(s.app, "total"))}${mapLibreOnLoad.length ? `; fetched ${mapLibreOnLoad[0]}` : "; no MapLibre"}`,
    ],
    [
      "after a zoom, GL map and detail within 1.5 s of the rest (desktop)",
      glRest.median <= 1500 && detailRest.median <= 1500,
      `GL ${glRest.median.toFixed(0)} ms, detail ${detailRest.median.toFixed(0)} ms`,
    ],
    [
      "desktop: first paint <= 0.5 x floor idle",
      painted.median <= 0.5 * floorIdle.median,
      `${painted.median.toFixed(0)} <= ${(0.5 * floorIdle.median).toFixed(0)} ms`,
    ],
    [
      "desktop: interactive <= 0.5 x floor idle",
      interactive.median <= 0.5 * floorIdle.median,
      `${interactive.median.toFixed(0)} <= ${(0.5 * floorIdle.median).toFixed(0)} ms`,
    ],
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
  ];

  console.log(
    `\nBenchmark: ${runs} runs each, fresh context, cache disabled, gzip, headless Chromium (software WebGL)`,
  );
  table("Desktop (1280 × 800, no throttling)", desktop);
  table(
    `Phone profile (${phone.viewport.width} × ${phone.viewport.height} at ${phone.deviceScaleFactor}×, touch; CPU ${phone.cpuSlowdown}× slower; ${phone.downloadBitsPerSecond / 1e6} Mbit/s down, ${phone.uploadBitsPerSecond / 1e3} kbit/s up, ${phone.latencyMs} ms latency)`,
    phoneRows,
  );
  console.log("\nBudgets");
  for (const [name, ok, detail] of budgets)
    console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}: ${detail}`);
  const summary = {
    desktop: Object.fromEntries(desktop.map((r) => [r[0], r.slice(1)])),
    phone: Object.fromEntries(phoneRows.map((r) => [r[0], r.slice(1)])),
  };
  return { budgets, summary };
}
