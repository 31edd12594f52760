// Vite plugin: what a shared link and a crawler see: Open Graph and canonical tags, the preview image, robots.txt, a 404 page.
import type { HtmlTagDescriptor, Plugin } from "vite";
import { previewPng } from "./pictures.ts";

/** The preview image's text alternative (og:image:alt; the tags are in Finnish, the page's first language). */
export const PREVIEW_ALT = {
  fi: "Suomen kartta, jossa 22 hyvinvointialuetta on väritetty kuntien yhteistyöarvioiden mukaan.",
  sv: "Karta över Finland där de 22 välfärdsområdena är färgade efter kommunernas bedömning av samarbetet.",
  en: "Map of Finland with the 22 wellbeing services counties coloured by how municipalities rate their cooperation.",
} as const;

export interface SharingTexts {
  /** The page's title and description in Finnish, the default language. */
  title: string;
  description: string;
  /** The preview image's text alternative. */
  imageAlt: string;
}

/**
 * The site's public address, from SITE_URL at build time ("https://example.org/kartta/"),
 * ending in "/"; null when it is not set or not an http(s) URL. Canonical and
 * og:url need it; without it they are left out and og:image stays relative.
 */
export function siteUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    url.search = "";
    url.hash = "";
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return url.href;
  } catch {
    return null;
  }
}

/** The head tags for sharing: Open Graph, Twitter's card, and with a site URL the canonical link. */
export function sharingTags(texts: SharingTexts, site: string | null): HtmlTagDescriptor[] {
  const meta = (property: string, content: string): HtmlTagDescriptor => ({
    tag: "meta",
    attrs: { [property.startsWith("twitter:") ? "name" : "property"]: property, content },
    injectTo: "head",
  });
  const image = `${site ?? "./"}og-image.png`;
  return [
    ...(site
      ? [
          { tag: "link", attrs: { rel: "canonical", href: site }, injectTo: "head" } as const,
          meta("og:url", site),
        ]
      : []),
    meta("og:type", "website"),
    meta("og:title", texts.title),
    meta("og:description", texts.description),
    // Finnish only: the Swedish and English views are other addresses (?lang=sv), not this one.
    meta("og:locale", "fi_FI"),
    meta("og:image", image),
    meta("og:image:type", "image/png"),
    meta("og:image:width", "1200"),
    meta("og:image:height", "630"),
    meta("og:image:alt", texts.imageAlt),
    meta("twitter:card", "summary_large_image"),
  ];
}

/** robots.txt: everything may be crawled; the sitemap is the page itself when the site URL is known. */
export function robotsTxt(site: string | null): string {
  return `User-agent: *\nAllow: /\n${site ? `\n# The map: ${site}\n` : ""}`;
}

/** The 404 page in three languages, with a link to the map (its site URL, else the host's root). */
export function notFoundPage(site: string | null): string {
  const home = site ?? "/";
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="${home}favicon-32.png" sizes="32x32" type="image/png" />
    <title>Sivua ei löytynyt – Sidan hittades inte – Page not found</title>
  </head>
  <body>
    <main>
      <h1>Sivua ei löytynyt</h1>
      <p>Osoitteessa ei ole sivua. <a href="${home}">Avaa kartta hyvinvointialueista ja työllisyysalueista</a>.</p>
      <h2 lang="sv">Sidan hittades inte</h2>
      <p lang="sv">Det finns ingen sida på adressen. <a href="${home}">Öppna kartan över välfärdsområden och sysselsättningsområden</a>.</p>
      <h2 lang="en">Page not found</h2>
      <p lang="en">There is no page at this address. <a href="${home}">Open the map of wellbeing services counties and employment areas</a>.</p>
    </main>
  </body>
</html>
`;
}

export function sharingPlugin(texts: SharingTexts): Plugin {
  const site = siteUrl(process.env.SITE_URL);
  return {
    name: "sharing",
    apply: "build",
    transformIndexHtml: { order: "post", handler: () => sharingTags(texts, site) },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "og-image.png", source: previewPng() });
      this.emitFile({ type: "asset", fileName: "robots.txt", source: robotsTxt(site) });
      this.emitFile({ type: "asset", fileName: "404.html", source: notFoundPage(site) });
    },
  };
}
