import type { Span, TimeExpression, Token } from "../document.js";

/** A time expression before its words are copied in: what each finder returns. */
export type FoundTime = Omit<TimeExpression, "text">;

/** What an expression means: its value, type and precision. */
export type TimeValue = Pick<TimeExpression, "value" | "type" | "precision">;

/** One sentence as the time finders read it. */
export interface SentenceText {
  /** The whole document text; offsets are into it. */
  readonly text: string;
  readonly span: Span;
  /** The sentence's tokens, in order. */
  readonly tokens: readonly Token[];
}

/** The word that ends right before `offset` ("since" before "July 2021"), lower-cased, and where it starts. */
export function wordBefore(text: string, from: number, offset: number): { readonly word: string; readonly start: number } {
  let end = offset;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // "mid-May": the word before "May" is "mid".
  while (end > from && /[–-]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from && /[\p{L}'’–-]/u.test(text[start - 1]!)) start--;
  return { word: text.slice(start, end).toLowerCase(), start };
}
