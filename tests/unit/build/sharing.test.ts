import { describe, expect, it } from "vitest";
import { notFoundPage, robotsTxt, sharingTags, siteUrl } from "../../../build/sharingPlugin.ts";

const texts = { title: "Kartta", description: "Kuvaus", imageAlt: "Suomen kartta" };
const attr = (tags: ReturnType<typeof sharingTags>, key: string) =>
  tags.find((t) => t.attrs?.property === key || t.attrs?.name === key || t.attrs?.rel === key)
    ?.attrs;

describe("siteUrl", () => {
  it("keeps an http(s) address as a folder, without query or hash", () => {
    expect(siteUrl("https://example.org/kartta")).toBe("https://example.org/kartta/");
    expect(siteUrl("https://example.org/kartta/?a=1#x")).toBe("https://example.org/kartta/");
  });
  it("is null when unset or not a web address", () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl("")).toBeNull();
    expect(siteUrl("kartta")).toBeNull();
    expect(siteUrl("ftp://example.org/")).toBeNull();
  });
});

describe("sharingTags", () => {
  it("with a site address, give the canonical link, og:url and an absolute preview image", () => {
    const tags = sharingTags(texts, "https://example.org/kartta/");
    expect(attr(tags, "canonical")?.href).toBe("https://example.org/kartta/");
    expect(attr(tags, "og:url")?.content).toBe("https://example.org/kartta/");
    expect(attr(tags, "og:image")?.content).toBe("https://example.org/kartta/og-image.png");
    expect(attr(tags, "og:image:alt")?.content).toBe("Suomen kartta");
    expect(attr(tags, "twitter:card")?.content).toBe("summary_large_image");
  });
  it("without one, leave out canonical and og:url, and point to the image beside the page", () => {
    const tags = sharingTags(texts, null);
    expect(attr(tags, "canonical")).toBeUndefined();
    expect(attr(tags, "og:url")).toBeUndefined();
    expect(attr(tags, "og:image")?.content).toBe("./og-image.png");
  });
});

describe("robots.txt and the 404 page", () => {
  it("allow every crawler everywhere", () => {
    expect(robotsTxt(null)).toBe("User-agent: *\nAllow: /\n");
  });
  it("link the 404 page to the map's address, or the host's root without one", () => {
    expect(notFoundPage("https://example.org/kartta/")).toContain(
      'href="https://example.org/kartta/"',
    );
    expect(notFoundPage(null)).toContain('<a href="/">');
  });
});
