// src=: which addresses may be fetched, and what is said when a table cannot be had.
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchTable, nameOf } from "../../../src/publish/fetchTable.ts";
import { allowedSrc, parseOrigins } from "../../../src/publish/tableOrigins.ts";

const PAGE = "https://kartta.example.fi/hyvinvointi/?data=local";

describe("allowedSrc", () => {
  it("resolves a relative address against the page: the app's own origin is always allowed", () => {
    expect(allowedSrc("data/t.csv", PAGE, [])).toEqual({
      url: new URL("https://kartta.example.fi/hyvinvointi/data/t.csv"),
    });
  });
  it("refuses an origin not listed, by name, and allows a listed one", () => {
    expect(allowedSrc("https://evil.example/t.csv", PAGE, [])).toEqual({
      kind: "origin",
      origin: "https://evil.example",
    });
    expect(
      "url" in allowedSrc("https://data.example.fi/t.csv", PAGE, ["https://data.example.fi"]),
    ).toBe(true);
  });
  it("refuses what is not http(s): javascript:, data:, file:", () => {
    for (const src of ["javascript:alert(1)", "data:text/csv,a;1", "file:///etc/passwd"])
      expect(allowedSrc(src, PAGE, [])).toEqual({ kind: "notHttp" });
  });
});

describe("parseOrigins", () => {
  it("reads a list of origins, and stops the build on anything else", () => {
    expect(parseOrigins("https://a.example, http://b.example:8080/")).toEqual([
      "https://a.example",
      "http://b.example:8080",
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
    expect(() => parseOrigins("https://a.example/data")).toThrow(/not an origin/);
    expect(() => parseOrigins("*")).toThrow(/not an origin/);
  });
});

describe("fetchTable", () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: string, init: ResponseInit & { url?: string } = {}) =>
    vi.fn(async () =>
      Object.defineProperty(new Response(body, init), "url", { value: init.url ?? "" }),
    );

  it("reads a table on the app's origin, named by its file", async () => {
    vi.stubGlobal("fetch", answer("a;b\n1;2", { headers: { "content-type": "text/csv" } }));
    const got = await fetchTable("data/t%C3%A4.csv", PAGE, []);
    expect(got).toMatchObject({ ok: true, name: "tä.csv" });
  });
  it("names a 404, a web page, a timeout", async () => {
    vi.stubGlobal("fetch", answer("", { status: 404 }));
    expect(await fetchTable("t.csv", PAGE, [])).toEqual({
      ok: false,
      problem: { kind: "status", status: 404 },
    });
    vi.stubGlobal(
      "fetch",
      answer("<!doctype html><p>Not here", { headers: { "content-type": "text/html" } }),
    );
    expect(await fetchTable("t.csv", PAGE, [])).toEqual({ ok: false, problem: { kind: "html" } });
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: URL, init: RequestInit) =>
          new Promise((_, reject) =>
            init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
          ),
      ),
    );
    expect(await fetchTable("t.csv", PAGE, [], 20)).toEqual({
      ok: false,
      problem: { kind: "timeout", seconds: 0 },
    });
  });
  it("makes no request for an origin not listed", async () => {
    const spy = answer("a;b");
    vi.stubGlobal("fetch", spy);
    expect(await fetchTable("https://evil.example/t.csv", PAGE, [])).toMatchObject({ ok: false });
    expect(spy).not.toHaveBeenCalled();
  });
  it("refuses a redirect to an origin not listed", async () => {
    vi.stubGlobal("fetch", answer("a;b", { url: "https://evil.example/t.csv" }));
    expect(await fetchTable("t.csv", PAGE, [])).toEqual({
      ok: false,
      problem: { kind: "origin", origin: "https://evil.example" },
    });
  });
  it("a file's name is its last path segment", () => {
    expect(nameOf(new URL("https://x.example/a/b%20c.csv"))).toBe("b c.csv");
  });
});
