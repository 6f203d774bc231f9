import type { ArticleId, Document, Mention, ResolvedActor, Span } from "../document.js";
import { bandsOf, hashString, signatureOf } from "./minhash.js";
import { storyStopwords, storyTitleWords } from "./stopwords.js";

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
  /**
   * How often each of `terms` occurs, in the same order: an article's protagonists are named
   * again and again, a passing mention once. Absent from profiles stored before it existed.
   */
  readonly counts?: readonly number[];
  /** Capitalised words inside sentences, lower-cased: the people, places and bodies named. */
  readonly names: readonly string[];
  /** Actor codes of resolved mentions, sorted, each once. */
  readonly actors: readonly string[];
  /**
   * Dictionary ids of the named actors mentioned (people, bodies, firms: not a bare country or
   * role, which half the news shares), sorted, each once. Absent from older stored profiles.
   */
  readonly named?: readonly string[];
  /**
   * Names that name a country (its name, demonym or capital: "Japan", "Japanese", "Tokyo"),
   * sorted, each once. Half the news names a country again and again, so a country shared is
   * no sign of one story. Absent from older stored profiles.
   */
  readonly countries?: readonly string[];
  /**
   * Names written together as parts of one longer name, each pair "a b" ("drexel burnham",
   * "securities exchange" from "Securities and Exchange Commission"), sorted, each once: two
   * articles that share such a name share one name, not two. Absent from older stored profiles.
   */
  readonly joined?: readonly string[];
  /** Event signatures "SOURCE>TARGET:root", sorted, each once. */
  readonly events: readonly string[];
  /**
   * The words of the first proper name the body mentions that is not a country's ("quaker",
   * "oat" from "Quaker Oats Co said…"), sorted: who the article is about. Absent from older
   * stored profiles.
   */
  readonly lead?: readonly string[];
}

/** Words shorter than this carry little (numbers excepted). */
const MIN_TERM_LENGTH = 3;
/** Shingles are runs of this many words: long enough that topic words alone do not match. */
const SHINGLE_WORDS = 3;

const POSSESSIVE = /'s?$/;

/** Share of capitalised long words from which a line is in title case. */
const TITLE_CASE_SHARE = 0.8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Before a sentence-initial capital: start of text, line break, or end punctuation and quotes.
const SENTENCE_START = /(^|[\n.!?:;"“”‘’'(—-])\s*$/u;

interface Word {
  readonly lower: string;
  readonly isName: boolean;
  /** Offset in the document's text. */
  readonly start: number;
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

/** Words of four letters or more in a line: what tells a headline in title case from a sentence. */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Whether a line is set in title case ("Ellen DeGeneres To Host The Oscars"): most of its long
 * words capitalised. Its capitals say nothing of names.
 */
function isTitleCase(line: string): boolean {
  const long = line.match(LONG_WORD) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * long.length;
}

function wordsOf(doc: Document): Word[] {
  const words: Word[] = [];
  for (const span of bodySpans(doc)) {
    const text = doc.text.slice(span.start, span.end);
    let lineStart = 0;
    for (const line of text.split("\n")) {
      const titleCase = isTitleCase(line);
      for (const m of line.matchAll(WORD)) {
        const word = m[0];
        const at = lineStart + m.index;
        const before = text.slice(Math.max(0, at - 4), at);
        const capitalised = !titleCase && /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.slice(0, 4));
        words.push({ lower: word.toLowerCase().replace(/’/g, "'"), isName: capitalised && !SENTENCE_START.test(before) && at > 0, start: span.start + at });
      }
      lineStart += line.length + 1;
    }
  }
  return words;
}

/** Folds a possessive and a plural onto the bare word, roughly: "Klitschko's" is "klitschko", "prisoners" "prisoner". */
function termOf(word: string): string {
  if (POSSESSIVE.test(word) && word.length > 3) return word.replace(POSSESSIVE, "");
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Each distinct value once, sorted, with how often it occurs. */
function counted(values: readonly string[]): { values: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  return { values: sorted, counts: sorted.map((v) => counts.get(v)!) };
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

/** A named actor: one the dictionary knows by name, not a bare country or role ("country:USA", "role:police"). */
function isNamed(actor: ResolvedActor): boolean {
  return !/^(country|role):/.test(actor.id);
}

/** Words that join the parts of one name: "Bank of England", "Securities and Exchange Commission". */
const NAME_JOINERS = new Set(["of", "and", "&", "for", "de", "the"]);

/**
 * Pairs of names that are parts of one longer name: next to each other, or with joining words
 * and title words ("Commission", "Inc") between them, and no punctuation.
 */
function joinedNames(doc: Document, words: readonly Word[], isName: (w: Word) => boolean, titleWords: ReadonlySet<string>): string[] {
  const pairs: string[] = [];
  let last: Word | null = null;
  let lastEnd = 0;
  for (const w of words) {
    const gap = doc.text.slice(lastEnd, w.start);
    if (last !== null && !/^[\s&]*$/.test(gap)) last = null;
    if (isName(w)) {
      if (last !== null && last.lower !== w.lower) pairs.push([termOf(last.lower), termOf(w.lower)].sort().join(" "));
      last = w;
    } else if (!NAME_JOINERS.has(w.lower) && !(titleWords.has(w.lower) && /^\p{Lu}/u.test(doc.text.slice(w.start, w.start + 1)))) {
      last = null;
    }
    lastEnd = w.start + w.lower.length;
  }
  return pairs;
}

/** The names that fall inside a mention of a country (its name, people or capital). */
function countryNames(names: readonly Word[], mentions: readonly Mention[]): Word[] {
  const spans = mentions.filter((m) => m.actor?.id.startsWith("country:"));
  return names.filter((w) => spans.some((m) => m.start <= w.start && w.start < m.end));
}

/**
 * The words of the first proper name among the mentions that is not a country's: a report
 * names its subject first. Sentence-initial words count here ("Mobil Corp filed…"), title
 * words and legal forms do not.
 */
function leadOf(words: readonly Word[], mentions: readonly Mention[], text: string, stopwords: ReadonlySet<string>, titleWords: ReadonlySet<string>): string[] {
  const ordered = mentions.filter((m) => m.name !== undefined && !m.actor?.id.startsWith("country:")).sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    const lead = words.filter((w) => w.start >= m.name!.start && w.start < m.name!.end && w.lower.length >= MIN_TERM_LENGTH && /^\p{Lu}/u.test(text.slice(w.start, w.start + 1)) &&
      !stopwords.has(w.lower) && !titleWords.has(w.lower.replace(POSSESSIVE, "")));
    if (lead.length > 0) return sortedUnique(lead.map((w) => termOf(w.lower)));
  }
  return [];
}

/** Builds the story profile of an annotated document. */
export function storyProfileOf(doc: Document): StoryProfile {
  const stopwords = storyStopwords();
  const titleWords = storyTitleWords();
  const words = wordsOf(doc);
  // "People's" is as common as "people".
  const content = words.filter((w) => !stopwords.has(w.lower.replace(POSSESSIVE, "")) && (w.lower.length >= MIN_TERM_LENGTH || /^\d+$/.test(w.lower)));
  const terms = counted(content.map((w) => termOf(w.lower)));
  const mentions = doc.layers.mentions ?? [];
  // "Bank's" is a title word as "Bank" is.
  const names = content.filter((w) => w.isName && !titleWords.has(w.lower.replace(POSSESSIVE, "")));
  const nameWords = new Set(names);
  return {
    id: doc.meta.id,
    day: dayOf(doc),
    source: doc.meta.source,
    signature: signatureOf(shinglesOf(words.map((w) => w.lower), stopwords)),
    terms: terms.values,
    counts: terms.counts,
    names: sortedUnique(names.map((w) => termOf(w.lower))),
    actors: sortedUnique(mentions.flatMap((m) => (m.actor && isSpecific(m.actor) ? [m.actor.code as string] : []))),
    named: sortedUnique(mentions.flatMap((m) => (m.actor && isNamed(m.actor) ? [m.actor.id] : []))),
    countries: sortedUnique(countryNames(names, mentions).map((w) => termOf(w.lower))),
    joined: sortedUnique(joinedNames(doc, words, (w) => nameWords.has(w), titleWords)),
    events: sortedUnique((doc.layers.events ?? []).map((e) => `${e.source ?? "-"}>${e.target ?? "-"}:${e.root}`)),
    lead: leadOf(words, mentions, doc.text, stopwords, titleWords),
  };
}

/** The LSH bucket keys of a profile. */
export function bucketsOf(profile: StoryProfile): string[] {
  return bandsOf(profile.signature);
}
