// CLI: `npm run geo:build [-- --input DIR] [-- --fetch YEAR]` writes public/data/*.topo.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GeoBuildError } from "./errors.ts";
import { fetchYear } from "./fetch.ts";
import { fetchedInputFiles, INPUT_FILES_2025 } from "./inputs.ts";
import { sources2025 } from "./meta.ts";
import { type BuildPlan, buildOutputs } from "./outputs.ts";
import { FINLAND_2025 } from "./types.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: "string" },
      out: { type: "string", default: "public/data" },
      fetch: { type: "string" },
    },
  });
  const input = resolve(values.input ?? process.env.GEO_INPUT_DIR ?? "../shared/data");
  const out = resolve(values.out);
  const started = performance.now();

  let plan: BuildPlan = {
    year: 2025,
    folder: input,
    files: INPUT_FILES_2025,
    expect: FINLAND_2025,
    sources: sources2025(2019, 2025),
  };
  if (values.fetch) {
    const year = Number(values.fetch);
    const cache = resolve("geo/.cache", String(year));
    const files = await fetchYear(year, cache, fetch);
    console.log(`fetched ${files.join(", ")} into ${cache}`);
    plan = {
      year,
      folder: cache,
      files: fetchedInputFiles(year, join(input, INPUT_FILES_2025.population)),
      expect: FINLAND_2025,
      sources: sources2025(year, year),
    };
  }

  mkdirSync(out, { recursive: true });
  for (const [file, text] of buildOutputs(plan)) {
    writeFileSync(join(out, file), text);
    console.log(`wrote ${join(out, file)} (${text.length} bytes)`);
  }
  console.log(`geo build done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof GeoBuildError) {
    console.error(`geo build failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
