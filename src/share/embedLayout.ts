// How an embed lays itself out for the frame's width, and the height it asks the host for. Pure.

/** From this width (CSS px) an embed puts the chart beside the map rather than below it. */
export const EMBED_WIDE_MIN = 600;
/** The most a wide embed asks for: one laptop screen. */
export const EMBED_MAX_HEIGHT = 900;

export interface EmbedSizes {
  /** The frame's width, CSS px. */
  width: number;
  /** Finland's width over height in the map's projection. */
  aspect: number;
  /** The heights of the title band above the map and the source lines below it. */
  header: number;
  footer: number;
  /** The column beside a wide map (the chart), CSS px; 0 without a chart. */
  side: number;
}

/**
 * The height a wide embed asks for: the map as tall as Finland needs for the
 * width beside the chart, but never so tall that the whole exceeds 900 px.
 * The embed then fits Finland to whatever frame it gets, so a host that does
 * not resize it still shows all of Finland.
 */
export function wideEmbedHeight(s: EmbedSizes): number {
  const mapWidth = Math.max(0, s.width - s.side);
  const map = Math.min(mapWidth / s.aspect, EMBED_MAX_HEIGHT - s.header - s.footer);
  return Math.ceil(s.header + Math.max(240, map) + s.footer);
}

/** Whether an embed of this width lays out wide (chart beside the map). */
export const isWideEmbed = (width: number) => width >= EMBED_WIDE_MIN;

/** A presenter slide in an embed: 4 wide by 3 high, so its type is sized for its width alone. */
const SLIDE_ASPECT = 4 / 3;

/**
 * The height an embed in presenter mode asks for, and the "screen" its slide's
 * type is sized for: 4:3 for the frame's width, between 360 and 900 px. From
 * the width alone: presenter type follows the screen's height, so a height
 * read back from the frame would grow with every answer.
 */
export const presentingHeight = (width: number) =>
  Math.round(Math.min(EMBED_MAX_HEIGHT, Math.max(360, width / SLIDE_ASPECT)));
