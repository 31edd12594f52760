// The notice of a new version, in Finnish, Swedish and English: loaded with the service worker's registration.
import type { Lang } from "./language.ts";

export const UPDATE_MESSAGES: Record<Lang, { updateReady: string; updateReload: string }> = {
  fi: {
    updateReady: "Kartasta on uusi versio. Nykyinen toimii, kunnes lataat uuden.",
    updateReload: "Lataa uusi versio",
  },
  sv: {
    updateReady:
      "Det finns en ny version av kartan. Den nuvarande fungerar tills du laddar den nya.",
    updateReload: "Ladda den nya versionen",
  },
  en: {
    updateReady: "A new version of the map is available. This one keeps working until you load it.",
    updateReload: "Load the new version",
  },
};

export function tu(lang: Lang, key: keyof (typeof UPDATE_MESSAGES)["fi"]): string {
  return UPDATE_MESSAGES[lang][key];
}
