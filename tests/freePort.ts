// A free TCP port on 127.0.0.1, asked of the system synchronously (the Playwright config cannot wait).
import { execFileSync } from "node:child_process";

/**
 * A port nothing listens on now: a child process binds port 0 on 127.0.0.1,
 * prints the port the system gave it, and closes it. Another program may take
 * the port in the moment between, as with any free-port search; the server is
 * started with `--strictPort`, so that shows as a clear error, never a test
 * against the wrong server.
 */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer();" +
    "s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  const port = Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no free port found (got "${port}")`);
  return port;
}
