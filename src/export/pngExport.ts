// Turns an export's picture into a PNG, off the page's thread where it can, and starts downloads.
import type { SvgNode } from "../map/svgNode.ts";
import { paintSvg } from "./canvasPaint.ts";
import type { PngAnswer, PngRequest } from "./pngWorker.ts";

/** The longest a slice of painting on the page may take, ms: under the 50 ms of a long task. */
const SLICE_MS = 12;

/**
 * Paints the picture (`width` × `height` CSS pixels) `scale` times its size and
 * encodes it as PNG: in the PNG worker, so the page never waits on it; where no
 * worker can start (a sandboxed frame), on the page in slices of a few
 * milliseconds. A canvas too large for the browser rejects with a message
 * that says so.
 */
export async function rasterize(
  picture: SvgNode,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const request: PngRequest = { picture, width, height, scale };
  return (await inWorker(request)) ?? onPage(request);
}

/** The PNG from the worker, or null where the worker cannot start (its code missing, no worker). */
function inWorker(request: PngRequest): Promise<Blob | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./pngWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<PngAnswer>) => {
      const answer = event.data;
      if (answer.type === "ready") {
        started = true;
        return;
      }
      worker.terminate();
      if (answer.type === "done") resolve(answer.png);
      else reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (started) reject(new Error(event.message || "the PNG could not be drawn"));
      else resolve(null);
    };
    worker.postMessage(request);
  });
}

/** The PNG painted on the page, a slice at a time. */
async function onPage({ picture, width, height, scale }: PngRequest): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const g = canvas.getContext("2d");
  if (!g) throw new Error("no 2D canvas");
  g.scale(scale, scale);
  const painting = paintSvg(g, picture);
  for (let done = false; !done; ) {
    const start = performance.now();
    while (!done && performance.now() - start < SLICE_MS) done = !!painting.next().done;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))),
      "image/png",
    ),
  );
}

/** Starts a download of a blob under a file name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
