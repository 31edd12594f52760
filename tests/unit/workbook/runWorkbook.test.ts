import { afterEach, describe, expect, it, vi } from "vitest";
import { readInWorker, type WorkerLike } from "../../../src/workbook/runWorkbook.ts";

/** A worker that answers as told, or never. */
function fakeWorker(answer: (w: WorkerLike) => void): WorkerLike & { ended: boolean } {
  const w = {
    ended: false,
    onmessage: null,
    onerror: null,
    postMessage() {
      answer(w);
    },
    terminate() {
      w.ended = true;
    },
  } as WorkerLike & { ended: boolean };
  return w;
}
const message = (data: unknown) => ({ data }) as MessageEvent;

afterEach(() => vi.useRealTimers());

describe("readInWorker", () => {
  it("ends a worker that runs over its time, with the time budget's error", async () => {
    vi.useFakeTimers();
    const worker = fakeWorker((w) => w.onmessage?.(message({ type: "ready" })));
    const reading = readInWorker(new Uint8Array(), worker, 5);
    vi.advanceTimersByTime(5000);
    await expect(reading).rejects.toThrow("workbook budget: time 5 > 5");
    expect(worker.ended).toBe(true);
  });
  it("passes on the rows, and ends the worker", async () => {
    const rows = { rows: [{ cells: ["a"], line: 1 }], sheet: "S" };
    const worker = fakeWorker((w) => w.onmessage?.(message({ type: "done", rows })));
    await expect(readInWorker(new Uint8Array(), worker)).resolves.toEqual(rows);
    expect(worker.ended).toBe(true);
  });
  it("gives null for a worker that fails before it runs (its code missing), an error after", async () => {
    const missing = fakeWorker((w) =>
      w.onerror?.({ message: "404", preventDefault() {} } as ErrorEvent),
    );
    await expect(readInWorker(new Uint8Array(), missing)).resolves.toBeNull();
    const crashed = fakeWorker((w) => {
      w.onmessage?.(message({ type: "ready" }));
      w.onerror?.({ message: "out of memory", preventDefault() {} } as ErrorEvent);
    });
    await expect(readInWorker(new Uint8Array(), crashed)).rejects.toThrow(
      "the workbook reader stopped: out of memory",
    );
  });
});
