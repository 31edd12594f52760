import { describe, expect, it } from "vitest";
import { type LabelBox, leaderLine, placeLabels } from "../../../src/map/labelCollision.ts";

const box = (key: string, x: number, y: number, priority = 1, extra: Partial<LabelBox> = {}) => ({
  key,
  x,
  y,
  width: 40,
  height: 20,
  priority,
  ...extra,
});

/** A region that is a rectangle of pixels. */
const rect = (left: number, top: number, right: number, bottom: number) => (x: number, y: number) =>
  x >= left && x <= right && y >= top && y <= bottom;

describe("placeLabels", () => {
  it("keeps a free label on its anchor, with no leader line", () => {
    expect(placeLabels([box("a", 100, 100)])).toEqual(
      new Map([["a", { dx: 0, dy: 0, leader: false }]]),
    );
  });

  it("moves the lower-priority label of two that overlap just above the other, on its own region", () => {
    const shown = placeLabels([box("small", 100, 100, 1), box("big", 105, 102, 5)]);
    expect(shown.get("big")).toEqual({ dx: 0, dy: 0, leader: false });
    expect(shown.get("small")).toEqual({ dx: 0, dy: -22, leader: false });
  });

  it("never moves a label to where its centre would stand on another region", () => {
    //   ┌──┐        a thin strip (x 90–110) is the small region;
    //   │s │ big    the big label sits on its anchor; every near place
    //   └──┘        of "s" but its own is off the strip
    const strip = rect(90, 0, 110, 400);
    const shown = placeLabels([
      box("big", 100, 100, 9),
      box("s", 100, 100, 1, { owns: strip }),
      box("s2", 100, 300, 1, { owns: strip }),
    ]);
    // Above and below the big label are still on the strip: taken.
    expect(shown.get("s")).toEqual({ dx: 0, dy: -22, leader: false });
    // Crowd the strip so the only free near places are beside it.
    const crowded = placeLabels([
      box("big", 100, 100, 9),
      box("above", 100, 78, 8),
      box("below", 100, 122, 8),
      box("s", 100, 100, 1, { owns: strip }),
    ]);
    expect(crowded.has("s")).toBe(false);
  });

  /**
   *        ┌─above─┐       a small region (x 90–110, y 60–140) whose anchor (100, 100)
   *  ┌─s─┐ ├─big───┤       is free, but every near place of its label is on
   *        └─below─┘       a neighbour or under a label: it goes off the land
   *  sea | land from x 50     (x < 50) with a line to its anchor
   */
  const crowded = (leader: boolean) => [
    box("big", 130, 100, 9),
    box("above", 130, 78, 8),
    box("below", 130, 122, 8),
    box("s", 100, 100, 1, { owns: rect(90, 60, 110, 140), leader }),
  ];
  const land = rect(50, 0, 200, 400);

  it("gives a label with no room on its region a place off the land and a leader line to its anchor", () => {
    const s = placeLabels(crowded(true), { land }).get("s");
    expect(s?.leader).toBe(true);
    expect(s?.to).toEqual([0, 0]);
    expect(100 + (s?.dx ?? 0)).toBeLessThan(50);
    // Without leave to have a leader, it is left out.
    expect(placeLabels(crowded(false), { land }).has("s")).toBe(false);
  });

  it("reaches the sea with a longer line when no place off the land is near, after the near ones are given out", () => {
    // The crowded region of above, 200 px further inland: no near gap (up to 110 px) leaves the land.
    const inland = crowded(true).map((b) => ({
      ...b,
      x: b.x + 200,
      ...(b.key === "s" ? { owns: rect(290, 60, 310, 140) } : {}),
    }));
    const wideLand = rect(50, -1000, 1000, 1000);
    const s = placeLabels(inland, { land: wideLand }).get("s");
    expect(s?.leader).toBe(true);
    const [dx, dy] = [s?.dx ?? 0, s?.dy ?? 0];
    expect(wideLand(300 + dx, 100 + dy)).toBe(false);
    expect(Math.hypot(dx, dy)).toBeGreaterThan(20 + 110);
    // A label given a near place keeps it: the far round comes after the near one for all.
    const near = placeLabels(crowded(true), { land }).get("s");
    expect(near?.dx).toBeGreaterThanOrEqual(-(20 + 110));
  });

  it("leaves out a leader label where no free place off the land is near", () => {
    const everywhere = () => true;
    const shown = placeLabels(
      [
        box("big", 100, 100, 9),
        box("s", 100, 100, 1, { owns: rect(95, 95, 105, 105), leader: true }),
      ],
      { land: everywhere },
    );
    expect(shown.has("s")).toBe(false);
  });

  it("keeps a moved label clear of what covers the map (the legend, the inset)", () => {
    const legend = { left: 0, top: 80, right: 100, bottom: 140 };
    const shown = placeLabels([box("a", 100, 100, 9), box("b", 100, 100, 0)], {
      area: { left: 0, top: 0, right: 400, bottom: 400, obstacles: [legend] },
    });
    const b = shown.get("b") ?? { dx: 0, dy: 0 };
    const placed = { left: 80 + b.dx, right: 120 + b.dx, top: 90 + b.dy, bottom: 110 + b.dy };
    expect(
      placed.left >= legend.right || placed.bottom <= legend.top || placed.top >= legend.bottom,
    ).toBe(true);
  });

  it("does not show a label whose anchor is outside the map", () => {
    const area = { left: 0, top: 0, right: 400, bottom: 400, obstacles: [] };
    expect(placeLabels([box("a", -5, 100)], { area }).has("a")).toBe(false);
  });

  it("draws no leader line across another label", () => {
    const alone = placeLabels(crowded(true), { land }).get("s");
    if (!alone) throw new Error("s was not placed");
    const line = leaderLine(
      { x: 100 + alone.dx, y: 100 + alone.dy, width: 40, height: 20 },
      [100, 100],
    );
    // A label standing on the middle of that line: the leader must find another way.
    const mid = box("late", (line[0] + line[2]) / 2, (line[1] + line[3]) / 2, 0);
    const s = placeLabels([...crowded(true), mid], { land }).get("s");
    expect(s?.leader).toBe(true);
    const [tx, ty] = s?.to ?? [0, 0];
    const moved = leaderLine(
      { x: 100 + (s?.dx ?? 0), y: 100 + (s?.dy ?? 0), width: 40, height: 20 },
      [100 + tx, 100 + ty],
    );
    // Sampled along the line, no point lies in the late label's box.
    for (let t = 0; t <= 1; t += 0.05) {
      const x = moved[0] + (moved[2] - moved[0]) * t;
      const y = moved[1] + (moved[3] - moved[1]) * t;
      expect(Math.abs(x - mid.x) < 20 && Math.abs(y - mid.y) < 10).toBe(false);
    }
  });
});

describe("leaderLine", () => {
  it("runs from where the line to the anchor leaves the label's box, to the anchor", () => {
    // A label 100 px right of its anchor: the line leaves its left edge.
    expect(leaderLine({ x: 200, y: 100, width: 40, height: 20 }, [100, 100])).toEqual([
      180, 100, 100, 100,
    ]);
    // Below it: the line leaves the top edge.
    expect(leaderLine({ x: 100, y: 200, width: 40, height: 20 }, [100, 100])).toEqual([
      100, 190, 100, 100,
    ]);
  });
});
