/**
 * Builds the synthetic corpus for the stories benchmark and tests: each article of
 * `SOURCE_ARTICLES` and copies of it made by known edits (exact copy, new headline, added
 * boilerplate, trimmed, sentences reordered, 5/15/30 % of words swapped), so that which pairs
 * are near-duplicates and which articles tell one story is known.
 */
import type { BoilerplateSpan } from "../src/document.js";
import type { ArticleInput } from "../src/ingest/create-document.js";
import type { SourceArticle } from "./stories-articles.js";
import { SOURCE_ARTICLES } from "./stories-articles.js";
import { randomFrom } from "./generate.js";

export type EditKind = "exact" | "headline" | "boilerplate" | "trimmed" | "reordered" | "swap5" | "swap15" | "swap30";
export const EDIT_KINDS: readonly EditKind[] = ["exact", "headline", "boilerplate", "trimmed", "reordered", "swap5", "swap15", "swap30"];

export interface CorpusArticle {
  readonly input: ArticleInput;
  /** The source article it was made from (its own key for an original). */
  readonly family: string;
  readonly kind: EditKind | "original";
  /** The happening it reports: the gold story. */
  readonly story: string;
  readonly topic: string;
  /** The boilerplate added by the edit, as the ingest stage marks it (offsets into `input.text`). */
  readonly boilerplate: readonly BoilerplateSpan[];
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Words a rewriting editor swaps for others of the same sense.
const SYNONYMS: Readonly<Record<string, string>> = {
  said: "stated", says: "states", told: "informed", people: "persons", killed: "left dead", about: "around",
  more: "over", began: "started", after: "following", before: "ahead of", police: "officers", government: "authorities",
  city: "town", large: "big", largest: "biggest", week: "seven days", houses: "homes", homes: "houses", help: "assist",
  called: "described", strong: "powerful", demand: "call for", demanding: "calling for", urged: "called on", warned: "cautioned",
  agreed: "consented", announced: "declared", rose: "climbed", fell: "dropped", closed: "shut", left: "departed",
};

/** Replaces a share of the words: by a synonym when one is known, else by swapping with the next word. */
function swapWords(text: string, share: number, random: () => number): string {
  const parts = text.split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    if (random() >= share) continue;
    const word = parts[i]!;
    const bare = word.replace(/[^\p{L}]/gu, "");
    const synonym = SYNONYMS[bare.toLowerCase()];
    if (synonym && bare === bare.toLowerCase()) parts[i] = word.replace(bare, synonym);
    else if (i + 2 < parts.length) [parts[i], parts[i + 2]] = [parts[i + 2]!, word];
  }
  return parts.join("");
}

const sentencesOf = (paragraph: string): string[] => paragraph.match(/[^.!?]+[.!?]+["”]?\s*/g)?.map((s) => s.trim()) ?? [paragraph];

interface Edited {
  readonly title: string;
  readonly text: string;
  readonly boilerplate?: readonly BoilerplateSpan[];
}

function edit(article: SourceArticle, kind: EditKind, others: readonly SourceArticle[], random: () => number): Edited {
  const paragraphs = article.text.split(/\n\n/);
  switch (kind) {
    case "exact":
      return { title: article.title, text: article.text };
    case "headline":
      return { title: `UPDATE: ${article.title.toLowerCase()} — what we know`, text: article.text };
    case "boilerplate": {
      const share = "Share on Facebook | Share on X | Email this story";
      const readAlso = `Read also:\n${others.slice(0, 3).map((o) => `• ${o.title}`).join("\n")}`;
      const subscribe = "Subscribe to our morning newsletter to get the day's top stories.";
      const text = `${share}\n\n${article.text}\n\n${readAlso}\n\n${subscribe}`;
      const at = (part: string) => text.indexOf(part);
      return {
        title: article.title,
        text,
        boilerplate: [
          { start: 0, end: share.length, kind: "share" },
          { start: at(readAlso), end: at(readAlso) + readAlso.length, kind: "link-list" },
          { start: at(subscribe), end: at(subscribe) + subscribe.length, kind: "subscribe" },
        ],
      };
    }
    case "trimmed": {
      const kept = paragraphs.slice(0, Math.max(1, paragraphs.length - 1));
      return { title: article.title, text: kept.join("\n\n") };
    }
    case "reordered": {
      const reordered = shuffled(paragraphs, random).map((p) => shuffled(sentencesOf(p), random).join(" "));
      return { title: article.title, text: reordered.join("\n\n") };
    }
    case "swap5":
      return { title: article.title, text: swapWords(article.text, 0.05, random) };
    case "swap15":
      return { title: article.title, text: swapWords(article.text, 0.15, random) };
    case "swap30":
      return { title: article.title, text: swapWords(article.text, 0.3, random) };
  }
}

/** The day after an ISO day: copies run a day later than the original. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The originals and, for each, one copy per edit kind in `kinds`. */
export function buildStoriesCorpus(kinds: readonly EditKind[] = EDIT_KINDS, seed = 5): CorpusArticle[] {
  const random = randomFrom(seed);
  const corpus: CorpusArticle[] = [];
  SOURCE_ARTICLES.forEach((article, n) => {
    const base = { family: article.key, story: article.story, topic: article.topic };
    const published = (day: string) => ({ value: day, precision: "day" as const, origin: "input" as const });
    corpus.push({ ...base, kind: "original", boilerplate: [], input: { id: article.key, text: article.text, title: article.title, source: article.source, published: published(article.date), format: "jsonl", origin: `corpus:${article.key}`, language: "en" } });
    const others = SOURCE_ARTICLES.filter((_, i) => i !== n && (i * 7 + n) % 5 === 0);
    kinds.forEach((kind, k) => {
      const { title, text, boilerplate = [] } = edit(article, kind, others, random);
      const day = k % 2 === 0 ? article.date : nextDay(article.date);
      corpus.push({ ...base, kind, boilerplate, input: { id: `${article.key}~${kind}`, text, title, source: `Copy Desk ${k + 1}`, published: published(day), format: "jsonl", origin: `corpus:${article.key}~${kind}`, language: "en" } });
    });
  });
  return corpus;
}
