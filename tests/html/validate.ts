// Checks the built pages with the Nu HTML Checker (npm vnu-jar, on the machine's Java): every .html of dist/.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The jar inside the package, run with the machine's Java (the package's own helper may download one).
const require = createRequire(import.meta.url);
const jar = join(dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const pages = process.argv.length > 2 ? process.argv.slice(2) : htmlFiles("dist");

/** The pages of a folder (not its subfolders): the app, the 404 page, the accessibility statements. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

if (spawnSync("java", ["-version"]).error) {
  console.error("Java is needed for the HTML check: apt-get install -y default-jre-headless");
  process.exit(1);
}
try {
  execFileSync("java", ["-jar", jar, "--errors-only", "--format", "text", ...pages], {
    stdio: "inherit",
  });
  console.log(`HTML check: ${pages.join(", ")}: no errors`);
} catch {
  console.error(`HTML check: errors in ${pages.join(", ")} (listed above)`);
  process.exit(1);
}
