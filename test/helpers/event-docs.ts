import type { ActorCode, Document, Mention, MentionType, PublishedDate, Quantity, TimeExpression } from "../../src/document.js";
import { withLayers } from "../../src/document.js";
import { createDocument } from "../../src/ingest/create-document.js";
import { tokenize } from "../../src/language/tokens.js";

/** An actor written by hand for a test: the words as they appear, the code, the country. */
export type HandActor = readonly [words: string, code: string | null, country: string | null, type?: MentionType];

/**
 * A tokenised document whose `mentions` layer is built by hand: every occurrence of each actor's
 * words becomes a mention (longest words first), so the coder can be tested without the actor stage.
 */
export function docWithActors(
  text: string,
  actors: readonly HandActor[],
  extra: { published?: string; times?: readonly TimeExpression[]; quantities?: readonly Quantity[] } = {},
): Document {
  const published: PublishedDate | null = extra.published ? { value: extra.published, precision: "day", origin: "flag" } : null;
  const doc = tokenize(createDocument({ text, format: "text", origin: "test", published }));
  const mentions: Mention[] = [];
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const [words, code, country, type] of [...actors].sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + words.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      mentions.push({
        start,
        end,
        text: words,
        type: type ?? (code && code.length === 3 ? "GPE" : "PERSON"),
        actor: code ? { id: words, name: words, code: code as ActorCode, country, sector: country ? code.slice(3) || null : code } : null,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return withLayers(doc, { mentions, times: extra.times ?? [], quantities: extra.quantities ?? [] });
}

/** A DATE time expression at the first occurrence of `words`. */
export function timeAt(text: string, words: string, value: string, range?: { from?: string; to?: string }): TimeExpression {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  const precision = value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
  return { start, end: start + words.length, text: words, value, type: "DATE", precision, ...(range ? { range } : {}) };
}

/** A quantity at the first occurrence of `words` ("more than 300"), counting `unit` when given. */
export function quantityAt(text: string, words: string, value: number, comparator: Quantity["comparator"], unit?: string): Quantity {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words, value, comparator, ...(unit ? { unit } : {}) };
}
