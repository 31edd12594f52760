import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { licencesText, readmeLicence, runtimeLicences } from "../../../build/licences.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url)).replace(/\/$/, "");

/** npm's own list of installed runtime packages: dependencies and theirs, dev ones left out. */
function npmRuntimePackages(): string[] {
  interface Node {
    version?: string;
    dependencies?: Record<string, Node>;
  }
  const tree = JSON.parse(
    execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], { cwd: root, encoding: "utf8" }),
  ) as Node;
  const found = new Set<string>();
  const walk = (node: Node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // An optional peer that is not installed has no version: nothing of it ships.
      if (!child.version) continue;
      found.add(`${name}@${child.version}`);
      walk(child);
    }
  };
  walk(tree);
  return [...found].sort();
}

describe("third-party notices", () => {
  const packages = runtimeLicences(root);
  const text = licencesText("app", packages);

  it("list every runtime package that npm lists, each once, and nothing else", () => {
    const listed = packages.map((p) => `${p.name}@${p.version}`).sort();
    expect(listed).toEqual(npmRuntimePackages());
    expect(new Set(listed).size).toBe(listed.length);
  }, 30_000);

  it("name every package of package.json's dependencies, MapLibre's BSD-3 licence in full among them", async () => {
    const { dependencies } = (await import("../../../package.json", { with: { type: "json" } }))
      .default as { dependencies: Record<string, string> };
    for (const name of Object.keys(dependencies))
      expect(text, name).toMatch(new RegExp(`^  ${name.replace("/", "\\/")} \\d`, "m"));
    const maplibre = packages.find((p) => p.name === "maplibre-gl");
    expect(maplibre?.licence).toBe("BSD-3-Clause");
    expect(maplibre?.text).toContain("Redistributions of source code must retain");
  });

  it("carry a licence text for every package: its file, its README's section, or the MIT terms with its author", () => {
    for (const p of packages) expect(p.textFrom, p.name).not.toBeNull();
    expect(packages.find((p) => p.name === "murmurhash-js")?.textFrom).toMatch(/README/);
  });

  it("give a package that ships no licence file, but declares MIT, the MIT terms with its author", () => {
    // A package tree of its own: an app that depends on one package with no licence file.
    const app = mkdtempSync(join(tmpdir(), "licences-"));
    try {
      cpSync(join(root, "LICENSE"), join(app, "LICENSE"));
      const write = (dir: string, manifest: object) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
      };
      write(app, { name: "app", version: "1.0.0", dependencies: { bare: "1.0.0" } });
      write(join(app, "node_modules", "bare"), {
        name: "bare",
        version: "1.0.0",
        license: "MIT",
        author: "Ann Author <ann@example.org>",
      });
      const [bare] = runtimeLicences(app);
      expect(bare?.text).toMatch(/^Copyright \(c\) Ann Author/);
      expect(bare?.text).toContain("Permission is hereby granted, free of charge");
      expect(bare?.textFrom).toMatch(/standard terms/);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});

describe("readmeLicence", () => {
  it("takes a README's licence section up to the next heading", () => {
    const readme =
      "# x\n\nUse it.\n\n## License (MIT)\n\nCopyright (c) 2011 A\n\nPermission…\n\n## Other\n\nno";
    expect(readmeLicence(readme)).toBe("Copyright (c) 2011 A\n\nPermission…");
  });

  it("takes a licence section that ends the README", () => {
    expect(readmeLicence("# x\n\n## Licence\n\nISC")).toBe("ISC");
  });

  it("finds nothing in a README without one", () => {
    expect(readmeLicence("# x\n\nNo word of it.")).toBeNull();
  });
});
