/** What a file, URL body or standard input holds, as far as reading it goes. */
export type InputKind = "text" | "html" | "xml-feed" | "json" | "jsonl";

const BY_EXTENSION: Record<string, InputKind> = {
  txt: "text",
  md: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  xml: "xml-feed",
  rss: "xml-feed",
  atom: "xml-feed",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** The extensions a folder is searched for (files without an extension are sniffed too). */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

/** The lower-cased extension of a file name or URL path, without the dot; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.replace(/[?#].*$/, "").split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/**
 * Whether bytes are binary rather than text: a NUL byte, or more than 10% control characters
 * other than tab, newline, carriage return and form feed, in the first 8 KB.
 * UTF-16 text (which has NULs) is recognised by its byte-order mark.
 */
export function isBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) control++;
  }
  return control > sample.length * 0.1;
}

/** The kind of a body from a Content-Type header, or null when the header does not settle it. */
export function kindOfContentType(contentType: string | null): InputKind | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/(rss|atom|rdf)\+xml$/.test(type)) return "xml-feed";
  if (type === "application/feed+json" || type === "application/json") return "json";
  if (type === "application/x-ndjson" || type === "application/jsonl") return "jsonl";
  if (type === "text/plain") return "text";
  return null;
}

/** The kind of a text by its first characters: markup, a feed, JSON, or plain text. */
export function kindOfContent(text: string): InputKind {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) {
    // One JSON object per line is JSON Lines; a document spread over lines is JSON.
    const firstLine = head.split("\n", 1)[0]!.trim();
    return firstLine.endsWith("}") ? "jsonl" : "json";
  }
  if (head.startsWith("<")) {
    const markup = head.replace(/<\?xml[^>]*>|<!--[\s\S]*?-->/g, "").trimStart().toLowerCase();
    if (/^<(rss|feed|rdf:rdf)[\s>]/.test(markup)) return "xml-feed";
    if (/^<(!doctype html|html|head|body|article|div|p|meta|title|h1)[\s>]/.test(markup)) return "html";
    if (head.startsWith("<?xml")) return "xml-feed";
    return "html";
  }
  return "text";
}

/** The kind of an input: by its extension when it has a known one, else by its Content-Type, else by content. */
export function kindOf(name: string, text: string, contentType: string | null = null): InputKind {
  return BY_EXTENSION[extensionOf(name)] ?? kindOfContentType(contentType) ?? kindOfContent(text);
}
