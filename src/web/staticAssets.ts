// The built page (web-dist/, made by `vite build`), read once into memory: no request path ever reaches the file system.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface StaticAsset {
  readonly body: Uint8Array;
  readonly type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/** web-dist/ at the package root (this file is two levels below it in src/ and in dist/). */
export function defaultAssetDir(): string {
  return fileURLToPath(new URL("../../web-dist/", import.meta.url));
}

/** URL path ("/", "/assets/x.js") to file; null when the page was not built. */
export function loadStaticAssets(dir: string = defaultAssetDir()): Map<string, StaticAsset> | null {
  if (!existsSync(join(dir, "index.html"))) return null;
  const assets = new Map<string, StaticAsset>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = TYPES[extname(name)];
        if (type !== undefined)
          assets.set(`/${relative(dir, path).split(sep).join("/")}`, { body: readFileSync(path), type });
      }
    }
  };
  walk(dir);
  const index = assets.get("/index.html");
  if (index !== undefined) assets.set("/", index);
  return assets;
}
