// Short names of the former hospital districts (the region part, in the nominative), as THL's tables write them.

import type { Names } from "./types.ts";

/**
 * Short names by district code (Statistics Finland's 2022 classification).
 * The classification gives only "Varsinais-Suomen SHP"; THL's and Sotkanet's
 * tables name the districts "Varsinais-Suomi", "Länsi-Pohja", "HUS". These are
 * the names the districts' own regions go by; `00` is Åland's.
 */
export const HOSPITAL_DISTRICT_SHORT_NAMES: Record<string, Names> = {
  "00": { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
  "03": { fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" },
  "04": { fi: "Satakunta", sv: "Satakunta", en: "Satakunta" },
  "05": { fi: "Kanta-Häme", sv: "Egentliga Tavastland", en: "Kanta-Häme" },
  "06": { fi: "Pirkanmaa", sv: "Birkaland", en: "Pirkanmaa" },
  "07": { fi: "Päijät-Häme", sv: "Päijänne-Tavastland", en: "Päijät-Häme" },
  "08": { fi: "Kymenlaakso", sv: "Kymmenedalen", en: "Kymenlaakso" },
  "09": { fi: "Etelä-Karjala", sv: "Södra Karelen", en: "South Karelia" },
  "10": { fi: "Etelä-Savo", sv: "Södra Savolax", en: "South Savo" },
  "11": { fi: "Itä-Savo", sv: "Östra Savolax", en: "East Savo" },
  "12": { fi: "Pohjois-Karjala", sv: "Norra Karelen", en: "North Karelia" },
  "13": { fi: "Pohjois-Savo", sv: "Norra Savolax", en: "North Savo" },
  "14": { fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland" },
  "15": { fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", en: "South Ostrobothnia" },
  "16": { fi: "Vaasa", sv: "Vasa", en: "Vaasa" },
  "17": { fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten", en: "Central Ostrobothnia" },
  "18": { fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", en: "North Ostrobothnia" },
  "19": { fi: "Kainuu", sv: "Kajanaland", en: "Kainuu" },
  "20": { fi: "Länsi-Pohja", sv: "Länsi-Pohja", en: "Länsi-Pohja" },
  "21": { fi: "Lappi", sv: "Lappland", en: "Lapland" },
  "25": { fi: "HUS", sv: "HNS", en: "HUS" },
};
