// What the app says when a part of it, a file or stored state fails: in Finnish, Swedish and English.
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";

const fi = {
  partFailed: "Sovelluksen osaa ({part}) ei voitu ladata: {reason}",
  partOffline:
    "{part} ei voi alkaa: verkkoyhteys puuttuu, eikä sen ohjelmaa ole vielä ladattu tähän selaimeen. Yritä uudelleen, kun yhteys palaa.",
  partImport: "tietojen tuonti",
  partPresenter: "esitystila",
  partStorage: "tallennettu aineisto",
  partRestore: "tallennetun aineiston luku",
  partExport: "lataus tiedostoksi",
  partMapLibre: "tarkka kartta",
  partDetail: "tarkat rajat",
  partXlsx: "Excel-lukija",
  partViews: "taulukko ja tietopaneelit",
  detailFailed: "Tarkkoja rajoja ei voitu ladata ({reason}), joten kartalla ovat yleistetyt rajat.",
  storedDamaged:
    "Tähän selaimeen tallennettu tuotu aineisto oli vioittunut, ja se poistettiin; näytetään kysely. Tuo tiedosto uudelleen.",
  storedUnsaved:
    "Aineistoa ”{name}” ei voitu tallentaa tähän selaimeen, kun se tuotiin, joten sitä ei voi näyttää uudelleen; näytetään kysely. Tuo tiedosto uudelleen.",
  storedGone:
    "Tässä välilehdessä tuotu aineisto ”{name}” on poistettu (toisessa välilehdessä tai selaimen tiedoista); näytetään kysely.",
  workbookTime:
    "Excel-tiedoston lukeminen keskeytettiin {seconds} sekunnin jälkeen: tiedosto on liian raskas luettavaksi selaimessa. Tallenna taulukko CSV-muodossa ja tuo se uudelleen.",
  workbookMemory:
    "Excel-tiedostoa ei luettu: purettuna se olisi yli {size} Mt (enintään {max} Mt). Tallenna taulukko CSV-muodossa ja tuo se uudelleen.",
  workbookCells:
    "Excel-tiedostoa ei luettu: sen taulukossa on yli {cells} solua (enintään {max}). Poista ylimääräiset rivit ja sarakkeet ja tuo se uudelleen.",
  workbookCrashed:
    "Excel-tiedoston lukija pysähtyi ({reason}). Tallenna taulukko CSV-muodossa ja tuo se uudelleen.",
} as const;

export type FailureMessageKey = keyof typeof fi;
type FailureMessages = Record<FailureMessageKey, string>;

const sv: FailureMessages = {
  partFailed: "En del av appen ({part}) kunde inte laddas: {reason}",
  partOffline:
    "{part} kan inte starta: nätverksförbindelsen saknas och dess program har ännu inte laddats i den här webbläsaren. Försök igen när förbindelsen är tillbaka.",
  partImport: "dataimport",
  partPresenter: "presentationsläge",
  partStorage: "sparade data",
  partRestore: "läsning av sparade data",
  partExport: "nedladdning",
  partMapLibre: "detaljerad karta",
  partDetail: "detaljerade gränser",
  partXlsx: "Excel-läsare",
  partViews: "tabell och informationspaneler",
  detailFailed:
    "De detaljerade gränserna kunde inte laddas ({reason}), så kartan visar förenklade gränser.",
  storedDamaged:
    "De importerade data som sparats i den här webbläsaren var skadade och togs bort; enkäten visas. Importera filen igen.",
  storedUnsaved:
    "Data ”{name}” kunde inte sparas i den här webbläsaren vid importen, så de kan inte visas igen; enkäten visas. Importera filen igen.",
  storedGone:
    "Data ”{name}” som importerades i den här fliken har tagits bort (i en annan flik eller bland webbläsarens data); enkäten visas.",
  workbookTime:
    "Läsningen av Excel-filen avbröts efter {seconds} sekunder: filen är för tung att läsa i webbläsaren. Spara tabellen som CSV och importera den igen.",
  workbookMemory:
    "Excel-filen lästes inte: uppackad skulle den vara över {size} MB (högst {max} MB). Spara tabellen som CSV och importera den igen.",
  workbookCells:
    "Excel-filen lästes inte: dess tabell har över {cells} celler (högst {max}). Ta bort överflödiga rader och kolumner och importera den igen.",
  workbookCrashed:
    "Läsaren av Excel-filen stannade ({reason}). Spara tabellen som CSV och importera den igen.",
};

const en: FailureMessages = {
  partFailed: "A part of the app ({part}) could not be loaded: {reason}",
  partOffline:
    "The {part} cannot start: there is no network connection, and its code has not been loaded in this browser yet. Try again once the connection is back.",
  partImport: "data import",
  partPresenter: "presenter mode",
  partStorage: "stored data",
  partRestore: "reading of stored data",
  partExport: "download",
  partMapLibre: "detailed map",
  partDetail: "detailed borders",
  partXlsx: "Excel reader",
  partViews: "table and information panels",
  detailFailed:
    "The detailed borders could not be loaded ({reason}), so the map shows generalised borders.",
  storedDamaged:
    "The imported data stored in this browser was damaged and has been removed; showing the survey. Import the file again.",
  storedUnsaved:
    "The data “{name}” could not be stored in this browser when it was imported, so it cannot be shown again; showing the survey. Import the file again.",
  storedGone:
    "The data “{name}” imported in this tab has been removed (in another tab or with the browser's data); showing the survey.",
  workbookTime:
    "Reading the Excel file was stopped after {seconds} seconds: the file is too heavy to read in the browser. Save the table as CSV and import it again.",
  workbookMemory:
    "The Excel file was not read: unpacked it would be over {size} MB (at most {max} MB). Save the table as CSV and import it again.",
  workbookCells:
    "The Excel file was not read: its sheet has over {cells} cells (at most {max}). Remove the extra rows and columns and import it again.",
  workbookCrashed:
    "The Excel reader stopped ({reason}). Save the table as CSV and import it again.",
};

export const FAILURE_MESSAGES: Record<Lang, FailureMessages> = { fi, sv, en };

/** A failure message in the language, `{name}` placeholders filled as `t` fills them. */
export function tf(
  lang: Lang,
  key: FailureMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(FAILURE_MESSAGES[lang][key], params);
}
