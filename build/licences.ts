// Third-party notices: every runtime package (package.json's dependencies and theirs) with its licence text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface PackageLicence {
  name: string;
  version: string;
  /** The licence as the package declares it (an SPDX expression), or "UNKNOWN". */
  licence: string;
  /** Its repository or home page, where the package names one. */
  home: string | null;
  /** The licence text: the package's LICENSE/LICENCE/COPYING file, else its README's licence section. */
  text: string;
  /** Where the text was found: a file name of the package, or null when it ships none. */
  textFrom: string | null;
}

interface Manifest {
  name?: string;
  author?: string | { name?: string; email?: string };
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  homepage?: string;
  repository?: string | { url?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Manifest;

/** The folder of package `name` as Node resolves it from the package in `from`, or null if not installed. */
function resolvePackage(name: string, from: string, root: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** A README's licence section: from a heading that names the licence to the next heading. */
export function readmeLicence(readme: string): string | null {
  const match = readme.match(/^#{1,6}\s*licen[cs]e\b[^\n]*\n([\s\S]*?)(?=^#{1,6}\s|(?![\s\S]))/im);
  const text = match?.[1]?.trim();
  return text ? text : null;
}

/** The MIT licence's terms, as in the app's own LICENSE, without its copyright line. */
const MIT_TERMS = (root: string) =>
  readFileSync(join(root, "LICENSE"), "utf8")
    .replace(/^MIT License\s+Copyright[^\n]*\n\s*/, "")
    .trim();

function authorOf(m: Manifest): string {
  const a = m.author;
  if (!a) return "its authors";
  return typeof a === "string" ? a : [a.name, a.email && `<${a.email}>`].filter(Boolean).join(" ");
}

function licenceText(dir: string): { text: string; from: string | null } {
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort();
  if (files.length)
    return {
      text: files.map((f) => readFileSync(join(dir, f), "utf8").trim()).join("\n\n"),
      from: files.join(", "),
    };
  const readme = readdirSync(dir).find((f) => /^readme(\.md|\.markdown|\.txt)?$/i.test(f));
  const section = readme ? readmeLicence(readFileSync(join(dir, readme), "utf8")) : null;
  if (section) return { text: section, from: `${readme} (licence section)` };
  return { text: "", from: null };
}

function declaredLicence(m: Manifest): string {
  if (typeof m.license === "string") return m.license;
  if (m.license?.type) return m.license.type;
  const list = (m.licenses ?? []).map((l) => l.type).filter(Boolean);
  return list.length ? `(${list.join(" OR ")})` : "UNKNOWN";
}

function home(m: Manifest): string | null {
  const repo = typeof m.repository === "string" ? m.repository : m.repository?.url;
  const url = repo ?? m.homepage ?? null;
  return url ? url.replace(/^git\+/, "").replace(/^git:\/\//, "https://") : null;
}

/**
 * Every package the app's `dependencies` need at run time, found as Node finds
 * them from `root` (each package's `dependencies`, and its `optionalDependencies`
 * where installed), each once, sorted by name then version. A dependency that
 * is not installed raises an error naming it: a notice must not leave one out.
 */
export function runtimeLicences(root: string): PackageLicence[] {
  const found = new Map<string, PackageLicence>();
  const visit = (dir: string) => {
    const m = readJson(join(dir, "package.json"));
    const key = `${m.name}@${m.version}`;
    if (found.has(key) && dir !== root) return;
    if (dir !== root) {
      let { text, from } = licenceText(dir);
      // No text shipped: for MIT, its standard terms with the author the package names;
      // any other licence must be added by hand, so the build stops and says which.
      if (!from && declaredLicence(m) === "MIT") {
        text = `Copyright (c) ${authorOf(m)} (the package ships no licence file; its package.json declares MIT)\n\n${MIT_TERMS(root)}`;
        from = "the MIT licence's standard terms (the package ships no licence text)";
      } else if (!from)
        throw new Error(`${m.name}@${m.version} ships no licence text (${declaredLicence(m)})`);
      found.set(key, {
        name: m.name ?? "",
        version: m.version ?? "",
        licence: declaredLicence(m),
        home: home(m),
        text,
        textFrom: from,
      });
    }
    const optional = new Set(Object.keys(m.optionalDependencies ?? {}));
    for (const name of new Set([...Object.keys(m.dependencies ?? {}), ...optional])) {
      const child = resolvePackage(name, dir, root);
      if (child) visit(child);
      else if (!optional.has(name))
        throw new Error(`${name} (a dependency of ${m.name}) is not installed: run npm ci`);
    }
  };
  visit(root);
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

/** The notices file: a summary line per package, then each package's licence text in full. */
export function licencesText(app: string, packages: readonly PackageLicence[]): string {
  const rule = "-".repeat(78);
  return [
    `Third-party software in ${app}`,
    "",
    "Sovelluksen oma koodi on MIT-lisenssin alainen (LICENSE.txt). Se käyttää alla lueteltuja",
    "ohjelmistopaketteja, joilla kullakin on oma lisenssinsä; lisenssitekstit ovat alla.",
    "",
    "Appens egen kod omfattas av MIT-licensen (LICENSE.txt). Den använder programpaketen",
    "nedan, vart och ett med sin egen licens; licenstexterna följer nedan.",
    "",
    "The app's own code is under the MIT licence (LICENSE.txt beside this file). It ships",
    "or depends at run time on the packages below, each under its own licence; their",
    "licence texts follow in full. Generated at build time from the installed packages.",
    "",
    ...packages.map((p) => `  ${p.name} ${p.version}  ${p.licence}`),
    "",
    ...packages.flatMap((p) => [
      rule,
      `${p.name} ${p.version}`,
      `Licence: ${p.licence}`,
      ...(p.home ? [`Source: ${p.home}`] : []),
      ...(p.textFrom ? [`Text from: ${p.textFrom}`] : []),
      "",
      p.text,
      "",
    ]),
  ].join("\n");
}
