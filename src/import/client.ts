// Runs an import in a worker from the app's own origin; where no worker can start
// (a sandboxed frame with an opaque origin), on the main thread, yielding between stages.
// A reading that is called off (its signal aborted: a newer file superseded it) stops its
// worker at once and rejects with the signal's reason; it never resolves with a result.
import type { Gazetteer } from "./gazetteer.ts";
import type { Stage } from "./importFile.ts";
import type { ReadOptions, ReadResult } from "./readTable.ts";
import type { ImportRequest } from "./worker.ts";

export async function runImport(
  file: Blob,
  name: string,
  gazetteer: Gazetteer,
  options: ReadOptions,
  progress: (stage: Stage) => void,
  signal?: AbortSignal,
): Promise<ReadResult> {
  signal?.throwIfAborted();
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
  }
  if (worker) {
    const started = worker;
    const result = await new Promise<ReadResult | null>((resolve, reject) => {
      const stop = () => {
        started.terminate();
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", stop, { once: true });
      started.onmessage = (
        e: MessageEvent<{ type: string; stage?: Stage; result?: ReadResult }>,
      ) => {
        if (e.data.type === "progress" && e.data.stage) progress(e.data.stage);
        if (e.data.type === "done") {
          signal?.removeEventListener("abort", stop);
          resolve(e.data.result ?? null);
        }
      };
      // A worker that cannot load (blocked, or its chunk missing) errors once: read here instead.
      started.onerror = (e) => {
        e.preventDefault();
        signal?.removeEventListener("abort", stop);
        resolve(null);
      };
      // A Blob passes by reference: the page copies none of the file's bytes.
      const request: ImportRequest = { file, name, gazetteer, options };
      started.postMessage(request);
    });
    started.terminate();
    if (result) return result;
  }
  const { importBytes } = await import("./importFile.ts");
  await new Promise((r) => setTimeout(r, 0));
  signal?.throwIfAborted();
  const result = await importBytes(
    new Uint8Array(await file.arrayBuffer()),
    name,
    gazetteer,
    options,
    progress,
  );
  signal?.throwIfAborted();
  return result;
}
