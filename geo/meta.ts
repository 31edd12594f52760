// The `meta` block written into each output: source editions, licence, attribution.
import type { Names } from "./types.ts";

/** What a source is to the app: it finds the population and area editions by these keys. */
export type SourceKey = "boundaries" | "mergers" | "classification" | "population" | "landArea";

export interface SourceEdition {
  key: SourceKey;
  what: Names;
  /** The dataset's own identifier (WFS layer, table, file). */
  id: string;
  publisher: Names;
  /** The date the source describes (not the date of the build), YYYY-MM-DD. */
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

const STATISTICS_FINLAND: Names = {
  fi: "Tilastokeskus",
  sv: "Statistikcentralen",
  en: "Statistics Finland",
};
const LAND_SURVEY: Names = {
  fi: "Maanmittauslaitos",
  sv: "Lantmäteriverket",
  en: "National Land Survey of Finland",
};

export const ATTRIBUTION: Names = {
  fi: "Lähde: Tilastokeskus (kuntarajat, aluejaot ja väestö, CC BY 4.0); Maanmittauslaitos (pinta-alat, CC BY 4.0)",
  sv: "Källa: Statistikcentralen (kommungränser, regionindelningar och befolkning, CC BY 4.0); Lantmäteriverket (arealer, CC BY 4.0)",
  en: "Source: Statistics Finland (municipal boundaries, classifications and population, CC BY 4.0); National Land Survey of Finland (areas, CC BY 4.0)",
};

/** The editions a build used: the years of its boundaries, classification and population. */
export interface Editions {
  boundaryYear: number;
  classificationYear: number;
  /** The sub-region table's year (a fetched year keeps the snapshot's). */
  subRegionYear: number;
  populationYear: number;
}

/** Sources of an atlas built from the snapshots in shared/data (or fetched boundaries). */
export function atlasSources(e: Editions): SourceEdition[] {
  return [
    {
      key: "boundaries",
      what: {
        fi: "Kuntarajat, yleistetty mittakaavaan 1:1 000 000",
        sv: "Kommungränser, generaliserade till skala 1:1 000 000",
        en: "Municipal boundaries, generalised for 1:1 000 000",
      },
      id: `tilastointialueet:kunta1000k_${e.boundaryYear}`,
      publisher: STATISTICS_FINLAND,
      date: `${e.boundaryYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      key: "mergers",
      what: {
        fi: "Kuntaliitokset rajojen vuoden jälkeen",
        sv: "Kommunsammanslagningar efter gränsernas år",
        en: "Municipality mergers after the boundary edition",
      },
      id: "kuntaliitokset",
      publisher: STATISTICS_FINLAND,
      date: `${e.classificationYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      key: "classification",
      what: {
        fi: "Kunta → hyvinvointialue, työllisyysalue, maakunta ja seutukunta",
        sv: "Kommun → välfärdsområde, sysselsättningsområde, landskap och ekonomisk region",
        en: "Municipality → wellbeing services county, employment area, region and sub-region",
      },
      id: `kunta_1_${e.classificationYear}0101 → hyvinvointialue_1_${e.classificationYear}0101, tyollisyysalue_1_${e.classificationYear}0101, maakunta_1_${e.classificationYear}0101; kunta_1_${e.subRegionYear}0101 → seutukunta_1_${e.subRegionYear}0101`,
      publisher: STATISTICS_FINLAND,
      date: `${e.classificationYear}-01-01`,
      licence: "CC BY 4.0",
    },
    {
      key: "population",
      what: {
        fi: `Väestö kunnittain 31.12.${e.populationYear}`,
        sv: `Befolkning per kommun 31.12.${e.populationYear}`,
        en: `Population by municipality, 31 December ${e.populationYear}`,
      },
      id: `vaestoalue:kunta_vaki${e.populationYear}`,
      publisher: STATISTICS_FINLAND,
      date: `${e.populationYear}-12-31`,
      licence: "CC BY 4.0",
    },
    {
      key: "landArea",
      what: {
        fi: "Kuntien maapinta-ala, sisävesi ja meri (kuntajako, 2023)",
        sv: "Kommunernas landareal, insjövatten och hav (kommunindelning, 2023)",
        en: "Municipal land area, inland water and sea (municipal division, 2023)",
      },
      id: "kuntajako 2023 (LANDAREA, FRESHWAREA, SEAWAREA)",
      publisher: LAND_SURVEY,
      date: "2023-01-01",
      licence: "CC BY 4.0",
    },
  ];
}
