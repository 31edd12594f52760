// Reads a workbook in a worker of its own, ended when it runs over its time: the page never waits for ever.
import { MAX_SECONDS, PART_FAILED, WorkbookBudgetError } from "./budget.ts";
import type { WorkbookRead } from "./readWorkbook.ts";
import type { WorkbookAnswer } from "./workbookWorker.ts";

/** A worker, or what stands for one in a test. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkbookAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** The rows the workbook worker read. */
type Read = WorkbookRead;

/**
 * Runs the reading in `worker` (a new workbook worker by default), and ends it
 * after `seconds`: the promise then rejects with a WorkbookBudgetError of kind
 * "time". A worker that fails before it runs (its code missing) resolves null,
 * for the caller to read in place; one that fails later rejects.
 */
export function readInWorker(
  bytes: Uint8Array,
  worker: WorkerLike,
  seconds = MAX_SECONDS,
  wanted?: string,
): Promise<Read | null> {
  return new Promise((resolve, reject) => {
    let started = false;
    const end = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const timer = setTimeout(
      () => end(() => reject(new WorkbookBudgetError("time", seconds, seconds))),
      seconds * 1000,
    );
    worker.onmessage = (event) => {
      const answer = event.data;
      if (answer.type === "ready") started = true;
      else if (answer.type === "done") end(() => resolve(answer.rows));
      else end(() => reject(new Error(answer.message)));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      end(() =>
        started
          ? reject(new Error(`the workbook reader stopped: ${event.message}`))
          : resolve(null),
      );
    };
    worker.postMessage({ bytes, ...(wanted === undefined ? {} : { wanted }) });
  });
}

/** A new workbook worker, or null where none can start (a sandboxed frame, no Worker). */
export function workbookWorker(): WorkerLike | null {
  try {
    return new Worker(new URL("./workbookWorker.ts", import.meta.url), {
      type: "module",
    }) as unknown as WorkerLike;
  } catch {
    return null;
  }
}

/**
 * Reads a workbook in its own worker within the time budget, or, where no
 * worker can start, in place (the memory and cell budgets still hold). The
 * reader's code failing to load is an error whose message starts PART_FAILED.
 */
export async function readWorkbookWithin(bytes: Uint8Array, wanted?: string): Promise<Read> {
  try {
    const worker = workbookWorker();
    const read = worker ? await readInWorker(bytes, worker, MAX_SECONDS, wanted) : null;
    if (read) return read;
    const { readWorkbook } = await import("./readWorkbook.ts");
    return await readWorkbook(bytes, undefined, wanted);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw /dynamically imported module|Importing a module script failed/.test(message)
      ? new Error(`${PART_FAILED}${message}`)
      : error;
  }
}
