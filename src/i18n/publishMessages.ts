// The words of publishing: the author's panel, the table's link and src=, and what a reader is told
// when a link's table cannot be shown. Loaded with the panel or with such a link only.
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";

const fi = {
  authorTitle: "Otsikko, tekstit ja värit",
  authorIntro:
    "Nämä näkyvät linkin ja upotuksen lukijalle sekä kuvissa (PNG, SVG) ja esitystilassa. Teksti näytetään tekstinä: HTML ei toimi.",
  authorHeadline: "Otsikko",
  authorDescription: "Kuvaus",
  authorNotes: "Huomautukset (rivi kerrallaan)",
  authorSource: "Lähderivi",
  authorByline: "Tekijä",
  authorAlt: "Vaihtoehtoinen teksti (tyhjänä: kartan kuvaus sanoin)",
  authorCap: "Enintään {n} merkkiä.",
  authorHighlight: "Korostetut alueet",
  authorHighlightPick: "Alue",
  authorHighlightAdd: "Korosta",
  authorHighlightRemove: "Poista korostus: {name}",
  authorHighlightNone: "Ei korostettuja alueita.",
  authorClasses: "Värit",
  classContinuous: "Liukuva",
  classQuantile: "Kvantiilit (yhtä monta aluetta kussakin)",
  classEqual: "Tasavälit",
  classJenks: "Luonnolliset luokkarajat",
  classCustom: "Omat luokkarajat",
  authorClassCount: "Luokkia",
  authorBreaks: "Luokkarajat, pilkulla tai puolipisteellä eroteltuina",
  authorPalette: "Väripaletti (värisokeille sopivat)",
  authorPaletteDefault: "Oletus",
  authorDecimals: "Desimaalit",
  authorDecimalsData: "Aineiston mukaan",
  authorUnit: "Yksikkö lukujen perään",
  authorClear: "Tyhjennä kaikki",
  linkProblemTitle: "Linkin taulukkoa ei näytetä",
  linkDamaged:
    "Linkin taulukkoa ei voitu lukea: linkki on katkennut tai muuttunut matkalla. Pyydä lähettäjältä uusi linkki tai upotuskoodi.",
  linkNewer:
    "Linkin taulukko on tehty kartan uudemmalla versiolla, eikä tämä versio osaa lukea sitä.",
  linkLimit: "Linkin taulukkoa ei näytetä: {reason}",
  srcRefused:
    "Taulukkoa ei haettu osoitteesta {origin}: tämä kartta hakee taulukoita vain omasta osoitteestaan ({own}){listed}.",
  srcListed: " ja näistä: {list}",
  srcNotHttp: "Taulukon osoite (src=) ei ole http- tai https-osoite.",
  srcStatus: "Taulukkoa ei saatu osoitteesta {url}: palvelin vastasi {status}{what}.",
  srcNotFound: " (ei löydy)",
  srcTimeout: "Taulukkoa ei saatu osoitteesta {url} {seconds} sekunnissa.",
  srcNetwork:
    "Taulukkoa ei saatu osoitteesta {url}: yhteys katkesi, tai palvelin ei salli hakua toisesta osoitteesta (Access-Control-Allow-Origin).",
  srcHtml: "Osoitteessa {url} on verkkosivu eikä taulukko (CSV, JSON-stat tai PC-Axis .px).",
  srcUnreadable: "Osoitteen {url} taulukkoa ei voitu näyttää: {reason}",
  linkOpenPlain: "Avaa kartta ilman taulukkoa",
  shareEncoding: "Taulukkoa pakataan linkkiin…",
  shareFits: "Taulukko kulkee linkin mukana: {length} merkkiä (enintään {limit}).",
  sharePart:
    "Koko taulukko ei mahdu linkkiin, joten linkki kuljettaa vain näkymän tiedot ({scope}): {length} merkkiä (enintään {limit}).",
  scopeCombination: "valitut luokat",
  scopeMetric: "valittu mittari",
  scopePeriod: "valittu mittari ja ajanjakso",
  shareTooLarge:
    "Taulukko on liian suuri linkkiin: {length} merkkiä, enintään {limit}. Ilman sitä linkki ja upotus näyttävät taulukon vain tällä laitteella. Julkaise tiedosto kartan rinnalle ja anna sen osoite alle.",
  shareSrc: "Taulukko haetaan osoitteesta {url}.",
  shareSrcLabel: "Taulukon osoite verkossa (src=)",
  shareSrcHint:
    "Esimerkiksi data/tyottomyys.csv kartan omassa osoitteessa; muut osoitteet vain, jos ne on sallittu kartan koonnissa.",
  shareLocalOnly:
    "Linkki kopioitu, mutta taulukko on liian suuri linkkiin: se näkyy vain tällä laitteella. Upota-ikkuna neuvoo seuraavan vaihtoehdon.",
};

export type PublishMessageKey = keyof typeof fi;
type PublishMessages = Record<PublishMessageKey, string>;

const sv: PublishMessages = {
  authorTitle: "Rubrik, texter och färger",
  authorIntro:
    "Dessa visas för läsaren av länken och inbäddningen samt i bilderna (PNG, SVG) och i presentationsläget. Texten visas som text: HTML fungerar inte.",
  authorHeadline: "Rubrik",
  authorDescription: "Beskrivning",
  authorNotes: "Anmärkningar (en per rad)",
  authorSource: "Källrad",
  authorByline: "Upphovsperson",
  authorAlt: "Alternativ text (tom: kartan beskriven i ord)",
  authorCap: "Högst {n} tecken.",
  authorHighlight: "Framhävda områden",
  authorHighlightPick: "Område",
  authorHighlightAdd: "Framhäv",
  authorHighlightRemove: "Ta bort framhävning: {name}",
  authorHighlightNone: "Inga framhävda områden.",
  authorClasses: "Färger",
  classContinuous: "Glidande",
  classQuantile: "Kvantiler (lika många områden i varje)",
  classEqual: "Lika intervall",
  classJenks: "Naturliga klassgränser",
  classCustom: "Egna klassgränser",
  authorClassCount: "Klasser",
  authorBreaks: "Klassgränser, åtskilda med kommatecken eller semikolon",
  authorPalette: "Färgpalett (lämpliga för färgblinda)",
  authorPaletteDefault: "Standard",
  authorDecimals: "Decimaler",
  authorDecimalsData: "Enligt data",
  authorUnit: "Enhet efter talen",
  authorClear: "Töm allt",
  linkProblemTitle: "Länkens tabell visas inte",
  linkDamaged:
    "Länkens tabell kunde inte läsas: länken har klippts av eller ändrats på vägen. Be avsändaren om en ny länk eller inbäddningskod.",
  linkNewer:
    "Länkens tabell är gjord med en nyare version av kartan, som den här versionen inte kan läsa.",
  linkLimit: "Länkens tabell visas inte: {reason}",
  srcRefused:
    "Tabellen hämtades inte från {origin}: den här kartan hämtar tabeller bara från sin egen adress ({own}){listed}.",
  srcListed: " och från dessa: {list}",
  srcNotHttp: "Tabellens adress (src=) är ingen http- eller https-adress.",
  srcStatus: "Tabellen kunde inte hämtas från {url}: servern svarade {status}{what}.",
  srcNotFound: " (finns inte)",
  srcTimeout: "Tabellen kom inte från {url} inom {seconds} sekunder.",
  srcNetwork:
    "Tabellen kunde inte hämtas från {url}: förbindelsen bröts, eller servern tillåter inte hämtning från en annan adress (Access-Control-Allow-Origin).",
  srcHtml: "På {url} finns en webbsida och ingen tabell (CSV, JSON-stat eller PC-Axis .px).",
  srcUnreadable: "Tabellen på {url} kunde inte visas: {reason}",
  linkOpenPlain: "Öppna kartan utan tabellen",
  shareEncoding: "Tabellen packas in i länken…",
  shareFits: "Tabellen följer med länken: {length} tecken (högst {limit}).",
  sharePart:
    "Hela tabellen ryms inte i länken, så länken bär bara vyns uppgifter ({scope}): {length} tecken (högst {limit}).",
  scopeCombination: "valda klasser",
  scopeMetric: "vald mätare",
  scopePeriod: "vald mätare och period",
  shareTooLarge:
    "Tabellen är för stor för en länk: {length} tecken, högst {limit}. Utan den visar länken och inbäddningen tabellen bara på den här enheten. Publicera filen bredvid kartan och ange dess adress nedan.",
  shareSrc: "Tabellen hämtas från {url}.",
  shareSrcLabel: "Tabellens adress på webben (src=)",
  shareSrcHint:
    "Till exempel data/arbetsloshet.csv på kartans egen adress; andra adresser bara om de tillåtits när kartan byggdes.",
  shareLocalOnly:
    "Länken kopierades, men tabellen är för stor för en länk: den syns bara på den här enheten. Fönstret Bädda in visar nästa alternativ.",
};

const en: PublishMessages = {
  authorTitle: "Title, text and colours",
  authorIntro:
    "Readers of the link and the embed see these, and so do the pictures (PNG, SVG) and presenter mode. Text is shown as text: HTML does not work.",
  authorHeadline: "Title",
  authorDescription: "Description",
  authorNotes: "Notes (one a line)",
  authorSource: "Source line",
  authorByline: "Byline",
  authorAlt: "Alternative text (empty: the map in words)",
  authorCap: "At most {n} characters.",
  authorHighlight: "Highlighted regions",
  authorHighlightPick: "Region",
  authorHighlightAdd: "Highlight",
  authorHighlightRemove: "Remove highlight: {name}",
  authorHighlightNone: "No highlighted regions.",
  authorClasses: "Colours",
  classContinuous: "Continuous",
  classQuantile: "Quantiles (as many regions in each)",
  classEqual: "Equal intervals",
  classJenks: "Natural breaks",
  classCustom: "Custom breaks",
  authorClassCount: "Classes",
  authorBreaks: "Class breaks, separated by commas or semicolons",
  authorPalette: "Palette (colour-blind safe)",
  authorPaletteDefault: "Default",
  authorDecimals: "Decimals",
  authorDecimalsData: "As in the data",
  authorUnit: "Unit after the figures",
  authorClear: "Clear all",
  linkProblemTitle: "The link's table is not shown",
  linkDamaged:
    "The link's table could not be read: the link was cut short or changed on its way. Ask the sender for a new link or embed code.",
  linkNewer:
    "The link's table was made by a newer version of the map, which this version cannot read.",
  linkLimit: "The link's table is not shown: {reason}",
  srcRefused:
    "The table was not fetched from {origin}: this map fetches tables only from its own address ({own}){listed}.",
  srcListed: " and from these: {list}",
  srcNotHttp: "The table's address (src=) is not an http or https address.",
  srcStatus: "The table could not be fetched from {url}: the server answered {status}{what}.",
  srcNotFound: " (not found)",
  srcTimeout: "The table did not arrive from {url} within {seconds} seconds.",
  srcNetwork:
    "The table could not be fetched from {url}: the connection failed, or the server does not allow fetching from another address (Access-Control-Allow-Origin).",
  srcHtml: "{url} is a web page, not a table (CSV, JSON-stat or PC-Axis .px).",
  srcUnreadable: "The table at {url} could not be shown: {reason}",
  linkOpenPlain: "Open the map without the table",
  shareEncoding: "Packing the table into the link…",
  shareFits: "The table travels with the link: {length} characters (at most {limit}).",
  sharePart:
    "The whole table does not fit in a link, so the link carries only the view's figures ({scope}): {length} characters (at most {limit}).",
  scopeCombination: "the chosen categories",
  scopeMetric: "the chosen metric",
  scopePeriod: "the chosen metric and period",
  shareTooLarge:
    "The table is too large for a link: {length} characters, at most {limit}. Without it, the link and the embed show the table on this device only. Publish the file beside the map and give its address below.",
  shareSrc: "The table is fetched from {url}.",
  shareSrcLabel: "The table's address on the web (src=)",
  shareSrcHint:
    "For example data/unemployment.csv at the map's own address; other addresses only if listed when the map was built.",
  shareLocalOnly:
    "Link copied, but the table is too large for a link: it shows on this device only. The Embed window gives the next option.",
};

export const PUBLISH_MESSAGES: Record<Lang, PublishMessages> = { fi, sv, en };

/** A publishing message in the language, `{name}` placeholders filled as `t` fills them. */
export function tp(
  lang: Lang,
  key: PublishMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(PUBLISH_MESSAGES[lang][key], params);
}
