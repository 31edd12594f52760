// Vite plugin: ships the app's LICENSE and the third-party notices of every runtime package in dist/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { licencesText, runtimeLicences } from "./licences.ts";

/** The files' names in dist/, linked from "About this map". */
export const NOTICE_FILES = {
  licence: "LICENSE.txt",
  thirdParty: "third-party-licences.txt",
} as const;

export function noticesPlugin(): Plugin {
  const root = fileURLToPath(new URL("..", import.meta.url));
  return {
    name: "notices",
    apply: "build",
    generateBundle() {
      const app = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { name: string };
      this.emitFile({
        type: "asset",
        fileName: NOTICE_FILES.licence,
        source: readFileSync(`${root}LICENSE`, "utf8"),
      });
      this.emitFile({
        type: "asset",
        fileName: NOTICE_FILES.thirdParty,
        source: licencesText(app.name, runtimeLicences(root.replace(/\/$/, ""))),
      });
    },
  };
}
