// The PNG worker: paints an export's node tree on an OffscreenCanvas and encodes it, off the page's thread.
import type { SvgNode } from "../map/svgNode.ts";
import { paintSvg } from "./canvasPaint.ts";

/** What the page asks: the picture, its size in CSS pixels, and the scale. */
export interface PngRequest {
  picture: SvgNode;
  width: number;
  height: number;
  scale: number;
}

/** What the worker answers: first that it runs, then the PNG or why there is none. */
export type PngAnswer =
  | { type: "ready" }
  | { type: "done"; png: Blob }
  | { type: "failed"; message: string };

self.postMessage({ type: "ready" } satisfies PngAnswer);
self.onmessage = async (event: MessageEvent<PngRequest>) => {
  try {
    const { picture, width, height, scale } = event.data;
    const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
    const g = canvas.getContext("2d");
    if (!g) throw new Error("no 2D canvas");
    g.scale(scale, scale);
    for (const _ of paintSvg(g, picture)) {
      // In a worker the painting needs no pauses.
    }
    const png = await canvas.convertToBlob({ type: "image/png" });
    self.postMessage({ type: "done", png } satisfies PngAnswer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: "failed", message } satisfies PngAnswer);
  }
};
