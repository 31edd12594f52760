// Turns colours by region code into MapLibre paint expressions.
import type { ExpressionSpecification } from "maplibre-gl";

/**
 * A `match` on the feature property `code`: each code gets its colour, any
 * other feature the fallback. With no colours, the fallback alone.
 */
export function colorByCode(
  colors: ReadonlyMap<string, string>,
  fallback: string,
): ExpressionSpecification | string {
  if (colors.size === 0) return fallback;
  const pairs = [...colors].sort(([a], [b]) => (a < b ? -1 : 1)).flat();
  return ["match", ["get", "code"], ...pairs, fallback] as unknown as ExpressionSpecification;
}
