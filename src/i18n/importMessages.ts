// The import dialog's words: loaded with it, so that the first view carries none of them.
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";

const fi = {
  importTitle: "Tuo omat tiedot kartalle",
  importIntro:
    "Valitse tiedosto (CSV, TSV, Excel .xlsx, PC-Axis .px tai JSON-stat) tai liitä taulukko; voit myös pudottaa tiedoston kartalle. Tilastokeskuksen PxWeb-, THL:n Sotkanet- ja Kelan taulukot käyvät sellaisinaan: alueet voivat olla kuntia, hyvinvointialueita, työllisyysalueita tai maakuntia, nimenä tai koodina, ja kuntien tiedot voi yhdistää suuremmille alueille. Sairaanhoitopiirien ja seutukuntien tiedot näytetään hyvinvointialueilla, joihin ne kokonaan kuuluvat. Ikä, sukupuoli ja muut ulottuvuudet saavat oman valitsimensa. Tiedot pysyvät vain tässä selaimessa.",
  importPaste: "Liitä taulukko",
  importFile: "Valitse tiedosto",
  importShow: "Näytä kartalla",
  importErrors: "Tiedostoa ei voitu näyttää. Korjaa nämä ja yritä uudelleen:",
  importEmpty: "Tiedostossa ei ole otsikkorivin lisäksi yhtään riviä.",
  importNoNumeric: "Tiedostossa ei ole yhtään numerosaraketta.",
  importSuggestion: "Tarkoititko ”{suggestion}”?",
  importMissing: "Tiedostosta puuttuvat alueet näytetään harmaina: {list}",
  importedShown: "Näytetään tuotu aineisto ”{name}” ({level}).",
  importTooLarge: "Tiedosto on {size} Mt; suurin luettava koko on {max} Mt.",
  importTooManyRows:
    "Taulukosta tulee {rows} riviä (alueet × ajanjaksot × luokkien yhdistelmät); enintään {max} luetaan. Rajaa alueita, vuosia tai luokkia ennen tuontia.",
  importBinary:
    "Tiedosto ei ole taulukko vaan {what}. Tallenna taulukko CSV- tai Excel-muodossa (.csv, .xlsx) ja tuo se uudelleen.",
  importBinaryXls: "vanhan Excel-muodon (.xls) tiedosto",
  importBinaryOther: "binääritiedosto",
  importXlsxFailed:
    "Excel-tiedostoa ei voitu lukea ({reason}). Tallenna se CSV-muodossa ja tuo uudelleen.",
  importTooManyColumns:
    "Taulukossa on {columns} saraketta; enintään {max} luetaan. Poista ylimääräiset sarakkeet ennen tuontia.",
  importTooManyMetrics:
    "Taulukosta tulisi {metrics} mittaria (arvosarakkeet kerrottuna sarakkeiden {dimensions} arvoilla); enintään {max}. Rajaa tiedot ennen tuontia.",
  importNoRegionColumn:
    "Mikään sarake ei nimeä kuntia, hyvinvointialueita, työllisyysalueita tai maakuntia. Alue tunnistetaan nimestä (suomeksi, ruotsiksi tai englanniksi) tai koodista (091, KU091, MK05, 05).",
  importAmbiguous:
    "Sarakkeen ”{column}” alueet sopivat yhtä hyvin näihin tasoihin: {levels}. Valitse taso alta.",
  importNoRegionRows: "Yksikään rivi ei ole valitun tason alue.",
  importUnsupportedType:
    "Sarake ”{column}” luettelee {what} ({rows} riviä). Kartta ei piirrä niitä, eivätkä ne jää kokonaan hyvinvointialueiden tai maakuntien sisään, joten niiden arvoja ei voi näyttää. Tuo kunta-, hyvinvointialue-, työllisyysalue- tai maakuntatason tiedot.",
  importSotkanetIds:
    "Tiedosto antaa alueet THL:n Sotkanetin numerotunnuksina. Kartta tuntee niistä vain hyvinvointialueiden tunnukset (956–978), eikä tiedostossa ole yhtään niistä. Hae tiedot Sotkanetista alueiden nimien tai koodien kanssa (esim. CSV-vienti).",
  importFormatFailed: "Tiedostoa ({format}) ei voitu lukea: {reason}.",
  importTypeShown:
    "Taulukon rivit ovat {what}, joita kartta ei piirrä. Ne näytetään {level}: alueen arvo lasketaan sen sisällä kokonaan olevista riveistä, ja vajaat alueet on viivoitettu.",
  importTypeSpanning: "Usean alueen yli ulottuvia ei lasketa millekään alueelle: {list}.",
  noteOtherType:
    "Toisen aluetyypin rivit ({type}) jätettiin pois: {count} (rivit {rows}; esim. {examples}).",
  noteAttributeColumns:
    "Sarakkeet, joissa kullakin alueella on yksi arvo, näytetään alueen tietoina eikä mittareina: {examples}.",
  noteCodeNameConflict:
    "Koodi ja nimi viittaavat eri alueisiin; alue luettiin nimen mukaan: {count} (rivit {rows}; {examples}).",
  noteOlderDivision:
    "Tiedoston alueet ovat vuoden {examples} aluejaon mukaiset. Kartta piirtää vuoden 2025 aluejaon; alueiden rajat voivat poiketa, joten luvut ovat tiedoston alueiden lukuja.",
  noteInvalidPeriod:
    "Rivit, joiden ajanjakso ei ole kelvollinen (esim. 2024M13, 2024Q5), jätettiin pois: {count} (rivit {rows}; {examples}).",
  readingSheet: "Taulukkosivu",
  readingDimensions: "Ulottuvuudet (valitse luokka työkalupalkista): {list}.",
  readingMeasure: "Mittarit sarakkeesta ”{name}”.",
  noteCountry: "Koko maan rivi (rivi {rows}) on vertailuluku.",
  noteMainland: "Manner-Suomen rivit jätettiin pois: {count} (rivit {rows}).",
  noteTotal: "Yhteensä-rivit jätettiin pois: {count} (rivit {rows}).",
  noteOutside:
    "Ahvenanmaa ei kuulu hyvinvointi- eikä työllisyysalueisiin; sen rivit jätettiin pois: {count} (rivit {rows}).",
  noteSubArea: "Kuntaa pienemmät alueet jätettiin pois: {count} (rivit {rows}; esim. {examples}).",
  noteOtherLevel:
    "Toisen tason rivit ({level}) jätettiin pois: {count} (rivit {rows}; esim. {examples}).",
  noteUnknown: "Tuntemattomat alueet jätettiin pois: {count} (rivit {rows}): {examples}.",
  noteMerged:
    "Sittemmin yhdistyneiden kuntien rivit liitettiin nykyiseen kuntaan: {count} (rivit {rows}; {examples}). Summat lasketaan yhteen; osuuksia ja keskiarvoja ei voi yhdistää ilman väkilukuja, joten niissä kunnalla ei ole arvoa.",
  noteDuplicate:
    "Sama alue ja ajanjakso toistuu; ensimmäinen rivi käytettiin: {count} (rivit {rows}).",
  noteNotNumber:
    "Solut, jotka eivät ole lukuja, luettiin puuttuviksi: {count} (rivit {rows}; {examples}).",
  noteTooLargeNumber: "Liian suuret luvut (yli 10¹⁵) luettiin puuttuviksi: {count} (rivit {rows}).",
  noteEmptyRegion: "Rivit ilman aluetta jätettiin pois: {count} (rivit {rows}).",
  noteIgnoredColumns: "Tunniste- ja tyhjiä sarakkeita ei käytetty mittareina: {examples}.",
  noteConstantColumns: "Sarakkeet, joiden arvo on sama joka rivillä, jätettiin pois: {examples}.",
  readingSummary:
    "Luettu: aluesarake ”{column}”, {level} ({regions}), {periods}, {metrics} mittaria; merkistö {encoding}.",
  readingNoPeriods: "ei ajanjaksoja",
  readingPeriods: "ajanjaksot {first}–{last} ({count})",
  readingColumn: "Aluesarake",
  readingLevel: "Aluetaso",
  readingMatched: "{matched} riviä, {regions} aluetta",
  readingApply: "Lue uudelleen",
  readingShow: "Miten tiedosto luettiin",
  readingNotes: "Huomiot",
  importReading: "Luetaan tiedostoa…",
  importNotSavedSize:
    "Taulukkoa ({size} Mt) ei voitu tallentaa tähän selaimeen ({reason}); se näkyy, kunnes sivu ladataan uudelleen. Aiemmin tallennettu taulukko poistettiin.",
} as const;

export type ImportMessageKey = keyof typeof fi;
type ImportMessages = Record<ImportMessageKey, string>;

const sv: ImportMessages = {
  importTitle: "Importera egna data till kartan",
  importIntro:
    "Välj en fil (CSV, TSV, Excel .xlsx, PC-Axis .px eller JSON-stat) eller klistra in en tabell; du kan också släppa en fil på kartan. Tabeller från Statistikcentralens PxWeb, THL:s Sotkanet och FPA duger som de är: områdena kan vara kommuner, välfärdsområden, sysselsättningsområden eller landskap, med namn eller kod, och kommunernas uppgifter kan föras samman till större områden. Uppgifter per sjukvårdsdistrikt och ekonomisk region visas på de välfärdsområden de helt hör till. Ålder, kön och andra dimensioner får var sin väljare. Uppgifterna stannar i den här webbläsaren.",
  importPaste: "Klistra in en tabell",
  importFile: "Välj fil",
  importShow: "Visa på kartan",
  importErrors: "Filen kunde inte visas. Rätta följande och försök igen:",
  importEmpty: "Filen har inga rader utöver rubrikraden.",
  importNoNumeric: "Filen har ingen kolumn med tal.",
  importSuggestion: "Menade du ”{suggestion}”?",
  importMissing: "Områden som saknas i filen visas grå: {list}",
  importedShown: "Importerade data ”{name}” visas ({level}).",
  importTooLarge: "Filen är {size} MB; den största som kan läsas är {max} MB.",
  importTooManyRows:
    "Tabellen ger {rows} rader (områden × perioder × kombinationer av kategorier); högst {max} läses. Begränsa områden, år eller kategorier före importen.",
  importBinary:
    "Filen är ingen tabell utan {what}. Spara tabellen som CSV eller Excel (.csv, .xlsx) och importera den igen.",
  importBinaryXls: "en fil i det gamla Excel-formatet (.xls)",
  importBinaryOther: "en binärfil",
  importXlsxFailed:
    "Excel-filen kunde inte läsas ({reason}). Spara den som CSV och importera igen.",
  importTooManyColumns:
    "Tabellen har {columns} kolumner; högst {max} läses. Ta bort onödiga kolumner före importen.",
  importTooManyMetrics:
    "Tabellen skulle ge {metrics} mått (värdekolumnerna gånger värdena i {dimensions}); högst {max}. Begränsa uppgifterna före importen.",
  importNoRegionColumn:
    "Ingen kolumn namnger kommuner, välfärdsområden, sysselsättningsområden eller landskap. Ett område känns igen på namnet (på finska, svenska eller engelska) eller koden (091, KU091, MK05, 05).",
  importAmbiguous:
    "Områdena i kolumnen ”{column}” passar lika bra till dessa nivåer: {levels}. Välj nivå nedan.",
  importNoRegionRows: "Ingen rad är ett område på den valda nivån.",
  importUnsupportedType:
    "Kolumnen ”{column}” räknar upp {what} ({rows} rader). Kartan ritar dem inte, och de ryms inte helt inom välfärdsområden eller landskap, så deras värden kan inte visas. Importera uppgifter per kommun, välfärdsområde, sysselsättningsområde eller landskap.",
  importSotkanetIds:
    "Filen anger områdena med THL Sotkanets sifferkoder. Kartan känner bara till välfärdsområdenas koder (956–978), och filen har ingen av dem. Hämta uppgifterna ur Sotkanet med områdenas namn eller koder (t.ex. som CSV).",
  importFormatFailed: "Filen ({format}) kunde inte läsas: {reason}.",
  importTypeShown:
    "Tabellens rader är {what}, som kartan inte ritar. De visas {level}: ett områdes värde beräknas av de rader som ligger helt inom det, och ofullständiga områden är streckade.",
  importTypeSpanning: "Områden som sträcker sig över flera räknas inte för något område: {list}.",
  noteOtherType:
    "Rader av en annan områdestyp ({type}) lämnades bort: {count} (rader {rows}; t.ex. {examples}).",
  noteAttributeColumns:
    "Kolumner med ett värde per område visas som uppgifter om området, inte som mått: {examples}.",
  noteCodeNameConflict:
    "Koden och namnet anger olika områden; området lästes enligt namnet: {count} (rader {rows}; {examples}).",
  noteOlderDivision:
    "Filens områden följer indelningen år {examples}. Kartan ritar indelningen år 2025; gränserna kan skilja sig, så talen gäller filens områden.",
  noteInvalidPeriod:
    "Rader vars period inte är giltig (t.ex. 2024M13, 2024Q5) lämnades bort: {count} (rader {rows}; {examples}).",
  readingSheet: "Kalkylblad",
  readingDimensions: "Dimensioner (välj kategori i verktygsfältet): {list}.",
  readingMeasure: "Måtten ur kolumnen ”{name}”.",
  noteCountry: "Raden för hela landet (rad {rows}) är referensvärdet.",
  noteMainland: "Raderna för Fastlandsfinland lämnades bort: {count} (rader {rows}).",
  noteTotal: "Summarader lämnades bort: {count} (rader {rows}).",
  noteOutside:
    "Åland hör inte till välfärds- eller sysselsättningsområdena; dess rader lämnades bort: {count} (rader {rows}).",
  noteSubArea:
    "Områden mindre än en kommun lämnades bort: {count} (rader {rows}; t.ex. {examples}).",
  noteOtherLevel:
    "Rader på en annan nivå ({level}) lämnades bort: {count} (rader {rows}; t.ex. {examples}).",
  noteUnknown: "Okända områden lämnades bort: {count} (rader {rows}): {examples}.",
  noteMerged:
    "Rader för kommuner som sedan gått samman fördes till dagens kommun: {count} (rader {rows}; {examples}). Summor läggs ihop; andelar och medelvärden kan inte förenas utan folkmängder, så där saknar kommunen värde.",
  noteDuplicate:
    "Samma område och period upprepas; den första raden användes: {count} (rader {rows}).",
  noteNotNumber: "Celler som inte är tal lästes som saknade: {count} (rader {rows}; {examples}).",
  noteTooLargeNumber: "För stora tal (över 10¹⁵) lästes som saknade: {count} (rader {rows}).",
  noteEmptyRegion: "Rader utan område lämnades bort: {count} (rader {rows}).",
  noteIgnoredColumns: "Id-kolumner och tomma kolumner användes inte som mått: {examples}.",
  noteConstantColumns: "Kolumner med samma värde på varje rad lämnades bort: {examples}.",
  readingSummary:
    "Läst: områdeskolumn ”{column}”, {level} ({regions}), {periods}, {metrics} mått; teckenkodning {encoding}.",
  readingNoPeriods: "inga perioder",
  readingPeriods: "perioder {first}–{last} ({count})",
  readingColumn: "Områdeskolumn",
  readingLevel: "Områdesnivå",
  readingMatched: "{matched} rader, {regions} områden",
  readingApply: "Läs på nytt",
  readingShow: "Hur filen lästes",
  readingNotes: "Anmärkningar",
  importReading: "Filen läses…",
  importNotSavedSize:
    "Tabellen ({size} MB) kunde inte sparas i den här webbläsaren ({reason}); den visas tills sidan laddas om. Den tidigare sparade tabellen togs bort.",
};

const en: ImportMessages = {
  importTitle: "Import your own data to the map",
  importIntro:
    "Choose a file (CSV, TSV, Excel .xlsx, PC-Axis .px or JSON-stat) or paste a table; you can also drop a file on the map. Tables from Statistics Finland's PxWeb, THL's Sotkanet and Kela work as published: regions may be municipalities, counties, employment areas or regions, by name or code, and municipal data can be combined into larger regions. Data by hospital district or sub-region is shown on the counties it lies wholly within. Age, sex and other dimensions each get a picker. The data stays in this browser.",
  importPaste: "Paste a table",
  importFile: "Choose a file",
  importShow: "Show on the map",
  importErrors: "The file could not be shown. Correct these and try again:",
  importEmpty: "The file has no rows besides the header.",
  importNoNumeric: "The file has no column of numbers.",
  importSuggestion: "Did you mean “{suggestion}”?",
  importMissing: "Regions missing from the file are shown grey: {list}",
  importedShown: "Showing the imported data “{name}” ({level}).",
  importTooLarge: "The file is {size} MB; the largest that can be read is {max} MB.",
  importTooManyRows:
    "The table gives {rows} rows (regions × periods × combinations of categories); at most {max} are read. Select fewer regions, years or categories before importing.",
  importBinary:
    "The file is no table but {what}. Save the table as CSV or Excel (.csv, .xlsx) and import it again.",
  importBinaryXls: "a file in the old Excel format (.xls)",
  importBinaryOther: "a binary file",
  importXlsxFailed:
    "The Excel file could not be read ({reason}). Save it as CSV and import it again.",
  importTooManyColumns:
    "The table has {columns} columns; at most {max} are read. Remove the columns you do not need before importing.",
  importTooManyMetrics:
    "The table would give {metrics} metrics (its value columns times the values of {dimensions}); at most {max}. Select less data before importing.",
  importNoRegionColumn:
    "No column names municipalities, counties, employment areas or regions. A region is recognised by its name (Finnish, Swedish or English) or code (091, KU091, MK05, 05).",
  importAmbiguous:
    "The regions in the column “{column}” fit these levels equally well: {levels}. Choose the level below.",
  importNoRegionRows: "No row is a region of the chosen level.",
  importUnsupportedType:
    "Column “{column}” lists {what} ({rows} rows). The map does not draw them, and they do not lie whole within counties or regions, so their values cannot be shown. Import data by municipality, county, employment area or region.",
  importSotkanetIds:
    "The file gives its regions as THL Sotkanet's numeric ids. The map knows only the wellbeing services counties' ids (956–978), and the file has none of them. Fetch the data from Sotkanet with the regions' names or codes (a CSV export, for example).",
  importFormatFailed: "The file ({format}) could not be read: {reason}.",
  importTypeShown:
    "The table's rows are {what}, which the map does not draw. They are shown {level}: a region's value is made of the rows lying whole within it, and incomplete regions are hatched.",
  importTypeSpanning: "Those reaching over several regions count for none: {list}.",
  noteOtherType:
    "Rows of another region type ({type}) set aside: {count} (lines {rows}; e.g. {examples}).",
  noteAttributeColumns:
    "Columns with one value per region are shown with the region, not as metrics: {examples}.",
  noteCodeNameConflict:
    "The code and the name point to different regions; the region was read by its name: {count} (lines {rows}; {examples}).",
  noteOlderDivision:
    "The file's regions follow the {examples} division. The map draws the 2025 division; borders may differ, so the figures are those of the file's regions.",
  noteInvalidPeriod:
    "Rows whose period is not valid (such as 2024M13, 2024Q5) set aside: {count} (lines {rows}; {examples}).",
  readingSheet: "Sheet",
  readingDimensions: "Dimensions (choose a category in the toolbar): {list}.",
  readingMeasure: "Metrics from the column “{name}”.",
  noteCountry: "The whole-country row (line {rows}) is the reference.",
  noteMainland: "Mainland Finland rows set aside: {count} (lines {rows}).",
  noteTotal: "Total rows set aside: {count} (lines {rows}).",
  noteOutside:
    "Åland belongs to no county or employment area; its rows were set aside: {count} (lines {rows}).",
  noteSubArea:
    "Areas smaller than a municipality set aside: {count} (lines {rows}; e.g. {examples}).",
  noteOtherLevel:
    "Rows of another level ({level}) set aside: {count} (lines {rows}; e.g. {examples}).",
  noteUnknown: "Unknown regions set aside: {count} (lines {rows}): {examples}.",
  noteMerged:
    "Rows of municipalities merged since were joined to today's municipality: {count} (lines {rows}; {examples}). Sums are added; shares and means cannot be combined without populations, so there the municipality has no value.",
  noteDuplicate:
    "The same region and period repeats; the first row was used: {count} (lines {rows}).",
  noteNotNumber:
    "Cells that are no numbers were read as missing: {count} (lines {rows}; {examples}).",
  noteTooLargeNumber: "Numbers too large (over 10¹⁵) were read as missing: {count} (lines {rows}).",
  noteEmptyRegion: "Rows without a region set aside: {count} (lines {rows}).",
  noteIgnoredColumns: "Identifier and empty columns were not used as metrics: {examples}.",
  noteConstantColumns: "Columns with the same value on every row were left out: {examples}.",
  readingSummary:
    "Read: region column “{column}”, {level} ({regions}), {periods}, {metrics} metrics; encoding {encoding}.",
  readingNoPeriods: "no periods",
  readingPeriods: "periods {first}–{last} ({count})",
  readingColumn: "Region column",
  readingLevel: "Region level",
  readingMatched: "{matched} rows, {regions} regions",
  readingApply: "Read again",
  readingShow: "How the file was read",
  readingNotes: "Notes",
  importReading: "Reading the file…",
  importNotSavedSize:
    "The table ({size} MB) could not be stored in this browser ({reason}); it is shown until the page is reloaded. The table stored before was removed.",
};

export const IMPORT_MESSAGES: Record<Lang, ImportMessages> = { fi, sv, en };

/** An import message in the language, `{name}` placeholders filled as `t` fills them. */
export function ti(
  lang: Lang,
  key: ImportMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(IMPORT_MESSAGES[lang][key], params);
}
