// The text of the "About this map" panel, in three languages: headings and paragraphs.
import type { Lang } from "../i18n/language.ts";

export interface AboutSection {
  heading: string;
  paragraphs: string[];
}

export const ABOUT: Record<Lang, AboutSection[]> = {
  fi: [
    {
      heading: "22 hyvinvointialuetta",
      paragraphs: [
        "Sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyi kunnilta ja kuntayhtymiltä 1.1.2023 21 hyvinvointialueelle. Helsinki ei kuulu hyvinvointialueeseen, vaan kaupunki järjestää samat palvelut itse; siksi alueita on kartalla 22.",
        "Ahvenanmaa ei kuulu hyvinvointialueuudistukseen eikä TE24-uudistukseen. Se näkyy kartalla harmaana ja viivoitettuna.",
      ],
    },
    {
      heading: "45 työllisyysaluetta",
      paragraphs: [
        "TE24-uudistuksessa julkiset työvoima- ja yrityspalvelut siirtyivät valtiolta kunnille 1.1.2025. Palveluja järjestää 45 työllisyysaluetta, jotka kunnat ovat muodostaneet.",
        "Sekä hyvinvointialueet että työllisyysalueet koostuvat kokonaisista kunnista, mutta ne eivät ole sisäkkäisiä. Työllisyysalue ylittää hyvinvointialueen rajan, kun sen kunnat kuuluvat useampaan kuin yhteen hyvinvointialueeseen. Pelkkä rajan koskettaminen ei ole ylittämistä. Kartta laskee ylitykset kuntarajojen topologiasta. Osuudet ovat kuntien maapinta-alasta ({land}; pinta-ala tarkoittaa maata ilman sisävesiä ja merta) ja väestöstä ({population}).",
      ],
    },
  ],
  sv: [
    {
      heading: "22 välfärdsområden",
      paragraphs: [
        "Ansvaret för social- och hälsovården samt räddningsväsendet överfördes 1.1.2023 från kommuner och samkommuner till 21 välfärdsområden. Helsingfors hör inte till något välfärdsområde utan ordnar själv samma tjänster; därför visar kartan 22 områden.",
        "Åland omfattas varken av välfärdsområdesreformen eller av TE24-reformen. Det visas grått och streckat på kartan.",
      ],
    },
    {
      heading: "45 sysselsättningsområden",
      paragraphs: [
        "I TE24-reformen överfördes de offentliga arbets- och näringstjänsterna från staten till kommunerna 1.1.2025. Tjänsterna ordnas av 45 sysselsättningsområden som kommunerna har bildat.",
        "Både välfärdsområden och sysselsättningsområden består av hela kommuner, men de ligger inte inuti varandra. Ett sysselsättningsområde korsar en välfärdsområdesgräns när dess kommuner hör till fler än ett välfärdsområde. Att bara tangera gränsen räknas inte. Kartan räknar fram korsningarna ur kommungränsernas topologi. Andelarna gäller kommunernas landareal ({land}; arealen avser land utan insjövatten och hav) och befolkning ({population}).",
      ],
    },
  ],
  en: [
    {
      heading: "22 county areas",
      paragraphs: [
        "On 1 January 2023, responsibility for social and health care and for rescue services moved from municipalities and joint municipal authorities to 21 wellbeing services counties. Helsinki belongs to no county and organises the same services itself, so the map shows 22 areas.",
        "Åland is outside both the wellbeing services reform and the TE24 reform. It is drawn grey and hatched.",
      ],
    },
    {
      heading: "45 employment areas",
      paragraphs: [
        "In the TE24 reform, public employment and business services moved from the state to the municipalities on 1 January 2025. They are organised by 45 employment areas that the municipalities formed.",
        "Counties and employment areas are both unions of whole municipalities, but they do not nest. An employment area crosses a county border when its municipalities belong to more than one county; merely touching a border is not crossing. The map computes crossings from the topology of municipal boundaries. Shares are of the municipalities' land area ({land}; area means land, without inland water and sea) and population ({population}).",
      ],
    },
  ],
};

export const SOURCES_HEADING: Record<Lang, string> = {
  fi: "Aineistot ja lisenssit",
  sv: "Data och licenser",
  en: "Data sources and licences",
};
