import { describe, expect, it } from "vitest";
import { insetBox, insetShown, insetViewport } from "../../../src/map/insetLayout.ts";

const uusimaa: [[number, number], [number, number]] = [
  [23.75, 60.06],
  [26.1, 60.71],
];

describe("insetBox", () => {
  it("goes in the top-right corner, a third of the map wide, as tall as the region's shape", () => {
    const box = insetBox(1280, 670, uusimaa);
    expect(box).toMatchObject({ x: 1280 - 340 - 8, y: 8, width: 340 });
    expect(box?.height).toBeGreaterThan(150);
    expect(box?.height).toBeLessThan(250);
  });
  it("moves to another corner rather than cover a label", () => {
    const box = insetBox(1280, 670, uusimaa, [[1200, 60]]);
    expect(box?.x).toBe(8);
  });
  it("is left out when every corner would cover a label, or the map is too small", () => {
    expect(
      insetBox(1280, 670, uusimaa, [
        [1200, 60],
        [100, 150],
        [1200, 600],
      ]),
    ).toBeNull();
    expect(insetBox(200, 670, uusimaa)).toBeNull();
  });
  it("moves to another corner rather than come within 4 px of what covers the map", () => {
    const full = insetBox(1280, 670, uusimaa);
    if (!full) throw new Error("no box");
    // A box below the top-right corner's bottom edge (as a panel would lie), 3 px and 5 px off.
    const panel = (gap: number) => ({
      x: 1000,
      y: full.y + full.height + gap,
      width: 200,
      height: 100,
    });
    expect(insetBox(1280, 670, uusimaa, [], 20, [panel(3)])).toMatchObject({
      x: 8,
      width: full.width,
    });
    expect(insetBox(1280, 670, uusimaa, [], 20, [panel(5)])).toEqual(full);
  });
  it("shortens in its corner above a tall legend when no corner takes the full size", () => {
    const full = insetBox(1280, 670, uusimaa);
    if (!full) throw new Error("no box");
    // Labels at the two right-hand corners; a legend whose top lies 40 px above the
    // bottom of the full-size inset in the top-left corner.
    const labels: [number, number][] = [
      [1200, 60],
      [1200, 600],
    ];
    const left = insetBox(1280, 670, uusimaa, labels);
    if (!left) throw new Error("no box");
    const legend = { x: 12, y: left.y + left.height - 40, width: 280, height: 200 };
    const box = insetBox(1280, 670, uusimaa, labels, 20, [legend]);
    if (!box) throw new Error("no box");
    expect(box.x).toBe(8);
    expect(box.y).toBe(left.y);
    expect(box.width).toBeLessThan(left.width);
    expect(box.width).toBeGreaterThanOrEqual(150);
    // Ends at least 4 px above the legend, and no more than a 2 px step above that.
    expect(box.y + box.height).toBeLessThanOrEqual(legend.y - 4);
    expect(box.y + box.height).toBeGreaterThan(legend.y - 4 - 4);
  });
  it("is left out rather than shrink below 150 px or overlap what covers the map", () => {
    const labels: [number, number][] = [
      [1200, 60],
      [1200, 600],
    ];
    const legend = { x: 12, y: 110, width: 280, height: 500 };
    expect(insetBox(1280, 670, uusimaa, labels, 20, [legend])).toBeNull();
  });
  it("fits the region into the box below its caption", () => {
    const box = insetBox(1280, 670, uusimaa);
    if (!box) throw new Error("no box");
    const v = insetViewport(box, uusimaa);
    const [x0, y1] = v.project(23.75, 60.06);
    const [x1, y0] = v.project(26.1, 60.71);
    expect(x0).toBeGreaterThanOrEqual(3.9);
    expect(x1).toBeLessThanOrEqual(box.width - 3.9);
    expect(y0).toBeGreaterThanOrEqual(3.9);
    expect(y1).toBeLessThanOrEqual(box.height - 20 - 3.9);
  });
});

describe("insetShown", () => {
  it("shows at country scale and hides a zoom level and more closer in", () => {
    expect(insetShown(4.5, 1280, 670)).toBe(true);
    expect(insetShown(7, 1280, 670)).toBe(false);
  });
});
