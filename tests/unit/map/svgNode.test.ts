import { describe, expect, it } from "vitest";
import { svgMarkup, svgNode, xmlText } from "../../../src/map/svgNode.ts";

/** What XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes. */
const wellFormedChars = (text: string) =>
  [...text].every((c) => {
    const p = c.codePointAt(0) ?? 0;
    return (
      p === 0x9 ||
      p === 0xa ||
      p === 0xd ||
      (p >= 0x20 && p <= 0xd7ff) ||
      (p >= 0xe000 && p <= 0xfffd) ||
      p >= 0x10000
    );
  });

describe("xmlText and svgMarkup", () => {
  it("removes C0 controls but tab, LF and CR, and U+FFFE and U+FFFF", () => {
    expect(xmlText("a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi")).toBe("abcdefghi");
    expect(xmlText("tab\tline\ncr\r")).toBe("tab\tline\ncr\r");
  });
  it("removes lone surrogates and keeps paired ones (an astral character)", () => {
    expect(xmlText("a\ud800b\udc00c")).toBe("abc");
    expect(xmlText("emoji 😀 ok")).toBe("emoji 😀 ok");
    expect(xmlText("\udc00\ud800")).toBe("");
  });
  it("writes a document of allowed characters only, from text and attributes that carry forbidden ones", () => {
    const hostile = 'x\u0001\ufffe\ud800<y>&"';
    const markup = svgMarkup(svgNode("text", { "data-code": hostile }, hostile));
    expect(wellFormedChars(markup)).toBe(true);
    expect(markup).toBe('<text data-code="x&lt;y&gt;&amp;&quot;">x&lt;y&gt;&amp;&quot;</text>');
  });
});
