// Opens the table a link brings (the fragment's `t=`, or `src=`), or says in one sentence why not.
import type { Atlas } from "../data/atlas.ts";
import type { ImportedTable } from "../data/importedTable.ts";
import { LEVEL_IDS, type LevelId } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { tp } from "../i18n/publishMessages.ts";
import { runImport } from "../import/client.ts";
import { importGazetteer } from "../import/importGazetteer.ts";
import { issueText } from "../import/issueText.ts";
import { type Fetched, fetchTable } from "./fetchTable.ts";
import { decodeLink } from "./tableLink.ts";
import type { LinkGazetteer } from "./tableRead.ts";

export type Linked =
  | { ok: true; table: ImportedTable; src: string | null }
  | { ok: false; message: string };

/** The atlas's codes of every level: the regions a link's table may name. */
function gazetteerOf(atlas: Atlas): LinkGazetteer {
  const sets = new Map<LevelId, Set<string>>(
    LEVEL_IDS.map((l) => [l, new Set(atlas.regions[l].map((r) => r.code))]),
  );
  return { codes: (level) => sets.get(level) };
}

/** Why a fetch gave no table, in a sentence. */
function fetchProblem(
  problem: Extract<Fetched, { ok: false }>["problem"],
  url: string,
  page: string,
  listed: readonly string[],
  lang: Lang,
): string {
  switch (problem.kind) {
    case "origin":
      return tp(lang, "srcRefused", {
        origin: problem.origin,
        own: new URL(page).origin,
        listed: listed.length ? tp(lang, "srcListed", { list: listed.join(", ") }) : "",
      });
    case "notHttp":
      return tp(lang, "srcNotHttp");
    case "status":
      return tp(lang, "srcStatus", {
        url,
        status: problem.status,
        what: problem.status === 404 ? tp(lang, "srcNotFound") : "",
      });
    case "timeout":
      return tp(lang, "srcTimeout", { url, seconds: problem.seconds });
    case "network":
      return tp(lang, "srcNetwork", { url });
    case "html":
      return tp(lang, "srcHtml", { url });
    case "tooLarge":
      return tp(lang, "srcUnreadable", {
        url,
        reason: issueText({ code: "tooLarge", bytes: problem.bytes, max: problem.max }, lang),
      });
  }
}

/**
 * The table of a link: `src` (fetched from an allowed origin and read by the
 * import, as a file) before the fragment's table (decoded with a file's
 * checks). A table that cannot be had gives a message naming why, and no table.
 */
export async function openLinked(
  link: { table: string | null; src: string | null },
  atlas: Atlas,
  lang: Lang,
  page: string,
  listed: readonly string[],
): Promise<Linked> {
  if (link.src !== null) {
    const fetched = await fetchTable(link.src, page, listed);
    const shown = (() => {
      try {
        return new URL(link.src, page).href;
      } catch {
        return link.src.slice(0, 100);
      }
    })();
    if (!fetched.ok)
      return { ok: false, message: fetchProblem(fetched.problem, shown, page, listed, lang) };
    const read = await runImport(
      fetched.file,
      fetched.name,
      await importGazetteer(atlas),
      {},
      () => {},
    );
    if (!read.ok)
      return {
        ok: false,
        message: tp(lang, "srcUnreadable", {
          url: fetched.url,
          reason: read.issues.map((i) => issueText(i, lang)).join(" "),
        }),
      };
    return { ok: true, table: read.table, src: link.src };
  }
  const read = await decodeLink(link.table ?? "", gazetteerOf(atlas));
  if (read.ok) return { ok: true, table: read.table, src: null };
  if ("issue" in read)
    return { ok: false, message: tp(lang, "linkLimit", { reason: issueText(read.issue, lang) }) };
  return {
    ok: false,
    message: read.problem === "newer" ? tp(lang, "linkNewer") : tp(lang, "linkDamaged"),
  };
}
