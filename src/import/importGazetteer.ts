// The gazetteer an import reads with: the atlas's levels, and the region types file fetched once from the app's origin.
import type { Atlas } from "../data/atlas.ts";
import { DATA_FILES, fetchJson } from "../data/load.ts";
import { regionTypesOf } from "../data/regionTypes.ts";
import { type Gazetteer, gazetteerOf } from "./gazetteer.ts";

let loading: Promise<ReturnType<typeof regionTypesOf>> | null = null;

/**
 * The gazetteer with the region types (hospital districts, sub-regions, ELY…)
 * and Sotkanet's ids. Where their file cannot be fetched, the levels the map
 * draws are still known: such a table is then refused as no region column.
 */
export async function importGazetteer(atlas: Atlas): Promise<Gazetteer> {
  loading ??= fetchJson<unknown>(DATA_FILES.regionTypes)
    .then(regionTypesOf)
    .catch(() => null);
  return gazetteerOf(atlas, await loading);
}
