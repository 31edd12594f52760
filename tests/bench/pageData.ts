// What the bench's comparator pages load: the app's first-view topology and the default survey table, as the app does.
import { DATA_FILES, SURVEY_FOLDER } from "../../src/data/files.ts";

/** The topology the app's first view draws, and the survey's table, fetched together. */
export async function comparatorData(): Promise<{
  topology: import("topojson-specification").Topology;
  /** The first metric's value by county short name (the survey's first column). */
  values: Map<string, number>;
  metric: string;
}> {
  const [topology, csv] = await Promise.all([
    fetch(DATA_FILES.first).then((r) => r.json()),
    fetch(`${SURVEY_FOLDER}kuntaliitto-2026.csv`).then((r) => r.text()),
  ]);
  const [head = "", ...rows] = csv.trim().split("\n");
  const metric = head.split(",")[1] ?? "";
  const values = new Map(
    rows.map((row) => {
      const [name = "", value = ""] = row.split(",");
      return [name, Number(value)] as const;
    }),
  );
  return { topology, values, metric };
}

/** A colour from pale yellow to dark blue for a value on the survey's 1–5 scale. */
export function rampColor(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "#bdbdbd";
  const t = Math.max(0, Math.min(1, (value - 1) / 4));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(255, 37)}, ${mix(255, 52)}, ${mix(204, 148)})`;
}
