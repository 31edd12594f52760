// The import worker: reads a file off the main thread and posts its stages, then the result.
import type { Gazetteer } from "./gazetteer.ts";
import { importBytes } from "./importFile.ts";
import type { ReadOptions } from "./readTable.ts";

export interface ImportRequest {
  bytes: ArrayBuffer;
  name: string;
  gazetteer: Gazetteer;
  options: ReadOptions;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { bytes, name, gazetteer, options } = event.data;
  const result = await importBytes(new Uint8Array(bytes), name, gazetteer, options, (stage) =>
    self.postMessage({ type: "progress", stage }),
  );
  self.postMessage({ type: "done", result });
};
