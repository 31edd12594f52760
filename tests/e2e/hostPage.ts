// A newsroom's article page on another origin (localhost, where the app is 127.0.0.1), serving
// the HTML a test gives it: embeds run there as they would in an article.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Host {
  url: string;
  close(): void;
}

/** Serves `html` at /article.html on a free port of localhost. */
export async function serveHost(html: string): Promise<Host> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/article.html`,
    close: () => server.close(),
  };
}

/** An article holding `body`, recording the heights its frames post (the app's own form). */
export const article = (body: string) => `<!doctype html><html><head><meta charset="utf-8">
  <title>Article</title><style>body{margin:0;font-family:serif}</style>
  <script>window.posted = {};
    window.addEventListener("message", (event) => {
      if (event.data?.type !== "hyvinvointialueet-kartta:height") return;
      [...document.querySelectorAll("iframe")].forEach((frame, i) => {
        if (frame.contentWindow === event.source) window.posted[i] = event.data.height;
      });
    });</script></head><body><h1>News</h1>${body}<p>More article.</p></body></html>`;
