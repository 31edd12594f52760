// Composes the PNG export: title, the map at 2×, its labels, the legend and the source line.

export interface PngLabel {
  lines: string[];
  x: number;
  y: number;
}

export interface PngLegend {
  title: string;
  scale: string;
  stops: { offset: number; color: string }[];
  min: string;
  max: string;
  /** Where the national figure falls on the ramp (0–1), if any. */
  national: number | null;
  notes: string[];
}

export interface PngInput {
  map: CanvasImageSource;
  /** The map's size in CSS pixels; the image is `scale` times larger. */
  width: number;
  height: number;
  scale: number;
  title: string;
  subtitle: string;
  labels: PngLabel[];
  legend: PngLegend;
  source: string;
}

const HEADER = 56;
const FOOTER = 26;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The size of the exported image in pixels: the map plus a title band and a source band, times scale. */
export function pngSize(width: number, height: number, scale: number) {
  return {
    width: Math.round(width * scale),
    height: Math.round((height + HEADER + FOOTER) * scale),
  };
}

/** Draws everything onto a canvas and encodes it as PNG. */
export async function composePng(input: PngInput): Promise<Blob> {
  const { width, height, scale } = input;
  const size = pngSize(width, height, scale);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const g = canvas.getContext("2d");
  if (!g) throw new Error("no 2D canvas");
  g.scale(scale, scale);
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, width, height + HEADER + FOOTER);
  g.fillStyle = "#1d1d1b";
  g.font = `bold 20px ${FONT}`;
  g.fillText(input.title, 14, 24);
  g.font = `14px ${FONT}`;
  g.fillStyle = "#55534e";
  g.fillText(input.subtitle, 14, 45);
  g.drawImage(input.map, 0, HEADER, width, height);

  g.textAlign = "center";
  for (const label of input.labels) {
    g.font = `12px ${FONT}`;
    const w = Math.max(...label.lines.map((l) => g.measureText(l).width)) + 8;
    const h = label.lines.length * 14 + 4;
    g.fillStyle = "rgba(255,255,255,0.85)";
    g.fillRect(label.x - w / 2, HEADER + label.y - h / 2, w, h);
    g.fillStyle = "#1d1d1b";
    label.lines.forEach((line, i) => {
      g.font = `${i === 1 ? "bold " : ""}12px ${FONT}`;
      g.fillText(line, label.x, HEADER + label.y - h / 2 + 13 + i * 14);
    });
  }
  g.textAlign = "left";
  drawLegend(g, input.legend, 12, HEADER + height - 12);

  g.fillStyle = "#55534e";
  g.font = `11px ${FONT}`;
  g.fillText(input.source, 14, HEADER + height + 17, width - 28);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))),
      "image/png",
    ),
  );
}

function drawLegend(
  g: CanvasRenderingContext2D,
  legend: PngLegend,
  x: number,
  bottom: number,
): void {
  const w = 240;
  const h = 86 + legend.notes.length * 15;
  const y = bottom - h;
  g.fillStyle = "rgba(255,255,255,0.94)";
  g.strokeStyle = "#cfccc4";
  g.fillRect(x, y, w, h);
  g.strokeRect(x, y, w, h);
  g.fillStyle = "#1d1d1b";
  g.font = `bold 13px ${FONT}`;
  g.fillText(legend.title, x + 10, y + 18, w - 20);
  g.font = `11px ${FONT}`;
  g.fillText(legend.scale, x + 10, y + 34, w - 20);
  const ramp = g.createLinearGradient(x + 10, 0, x + w - 10, 0);
  for (const s of legend.stops) ramp.addColorStop(Math.max(0, Math.min(1, s.offset)), s.color);
  g.fillStyle = ramp;
  g.fillRect(x + 10, y + 42, w - 20, 12);
  if (legend.national !== null) {
    g.fillStyle = "#1d1d1b";
    g.fillRect(x + 10 + (w - 20) * legend.national - 1, y + 39, 2, 18);
  }
  g.fillStyle = "#1d1d1b";
  g.fillText(legend.min, x + 10, y + 68);
  g.textAlign = "right";
  g.fillText(legend.max, x + w - 10, y + 68);
  g.textAlign = "left";
  legend.notes.forEach((note, i) => {
    g.fillText(note, x + 10, y + 84 + i * 15, w - 20);
  });
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
