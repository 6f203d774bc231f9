import type { PublishedDate } from "../document.js";
import type { ArticleInput } from "./create-document.js";

/**
 * A first line reads as a title when it is short, has no sentence-ending full stop and is
 * followed by more text.
 */
function splitTitle(text: string): { title: string | null; body: string } {
  const newline = text.indexOf("\n");
  if (newline < 0) return { title: null, body: text };
  const first = text.slice(0, newline).trim();
  const rest = text.slice(newline + 1);
  const words = first.split(/\s+/).length;
  const looksLikeTitle = first.length > 0 && first.length <= 200 && words <= 25 && !/[.!?]["'”’]?$/.test(first) && rest.trim().length > 0;
  return looksLikeTitle ? { title: first, body: rest } : { title: null, body: text };
}

/** Reads a plain-text article: optional title line, then the body. */
export function parseText(text: string, origin: string, published: PublishedDate | null): ArticleInput {
  const { title, body } = splitTitle(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim());
  return { text: body, title, format: "text", origin, published };
}
