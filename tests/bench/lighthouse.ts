// Lighthouse against the built app, with the system Chromium: desktop and mobile presets.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS } from "../chromium.ts";

export interface LighthouseResult {
  preset: "desktop" | "mobile";
  scores: Record<string, number>;
  metrics: Record<string, number>;
  opportunities: { title: string; savingsMs: number; savingsBytes: number }[];
  /** Audits that failed in the accessibility, best-practices and SEO categories. */
  failing: string[];
}

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const preset of ["desktop", "mobile"] as const) {
      const runner = await lighthouse(
        url,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        },
        preset === "desktop" ? desktopConfig : undefined,
      );
      const lhr = runner?.lhr;
      if (!lhr) continue;
      const audits = lhr.audits;
      results.push({
        preset,
        scores: Object.fromEntries(
          Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
        ),
        metrics: Object.fromEntries(
          [
            "first-contentful-paint",
            "largest-contentful-paint",
            "total-blocking-time",
            "cumulative-layout-shift",
            "speed-index",
          ].map((id) => [id, audits[id]?.numericValue ?? Number.NaN]),
        ),
        opportunities: Object.values(audits)
          .filter((a) => a.details?.type === "opportunity" && (a.score ?? 1) < 1)
          .map((a) => {
            const d = a.details as { overallSavingsMs?: number; overallSavingsBytes?: number };
            return {
              title: a.title,
              savingsMs: d.overallSavingsMs ?? 0,
              savingsBytes: d.overallSavingsBytes ?? 0,
            };
          })
          .sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes)
          .slice(0, 5),
        failing: ["accessibility", "best-practices", "seo"].flatMap((category) =>
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category}: ${audits[ref.id]?.title ?? ref.id}`),
        ),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
