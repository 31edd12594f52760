// The URL fragment: the map position (MapLibre's "zoom/lat/lng", as links have always had it) and
// the table a link carries ("t=…"), joined by "&". No server ever receives a fragment.

/** The fragment's key for the table. */
export const TABLE_KEY = "t";

export interface Fragment {
  /** "7/60.3/24.9", or "" for none. */
  position: string;
  /** The table's text (base64url of its compressed bytes), or null for none. */
  table: string | null;
}

/**
 * Splits a fragment ("#7/60.3/24.9", "#7/60.3/24.9&t=…", "#t=…") into the map
 * position and the table. A part of another key is ignored; an old link's
 * fragment is all position.
 */
export function splitFragment(hash: string): Fragment {
  const parts = hash.replace(/^#/, "").split("&");
  let position = "";
  let table: string | null = null;
  for (const part of parts) {
    if (part.startsWith(`${TABLE_KEY}=`)) table ??= part.slice(TABLE_KEY.length + 1);
    else if (!part.includes("=") && !position) position = part;
  }
  return { position, table };
}

/** The fragment for a position ("7/60.3/24.9" or "") and a table text; "" when there is neither. */
export function joinFragment(position: string, table: string | null): string {
  const parts = [position, table === null ? "" : `${TABLE_KEY}=${table}`].filter(Boolean);
  return parts.length ? `#${parts.join("&")}` : "";
}
