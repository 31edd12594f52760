// The words of the views that load on first use (the table, the side panels, the about dialog's links, the embed dialog, presenter mode), in Finnish, Swedish and English.
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";

const fi = {
  detailsMetrics: "Kaikki mittarit verrattuna koko maahan",
  detailsMunicipalities: "Kunnat ({n})",
  detailsEmploymentAreas: "Työllisyysalueet ({n})",
  partly: "osittain",
  crossingsTitle: "Hyvinvointialueiden rajat ylittävät työllisyysalueet",
  crossingsNone: "Yksikään työllisyysalue ei ylitä hyvinvointialueen rajaa.",
  tableAreas: "Työllisyysalueita",
  sortBy: "Järjestä: {column}",
  embedTitle: "Upota kartta verkkosivulle",
  embedIntro: "Kopioi koodi sivusi HTML:ään. Kartta näyttää nykyisen näkymän.",
  embedWidth: "Leveys",
  embedHeight: "Korkeus (px)",
  embedFullWidth: "Koko leveys",
  embedCode: "Upotuskoodi",
  embedFullWidthNote:
    "Koko leveydellä korkeus lasketaan 640 px:n leveydelle; sivun skripti (ks. README) sovittaa sen.",
  embedChart: "Järjestys kartan vieressä tai alla",
  embedPreview: "Esikatselu: upotus valitulla leveydellä ({width} px), korkeus {height} px",
  embedMeasuring: "Lasketaan korkeutta valitulle leveydelle…",
  copyCode: "Kopioi koodi",
  codeCopied: "Koodi kopioitu.",
  presentSlide: "Dia {n}/{of}",
  presentHelp: "Nuolinäppäimet: seuraava ja edellinen, Esc: lopeta",
  tableRank: "Sija: {metric}",
  tableSmallLast: "Alueet, joilla vähän vastaajia, viimeisinä",
  tableQuestionN: "N koko maa (kysymys)",
  detailsNational: "koko maa {value}, N = {n}",
  tableCapped:
    "Taulukossa näkyy {shown}/{of} mittaria: valittu mittari ja ensimmäiset muut. Valitse mittari yläpuolelta nähdäksesi sen sarakkeen.",
  embedAlt: "Vaihtoehtoinen teksti (kuvaus kartasta)",
  aboutNotices: "Lisenssit ja saavutettavuus",
  aboutLicence: "Ohjelman lisenssi (MIT)",
  aboutThirdParty: "Käytettyjen ohjelmistojen lisenssit (MapLibre ym.)",
  aboutAccessibility: "Saavutettavuusseloste",
} as const;

export type ViewMessageKey = keyof typeof fi;
type ViewMessages = Record<ViewMessageKey, string>;

const sv: ViewMessages = {
  detailsMetrics: "Alla mått jämfört med hela landet",
  detailsMunicipalities: "Kommuner ({n})",
  detailsEmploymentAreas: "Sysselsättningsområden ({n})",
  partly: "delvis",
  crossingsTitle: "Sysselsättningsområden som korsar välfärdsområdesgränser",
  crossingsNone: "Inget sysselsättningsområde korsar en välfärdsområdesgräns.",
  tableAreas: "Sysselsättningsområden",
  sortBy: "Sortera: {column}",
  embedTitle: "Bädda in kartan på en webbsida",
  embedIntro: "Kopiera koden till sidans HTML. Kartan visar den aktuella vyn.",
  embedWidth: "Bredd",
  embedHeight: "Höjd (px)",
  embedFullWidth: "Full bredd",
  embedCode: "Inbäddningskod",
  embedFullWidthNote:
    "Med full bredd beräknas höjden för 640 px bredd; sidans skript (se README) anpassar den.",
  embedChart: "Rangordning bredvid eller under kartan",
  embedPreview: "Förhandsvisning: inbäddningen i vald bredd ({width} px), höjd {height} px",
  embedMeasuring: "Höjden för vald bredd beräknas…",
  copyCode: "Kopiera koden",
  codeCopied: "Koden kopierades.",
  presentSlide: "Bild {n}/{of}",
  presentHelp: "Piltangenter: nästa och föregående, Esc: avsluta",
  tableRank: "Plats: {metric}",
  tableSmallLast: "Områden med få svarande sist",
  tableQuestionN: "N hela landet (fråga)",
  detailsNational: "hela landet {value}, N = {n}",
  tableCapped:
    "Tabellen visar {shown} av {of} mått: det valda och de första andra. Välj ett mått ovan för att se dess kolumn.",
  embedAlt: "Alternativ text (beskrivning av kartan)",
  aboutNotices: "Licenser och tillgänglighet",
  aboutLicence: "Programmets licens (MIT)",
  aboutThirdParty: "Licenser för programvara som används (MapLibre m.fl.)",
  aboutAccessibility: "Tillgänglighetsutlåtande",
};

const en: ViewMessages = {
  detailsMetrics: "All metrics against the national figure",
  detailsMunicipalities: "Municipalities ({n})",
  detailsEmploymentAreas: "Employment areas ({n})",
  partly: "partly",
  crossingsTitle: "Employment areas crossing county borders",
  crossingsNone: "No employment area crosses a county border.",
  tableAreas: "Employment areas",
  sortBy: "Sort by {column}",
  embedTitle: "Embed the map in a web page",
  embedIntro: "Copy the code into your page's HTML. The map shows the current view.",
  embedWidth: "Width",
  embedHeight: "Height (px)",
  embedFullWidth: "Full width",
  embedCode: "Embed code",
  embedFullWidthNote:
    "At full width the height is computed for 640 px; the page's script (see the README) adjusts it.",
  embedChart: "Ranking beside or below the map",
  embedPreview: "Preview: the embed at the chosen width ({width} px), {height} px tall",
  embedMeasuring: "Computing the height for the chosen width…",
  copyCode: "Copy code",
  codeCopied: "Code copied.",
  presentSlide: "Slide {n} of {of}",
  presentHelp: "Arrow keys: next and previous, Esc: leave",
  tableRank: "Rank: {metric}",
  tableSmallLast: "Counties with few respondents last",
  tableQuestionN: "N nationally (question)",
  detailsNational: "nationally {value}, N = {n}",
  tableCapped:
    "The table shows {shown} of {of} metrics: the chosen one and the first others. Choose a metric above to see its column.",
  embedAlt: "Alternative text (a description of the map)",
  aboutNotices: "Licences and accessibility",
  aboutLicence: "The app's licence (MIT)",
  aboutThirdParty: "Licences of the software it uses (MapLibre and others)",
  aboutAccessibility: "Accessibility statement",
};

export const VIEW_MESSAGES: Record<Lang, ViewMessages> = { fi, sv, en };

/** A view's message in the language, its `{placeholders}` filled. */
export function tv(
  lang: Lang,
  key: ViewMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(VIEW_MESSAGES[lang][key], params);
}
