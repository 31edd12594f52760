// CLI: `npm run geo:build [-- --input DIR] [-- --population-year YEAR] [-- --fetch YEAR]` writes public/data/*.topo.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { GeoBuildError } from "./errors.ts";
import { fetchYear } from "./fetch.ts";
import { DEFAULT_POPULATION_YEAR } from "./inputs.ts";
import { buildOutputs, fetchedPlan, snapshotPlan } from "./outputs.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: "string" },
      out: { type: "string", default: "public/data" },
      fetch: { type: "string" },
      "population-year": { type: "string", default: String(DEFAULT_POPULATION_YEAR) },
    },
  });
  const input = resolve(values.input ?? process.env.GEO_INPUT_DIR ?? "../shared/data");
  const out = resolve(values.out);
  const populationYear = Number(values["population-year"]);
  if (!Number.isInteger(populationYear))
    throw new GeoBuildError(`--population-year needs a year, got "${values["population-year"]}"`);
  const started = performance.now();

  let plan = snapshotPlan(input, populationYear);
  if (values.fetch) {
    const year = Number(values.fetch);
    const cache = resolve("geo/.cache", String(year));
    const files = await fetchYear(year, cache, fetch);
    console.log(`fetched ${files.join(", ")} into ${cache}`);
    plan = fetchedPlan(year, cache, input, populationYear);
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
