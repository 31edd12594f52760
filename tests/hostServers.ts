// Real nginx and Apache servers for the host-recipe test: started on a free port, in a folder of the repository.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { freePort } from "./freePort.ts";

const root = resolve(import.meta.dirname, "..");

/** The first of the names that runs, else null: nginx and apache2 live in /usr/sbin on Debian. */
export function findBinary(names: string[]): string | null {
  for (const name of names) {
    if (name.startsWith("/") ? existsSync(name) : whichSync(name)) return name;
  }
  return null;
}

function whichSync(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface RunningServer {
  url: string;
  stop(): void;
}

/** Waits until the port answers (the server has started), at most 10 s. */
async function answering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer: ${log()}`);
}

/**
 * nginx with hosting/nginx.conf as it is, but for the port and the root: a
 * free port on 127.0.0.1 and this repository's dist/. One process in the
 * foreground, its files in test-results/nginx/.
 */
export async function startNginx(binary: string): Promise<RunningServer> {
  const dir = resolve(root, "test-results/nginx");
  mkdirSync(dir, { recursive: true });
  const port = freePort();
  const recipe = readFileSync(resolve(root, "hosting/nginx.conf"), "utf8")
    .replace(/^\s*listen \[::\]:80;\n/m, "")
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${resolve(root, "dist")};`);
  if (!recipe.includes(`listen 127.0.0.1:${port};`))
    throw new Error("nginx.conf has no `listen 80;`");
  writeFileSync(resolve(dir, "kartta.conf"), recipe);
  writeFileSync(
    resolve(dir, "nginx.conf"),
    [
      "daemon off;",
      "master_process off;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events {}",
      "http {",
      "  access_log off;",
      `  client_body_temp_path ${dir}/body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi;`,
      `  uwsgi_temp_path ${dir}/uwsgi;`,
      `  scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/kartta.conf;`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(binary, ["-p", dir, "-c", `${dir}/nginx.conf`], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  const log = () =>
    existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, "utf8") : "";
  await answering(url, child, log);
  return { url, stop: () => child.kill() };
}

/**
 * Apache httpd with hosting/apache.htaccess included in the <Directory> of this
 * repository's dist/, as AllowOverride would read it; a free port, one
 * process in the foreground (-X), its files in test-results/apache/.
 */
export async function startApache(binary: string): Promise<RunningServer> {
  const dir = resolve(root, "test-results/apache");
  mkdirSync(dir, { recursive: true });
  const port = freePort();
  const modules = "/usr/lib/apache2/modules";
  const dist = resolve(root, "dist");
  writeFileSync(
    resolve(dir, "httpd.conf"),
    [
      `ServerRoot ${dir}`,
      "ServerName 127.0.0.1",
      `Listen 127.0.0.1:${port}`,
      `PidFile ${dir}/httpd.pid`,
      `ErrorLog ${dir}/error.log`,
      ...["mpm_event", "authz_core", "mime", "dir", "headers", "filter", "deflate"].map(
        (m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`,
      ),
      "TypesConfig /etc/mime.types",
      `DocumentRoot ${dist}`,
      `<Directory ${dist}>`,
      "  Require all granted",
      `  Include ${resolve(root, "hosting/apache.htaccess")}`,
      "</Directory>",
      "",
    ].join("\n"),
  );
  execFileSync(binary, ["-t", "-f", `${dir}/httpd.conf`], { stdio: "pipe" });
  const child = spawn(binary, ["-X", "-f", `${dir}/httpd.conf`], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  const log = () =>
    existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, "utf8") : "";
  await answering(url, child, log);
  return { url, stop: () => child.kill() };
}
