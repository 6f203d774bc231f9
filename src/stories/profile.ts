import type { ArticleId, Document, ResolvedActor, Span } from "../document.js";
import { bandsOf, hashString, signatureOf } from "./minhash.js";
import { storyStopwords } from "./stopwords.js";

/**
 * What story grouping knows of an article: a MinHash signature of its body's word shingles
 * (boilerplate left out), its content words and names, the actor codes it mentions, the
 * events it codes (dyad and root), its day and its outlet. Plain data, so a store can keep it.
 */
export interface StoryProfile {
  readonly id: ArticleId;
  /** Publication day, YYYY-MM-DD, or null when the article has no date. */
  readonly day: string | null;
  readonly source: string | null;
  readonly signature: readonly number[];
  /** Content words (stopwords left out), sorted, each once. */
  readonly terms: readonly string[];
  /** Capitalised words inside sentences, lower-cased: the people, places and bodies named. */
  readonly names: readonly string[];
  /** Actor codes of resolved mentions, sorted, each once. */
  readonly actors: readonly string[];
  /** Event signatures "SOURCE>TARGET:root", sorted, each once. */
  readonly events: readonly string[];
}

/** Words shorter than this carry little (numbers excepted). */
const MIN_TERM_LENGTH = 3;
/** Shingles are runs of this many words: long enough that topic words alone do not match. */
const SHINGLE_WORDS = 3;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Before a sentence-initial capital: start of text, line break, or end punctuation and quotes.
const SENTENCE_START = /(^|[\n.!?:;"“”‘’'(—-])\s*$/u;

interface Word {
  readonly lower: string;
  readonly isName: boolean;
}

/** The stretches of the text outside boilerplate, in order. */
function bodySpans(doc: Document): Span[] {
  const boilerplate = [...(doc.layers.boilerplate ?? [])].sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let cursor = 0;
  for (const b of boilerplate) {
    if (b.start > cursor) spans.push({ start: cursor, end: b.start });
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < doc.text.length) spans.push({ start: cursor, end: doc.text.length });
  return spans;
}

function wordsOf(doc: Document): Word[] {
  const words: Word[] = [];
  for (const span of bodySpans(doc)) {
    const text = doc.text.slice(span.start, span.end);
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const capitalised = /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.slice(0, 4));
      words.push({ lower: word.toLowerCase().replace(/’/g, "'"), isName: capitalised && !SENTENCE_START.test(before) && m.index > 0 });
    }
  }
  return words;
}

/** Folds a plural onto its singular, roughly: enough to match "prisoners" with "prisoner". */
function termOf(word: string): string {
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * Hashes of the word shingles of a body, for MinHash. Shingles of stopwords only ("one of the",
 * "said on the") are in every article and would put unrelated ones in one LSH bucket.
 */
export function shinglesOf(words: readonly string[], stopwords: ReadonlySet<string> = new Set()): Set<number> {
  const shingles = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) shingles.add(hashString(words.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS);
    if (shingle.every((w) => stopwords.has(w))) continue;
    shingles.add(hashString(shingle.join(" ")));
  }
  return shingles;
}

/** The day part of an ISO date, when it is known to the day. */
function dayOf(doc: Document): string | null {
  const value = doc.meta.published?.value;
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** A bare role ("police", "civilians": a sector without a country) is in every other article: it tells no story apart. */
function isSpecific(actor: ResolvedActor): boolean {
  return !(actor.country === null && actor.sector !== null);
}

/** Builds the story profile of an annotated document. */
export function storyProfileOf(doc: Document): StoryProfile {
  const stopwords = storyStopwords();
  const words = wordsOf(doc);
  const content = words.filter((w) => !stopwords.has(w.lower) && (w.lower.length >= MIN_TERM_LENGTH || /^\d+$/.test(w.lower)));
  return {
    id: doc.meta.id,
    day: dayOf(doc),
    source: doc.meta.source,
    signature: signatureOf(shinglesOf(words.map((w) => w.lower), stopwords)),
    terms: sortedUnique(content.map((w) => termOf(w.lower))),
    names: sortedUnique(content.filter((w) => w.isName).map((w) => w.lower)),
    actors: sortedUnique((doc.layers.mentions ?? []).flatMap((m) => (m.actor && isSpecific(m.actor) ? [m.actor.code as string] : []))),
    events: sortedUnique((doc.layers.events ?? []).map((e) => `${e.source ?? "-"}>${e.target ?? "-"}:${e.root}`)),
  };
}

/** The LSH bucket keys of a profile. */
export function bucketsOf(profile: StoryProfile): string[] {
  return bandsOf(profile.signature);
}
