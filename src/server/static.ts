import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "hono";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const WEB = join(ROOT, "web");

/** Third-party files the dashboard uses, served from node_modules: nothing comes from a CDN. */
const VENDOR: Readonly<Record<string, string>> = {
  "/vendor/uplot.js": "node_modules/uplot/dist/uPlot.esm.js",
  "/vendor/uplot.css": "node_modules/uplot/dist/uPlot.min.css",
  "/vendor/cytoscape.js": "node_modules/cytoscape/dist/cytoscape.esm.min.mjs",
};

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** The file a dashboard path names, or null for paths outside web/ (no `..` escapes). */
function fileOf(path: string): string | null {
  const vendor = VENDOR[path];
  if (vendor) return join(ROOT, vendor);
  const relative = normalize(decodeURIComponent(path === "/" ? "/index.html" : path)).replace(/^(\.\.[/\\])+/, "");
  const file = join(WEB, relative);
  return file.startsWith(WEB) ? file : null;
}

/** Serves the dashboard's static files; unknown paths get index.html so that deep links work. */
export async function serveWeb(c: Context): Promise<Response> {
  const file = fileOf(c.req.path);
  const read = async (path: string) => readFile(path).catch(() => null);
  let body = file ? await read(file) : null;
  let type = file ? (TYPES[extname(file)] ?? "application/octet-stream") : "";
  if (body === null) {
    if (c.req.path.startsWith("/api/") || extname(c.req.path)) return c.json({ error: { code: "not-found", message: `no such file: ${c.req.path}` } }, 404);
    body = await read(join(WEB, "index.html"));
    type = TYPES[".html"]!;
    if (body === null) return c.text("the dashboard is not built into this installation", 404);
  }
  return c.body(new Uint8Array(body), 200, { "Content-Type": type, "Cache-Control": "no-cache" });
}
