import type { PublishedDate } from "../document.js";
import type { ArticleInput } from "./create-document.js";
import { readDateline } from "./dateline.js";

/**
 * A first line reads as a title when it is short, has no sentence-ending full stop and is
 * followed by more text. A Markdown heading marker is dropped from it.
 */
function splitTitle(text: string): { title: string | null; body: string } {
  const newline = text.indexOf("\n");
  if (newline < 0) return { title: null, body: text };
  const first = text.slice(0, newline).replace(/^#{1,6}\s+/, "").trim();
  const rest = text.slice(newline + 1);
  const words = first.split(/\s+/).length;
  const looksLikeTitle = first.length > 0 && first.length <= 200 && words <= 25 && !/[.!?]["'”’]?$/.test(first) && rest.trim().length > 0;
  return looksLikeTitle ? { title: first, body: rest } : { title: null, body: text };
}

/**
 * Reads a plain-text article: optional title line, then the body. The date is a dateline's
 * when the body opens with one, else `fallback` (`--date`), else unknown.
 */
export function parseText(text: string, origin: string, fallback: PublishedDate | null): ArticleInput {
  const { title, body } = splitTitle(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim());
  const dateline = readDateline(body.trimStart(), fallback);
  const published = dateline?.published ?? fallback;
  const notes =
    dateline?.yearless && !published
      ? [{ code: "date-unknown", severity: "info" as const, reason: `the dateline says ${dateline.yearless} but no year; give --date`, stage: "ingest" }]
      : [];
  return { text: body, title, format: "text", origin, published, source: dateline?.source ?? null, notes };
}
