// The two colour schemes of the choropleth: ColorBrewer's YlGnBu (9 classes) and RdBu (11), as smooth ramps.
import { rgbBasis } from "./rgbBasis.ts";

/*
 * Colours by Cynthia A. Brewer, ColorBrewer 2.0 (Apache License 2.0), as
 * d3-scale-chromatic 3.1 lists them; drawn as it draws `interpolateYlGnBu` and
 * `interpolateRdBu` (a B-spline through the largest class), without the rest of
 * its schemes in the first view's script.
 */

/** Yellow, green, blue: pale for low values. */
export const interpolateYlGnBu = rgbBasis("ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58");

/** Red below the middle, blue above. */
export const interpolateRdBu = rgbBasis(
  "67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061",
);
