// The import worker: reads a file off the main thread and posts its stages, then the result.
import type { Gazetteer } from "./gazetteer.ts";
import { importBytes } from "./importFile.ts";
import type { ReadOptions } from "./readTable.ts";

export interface ImportRequest {
  file: Blob;
  name: string;
  gazetteer: Gazetteer;
  options: ReadOptions;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, name, gazetteer, options } = event.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await importBytes(bytes, name, gazetteer, options, (stage) =>
    self.postMessage({ type: "progress", stage }),
  );
  // The values travel as transferred buffers: no copy, no long deserialisation on the page.
  const transfer = result.ok
    ? [result.table.cells.buffer, result.table.lines.buffer, result.table.national.buffer]
    : [];
  self.postMessage({ type: "done", result }, { transfer });
};
