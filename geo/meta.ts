// The `meta` block written into each output: source editions, licence, attribution.
import type { Names } from "./types.ts";

export interface SourceEdition {
  what: string;
  id: string;
  publisher: string;
  /** The date the source describes (not the date of the build). */
  date: string;
  licence: string;
}

export interface AtlasMeta {
  /** Municipality set the atlas describes. */
  asOf: string;
  resolution: string;
  licence: string;
  attribution: Names;
  sources: SourceEdition[];
}

export const ATTRIBUTION: Names = {
  fi: "Lähde: Tilastokeskus (kuntarajat ja aluejaot, CC BY 4.0); väestö: THL Sotkanet (CC BY 4.0)",
  sv: "Källa: Statistikcentralen (kommungränser och regionindelningar, CC BY 4.0); befolkning: THL Sotkanet (CC BY 4.0)",
  en: "Source: Statistics Finland (municipal boundaries and classifications, CC BY 4.0); population: THL Sotkanet (CC BY 4.0)",
};

/** Sources of the 2025 atlas built from the snapshots in shared/data. */
export function sources2025(boundaryYear: number, classificationYear: number): SourceEdition[] {
  return [
    {
      what: "Municipal boundaries, generalised for 1:1 000 000",
      id: `tilastointialueet:kunta1000k_${boundaryYear}`,
      publisher: "Statistics Finland",
      date: `${boundaryYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      what: "Municipality mergers after the boundary edition",
      id: "kuntaliitokset",
      publisher: "Statistics Finland",
      date: `${classificationYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      what: "Municipality → wellbeing services county and → employment area",
      id: `kunta_1_${classificationYear}0101 → hyvinvointialue_1_${classificationYear}0101, tyollisyysalue_1_${classificationYear}0101`,
      publisher: "Statistics Finland",
      date: `${classificationYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      what: "Population by municipality",
      id: "Sotkanet, väestö 31.12.2022",
      publisher: "THL Sotkanet (source data Statistics Finland)",
      date: "2022-12-31",
      licence: "CC BY 4.0",
    },
  ];
}
