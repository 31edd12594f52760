import { readFileSync } from "node:fs";
import { mapGeometry } from "./src/map/geometry.ts";
import { hitTester } from "./src/map/hitTest.ts";
import { placeLabels } from "./src/map/labelCollision.ts";
import { FINLAND_BOUNDS, fitPadding } from "./src/map/mapView.ts";
import { fitBounds, viewportAt } from "./src/map/mercator.ts";
import { realData, realScene } from "./tests/unit/app/sceneFixtures.ts";

const data = realData();
for (const file of ["finland-2025.topo.json", "finland-2025-detailed.topo.json"]) {
  const topo = JSON.parse(readFileSync("public/data/" + file, "utf8"));
  const g = mapGeometry(topo, new Set());
  const hit = hitTester(g);
  for (const [label, v] of [
    ["country", fitBounds(FINLAND_BOUNDS, 960, 670, fitPadding(960))],
    ["zoom7", viewportAt([25, 61.5], 7, 960, 670)],
  ] as const) {
    const scene = realScene();
    const regionAt = (x: number, y: number, level: any) => {
      const [lng, lat] = v.unproject(x, y);
      return hit(lng, lat, [level])[level] ?? null;
    };
    const boxes = scene.labels
      .filter((l) => l.place === "map")
      .map((l) => {
        const [x, y] = v.project(l.lngLat[0], l.lngLat[1]);
        return {
          key: l.key,
          x,
          y,
          width: 110,
          height: 30,
          priority: l.priority,
          leader: l.leader,
          owns: (px: number, py: number) => regionAt(px, py, l.level) === l.code,
        };
      });
    const land = (x: number, y: number) =>
      regionAt(x, y, "county") !== null || regionAt(x, y, "outside") !== null;
    regionAt(0, 0, "county");
    regionAt(0, 0, "outside");
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 5; i++) {
      n = placeLabels(boxes, {
        land,
        area: { left: 0, top: 0, right: v.width, bottom: v.height, obstacles: [] },
      }).size;
    }
    console.log(
      file,
      label,
      ((performance.now() - t0) / 5).toFixed(1),
      "ms",
      n,
      "placed of",
      boxes.length,
    );
  }
}
