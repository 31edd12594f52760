// The map position in the URL hash, in MapLibre's "#zoom/lat/lng" form.

export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * Reads "#zoom/lat/lng" (extra parts, such as MapLibre's bearing and pitch, are
 * ignored). Returns null for an empty hash, and `{ ignored }` naming the hash for
 * one that is not three finite numbers within range (zoom 0–22, lat ±85, lng ±180).
 */
export function parseMapHash(hash: string): MapPosition | null | { ignored: string } {
  const text = hash.replace(/^#/, "");
  if (!text) return null;
  const [zoom, lat, lng] = text.split("/").map(Number);
  const ok =
    zoom !== undefined &&
    lat !== undefined &&
    lng !== undefined &&
    Number.isFinite(zoom) &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    zoom >= 0 &&
    zoom <= 22 &&
    Math.abs(lat) <= 85 &&
    Math.abs(lng) <= 180;
  if (!ok) return { ignored: `#${text.length > 40 ? `${text.slice(0, 40)}…` : text}` };
  return { zoom, lat, lng };
}

/** "#zoom/lat/lng" with MapLibre's precision: zoom to 2 decimals, coordinates to 4. */
export function formatMapHash(p: MapPosition): string {
  const round = (v: number, d: number) => String(Number(v.toFixed(d)));
  return `#${round(p.zoom, 2)}/${round(p.lat, 4)}/${round(p.lng, 4)}`;
}
