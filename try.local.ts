import { readFileSync } from "node:fs";
import { atlasFromTopology } from "./src/data/atlas.ts";
import { regionTypesOf } from "./src/data/regionTypes.ts";
import { gazetteerOf } from "./src/import/gazetteer.ts";
import { importBytes } from "./src/import/importFile.ts";
import { importedDataset } from "./src/data/importedDataset.ts";
const atlas = atlasFromTopology(JSON.parse(readFileSync("/work/wt-21/public/data/finland-2025.topo.json", "utf8")));
const g = gazetteerOf(atlas, regionTypesOf(JSON.parse(readFileSync("/work/wt-21/public/data/region-types-2025.json", "utf8"))));
for (const f of process.argv.slice(2)) {
  const r = await importBytes(new Uint8Array(readFileSync(f)), f.split("/").pop()!, g);
  console.log("==", f);
  if (!r.ok) { console.log("ISSUES", JSON.stringify(r.issues), r.reading ? JSON.stringify({col: r.reading.columns[r.reading.regionColumn], cands: r.reading.candidates}) : ""); continue; }
  const t = r.table;
  console.log("level", t.level, "source", t.source?.type ?? null, "codes", t.codes.length, "periods", t.periods.length, t.periods.slice(0,3), t.periods.slice(-2));
  console.log("regionCol", t.reading.columns[t.reading.regionColumn], "measureDim", t.reading.measureDimension, "attrs", t.reading.attributes);
  console.log("metrics", t.metrics.slice(0, 8).map(m => `${m.id}:${m.label}[${m.rule}${m.evidence ? "/" + m.evidence : ""}${m.unit ? " " + m.unit : ""}] d${m.digits}`).join(" | "), t.metrics.length);
  console.log("dims", t.dimensions.map(d => `${d.id} ${d.name} (${d.categories.length}) total=${d.total === null ? null : d.categories[d.total]} first=${d.categories.slice(0,4).join("/")}`).join(" ; "));
  console.log("notes", t.notes.map(n => `${n.kind}${n.level ? ":" + n.level : ""}${n.type ? ":" + n.type : ""}=${n.count} [${n.examples.slice(0,3).join(", ")}]`).join(" ; "));
}
