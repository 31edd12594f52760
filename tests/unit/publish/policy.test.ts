// The Content Security Policy and the embed's address with a table: the listed origins and nothing else.
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from "../../../csp.ts";
import { fullViewUrl } from "../../../src/share/embed.ts";
import { embedUrl } from "../../../src/share/embedSnippet.ts";

describe("the policy with listed table origins", () => {
  it("adds them to connect-src and changes nothing else", () => {
    const listed = contentSecurityPolicy(["https://data.example.fi"]);
    expect(listed).toContain("connect-src 'self' https://data.example.fi;");
    expect(listed.replace(" https://data.example.fi", "")).toBe(CONTENT_SECURITY_POLICY);
  });
  it("lists none by default", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  });
});

describe("an embed's address", () => {
  it("keeps the table of the fragment and drops the map position", () => {
    expect(embedUrl("https://k.example/?data=local#7/60/25&t=QUJD", "e1")).toBe(
      "https://k.example/?data=local&embed=1&embedId=e1#t=QUJD",
    );
    expect(embedUrl("https://k.example/?metric=planning#7/60/25", "e1")).toBe(
      "https://k.example/?metric=planning&embed=1&embedId=e1",
    );
  });
  it("its full-map link keeps the table and the author's words, not the host's parameters", () => {
    expect(
      fullViewUrl("https://k.example/?data=local&title=Otsikko&embed=1&childId=x#t=QUJD"),
    ).toBe("https://k.example/?data=local&title=Otsikko#t=QUJD");
  });
});
