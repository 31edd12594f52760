// The workbook worker: reads one workbook within its budgets and posts the rows, or why it could not.
import { readWorkbook } from "./readWorkbook.ts";

/** What the worker posts: first that it runs, then the rows or the error's message. */
export type WorkbookAnswer =
  | { type: "ready" }
  | { type: "done"; rows: Awaited<ReturnType<typeof readWorkbook>> }
  | { type: "failed"; message: string };

self.postMessage({ type: "ready" } satisfies WorkbookAnswer);
self.onmessage = async (event: MessageEvent<{ bytes: Uint8Array; wanted?: string }>) => {
  try {
    const rows = await readWorkbook(event.data.bytes, undefined, event.data.wanted);
    self.postMessage({ type: "done", rows } satisfies WorkbookAnswer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: "failed", message } satisfies WorkbookAnswer);
  }
};
