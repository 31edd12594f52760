// Short county names (the region part, in the nominative) for labels and for matching tables.

import type { Names } from "./types.ts";

/**
 * Short names of the 22 county areas by code, as tables and maps name them
 * ("Vantaa-Kerava", "Länsi-Uusimaa", "Helsinki"). Statistics Finland publishes only
 * the full names ("Vantaan ja Keravan hyvinvointialue"); these follow the regions'
 * (maakunta) own names, and Kuntaliitto's survey table.
 */
export const COUNTY_SHORT_NAMES: Record<string, Names> = {
  "01": { fi: "Itä-Uusimaa", sv: "Östra Nyland", en: "East Uusimaa" },
  "02": { fi: "Keski-Uusimaa", sv: "Mellersta Nyland", en: "Central Uusimaa" },
  "03": { fi: "Länsi-Uusimaa", sv: "Västra Nyland", en: "West Uusimaa" },
  "04": { fi: "Vantaa-Kerava", sv: "Vanda-Kervo", en: "Vantaa-Kerava" },
  "05": { fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" },
  "06": { fi: "Satakunta", sv: "Satakunta", en: "Satakunta" },
  "07": { fi: "Kanta-Häme", sv: "Egentliga Tavastland", en: "Kanta-Häme" },
  "08": { fi: "Pirkanmaa", sv: "Birkaland", en: "Pirkanmaa" },
  "09": { fi: "Päijät-Häme", sv: "Päijänne-Tavastland", en: "Päijät-Häme" },
  "10": { fi: "Kymenlaakso", sv: "Kymmenedalen", en: "Kymenlaakso" },
  "11": { fi: "Etelä-Karjala", sv: "Södra Karelen", en: "South Karelia" },
  "12": { fi: "Etelä-Savo", sv: "Södra Savolax", en: "South Savo" },
  "13": { fi: "Pohjois-Savo", sv: "Norra Savolax", en: "North Savo" },
  "14": { fi: "Pohjois-Karjala", sv: "Norra Karelen", en: "North Karelia" },
  "15": { fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland" },
  "16": { fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", en: "South Ostrobothnia" },
  "17": { fi: "Pohjanmaa", sv: "Österbotten", en: "Ostrobothnia" },
  "18": { fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten", en: "Central Ostrobothnia" },
  "19": { fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", en: "North Ostrobothnia" },
  "20": { fi: "Kainuu", sv: "Kajanaland", en: "Kainuu" },
  "21": { fi: "Lappi", sv: "Lappland", en: "Lapland" },
  "90": { fi: "Helsinki", sv: "Helsingfors", en: "Helsinki" },
};
