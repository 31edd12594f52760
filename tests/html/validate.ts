// Checks the built index.html with the Nu HTML Checker (npm vnu-jar, on the machine's Java).
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The jar inside the package, run with the machine's Java (the package's own helper may download one).
const require = createRequire(import.meta.url);
const jar = join(dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const page = process.argv[2] ?? "dist/index.html";

if (spawnSync("java", ["-version"]).error) {
  console.error("Java is needed for the HTML check: apt-get install -y default-jre-headless");
  process.exit(1);
}
try {
  execFileSync("java", ["-jar", jar, "--errors-only", "--format", "text", page], {
    stdio: "inherit",
  });
  console.log(`HTML check: ${page} has no errors`);
} catch {
  console.error(`HTML check: ${page} has errors (listed above)`);
  process.exit(1);
}
