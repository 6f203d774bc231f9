import { estimateJaccard } from "./minhash.js";
import type { StoryProfile } from "./profile.js";

/** How two articles relate: copies of one text, or two texts about one happening, or neither. */
export type StoryLink = "duplicate" | "rewrite" | "same-story";

export interface PairScore {
  /** Estimated Jaccard similarity of the two bodies' word shingles. */
  readonly shingles: number;
  /** Weighted Jaccard similarity of content words, names, actors and event signatures. */
  readonly content: number;
  /**
   * Weighted Jaccard similarity of what the two tell, each word weighed by how often it is used
   * (`storySimilarity`); null when the link was settled before it was needed.
   */
  readonly story: number | null;
  /** How far the two name the same people, places and bodies, as often (`nameAgreement`); null when not needed. */
  readonly names: number | null;
  readonly link: StoryLink | null;
}

/** Shingle Jaccard at or above which two bodies are one text (copies, re-headlined, trimmed). */
export const DUPLICATE_JACCARD = 0.5;
/**
 * A rewrite keeps most of the words while swapping, moving or replacing some: its shingles
 * drop fast (30 % of words swapped leaves J ≈ 0.15) but its content words barely change.
 * Two independent reports of one happening share far fewer content words (≈ 0.2–0.4).
 */
export const REWRITE_JACCARD = 0.25;
export const REWRITE_CONTENT_WITH_SHINGLES = 0.4;
export const REWRITE_CONTENT = 0.6;
/**
 * A body with fewer content words than this is a rewrite of nothing: a dozen words ("Qtly div
 * three cts vs three cts prior, pay April six") cannot tell a retold text from a template brief
 * of another firm. It can still be a copy, a near-exact one.
 */
export const MIN_REWRITE_TERMS = 20;
/** Shingle Jaccard at which such a short body is a copy: a date or a figure changed in a dozen words takes a quarter of its shingles. */
export const SHORT_DUPLICATE_JACCARD = 0.8;
/**
 * Story similarity at or above which two articles tell one story, when they agree on names.
 * Reports of one happening by different hands share few exact words; two similar happenings
 * (two quakes, two title fights of one boxer) share many topic words: the name agreement
 * below, not this threshold, is what tells those apart.
 */
export const SAME_STORY_SIMILARITY = 0.1;
/**
 * Name agreement below which two articles are about different protagonists: a boxer's two
 * fights share the boxer but not the opponent, whom each report names again and again.
 */
export const SAME_STORY_NAMES = 0.25;
/**
 * Articles dated further apart than this are not one story, unless one copies the other.
 * Reports of one happening by different hands come within days; with a week, a trade's daily
 * briefs (offerings, money-market reports) chained into stories of hundreds on Reuters-21578.
 */
export const MAX_STORY_DAYS = 3;

// Names say which happening; a coded event (dyad and root) says what happened.
const NAME_WEIGHT = 2;
const ACTOR_WEIGHT = 2;
const EVENT_WEIGHT = 3;

/** Adds a sorted list's weighted intersection and union with another sorted list. */
function weighedOverlap(a: readonly string[], b: readonly string[], weightOf: (item: string) => number): [number, number] {
  let i = 0;
  let j = 0;
  let shared = 0;
  let all = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && (y === undefined || x < y)) {
      all += weightOf(x);
      i++;
    } else if (y !== undefined && (x === undefined || y < x)) {
      all += weightOf(y);
      j++;
    } else {
      const w = weightOf(x!);
      shared += w;
      all += w;
      i++;
      j++;
    }
  }
  return [shared, all];
}

/**
 * What a profile's comparisons need, worked out once: it is compared with many others (and a
 * cached profile with many new articles). Per term, in `terms` order: whether it is one of the
 * profile's names, and 1 + ln(count); names that are not among the terms (a hand-made
 * profile), which the weights must still see.
 */
interface Derived {
  readonly names: ReadonlySet<string>;
  readonly isName: Uint8Array;
  readonly useWeight: Float64Array;
  readonly otherNames: ReadonlySet<string>;
  readonly twoSided: readonly string[];
  readonly numbers: readonly string[];
  readonly countries: ReadonlySet<string>;
}

const derived = new WeakMap<StoryProfile, Derived>();
function derivedOf(profile: StoryProfile): Derived {
  let found = derived.get(profile);
  if (!found) {
    const names = new Set(profile.names);
    const isName = new Uint8Array(profile.terms.length);
    const useWeight = new Float64Array(profile.terms.length);
    profile.terms.forEach((t, i) => {
      isName[i] = names.has(t) ? 1 : 0;
      useWeight[i] = 1 + Math.log(countOf(profile, i));
    });
    const terms = new Set(profile.terms);
    const otherNames = new Set(profile.names.filter((n) => !terms.has(n)));
    derived.set(profile, (found = { names, isName, useWeight, otherNames, twoSided: twoSided(profile.events), numbers: profile.terms.filter((t) => NUMBER.test(t)), countries: new Set(profile.countries) }));
  }
  return found;
}

/** Whether a term of one profile is a name of the other, which does not have it among its terms. */
const namedByOther = (other: Derived, term: string): boolean => other.otherNames.size > 0 && other.otherNames.has(term);

/** Weighted intersection and union of two profiles' terms, once plain and once weighed by use. */
export interface TermOverlap {
  readonly shared: number;
  readonly all: number;
  readonly sharedByUse: number;
  readonly allByUse: number;
}

/**
 * Weighted overlap of two profiles' sorted terms: a term weighs `NAME_WEIGHT` when either names
 * it, else 1; once as it is, and once times its uses' weight on each side (Σ min / Σ max).
 * Walks the two lists once for both: a pair is scored on both, and this is most of its cost.
 */
function termOverlap(a: StoryProfile, b: StoryProfile): TermOverlap {
  const [da, db] = [derivedOf(a), derivedOf(b)];
  const [ta, tb] = [a.terms, b.terms];
  let i = 0;
  let j = 0;
  let shared = 0;
  let all = 0;
  let sharedByUse = 0;
  let allByUse = 0;
  while (i < ta.length || j < tb.length) {
    const x = ta[i];
    const y = tb[j];
    if (x !== undefined && (y === undefined || x < y)) {
      const w = da.isName[i] === 1 || namedByOther(db, x) ? NAME_WEIGHT : 1;
      all += w;
      allByUse += w * da.useWeight[i]!;
      i++;
    } else if (y !== undefined && (x === undefined || y < x)) {
      const w = db.isName[j] === 1 || namedByOther(da, y) ? NAME_WEIGHT : 1;
      all += w;
      allByUse += w * db.useWeight[j]!;
      j++;
    } else {
      const w = da.isName[i] === 1 || db.isName[j] === 1 ? NAME_WEIGHT : 1;
      shared += w;
      all += w;
      const [wa, wb] = [w * da.useWeight[i]!, w * db.useWeight[j]!];
      sharedByUse += Math.min(wa, wb);
      allByUse += Math.max(wa, wb);
      i++;
      j++;
    }
  }
  return { shared, all, sharedByUse, allByUse };
}

/** Weighted Jaccard similarity of what two articles talk about (`terms`: their `termOverlap`, when already worked out). */
export function contentSimilarity(a: StoryProfile, b: StoryProfile, terms: TermOverlap = termOverlap(a, b)): number {
  const [actorsShared, actorsAll] = weighedOverlap(a.actors, b.actors, () => ACTOR_WEIGHT);
  const [eventsShared, eventsAll] = weighedOverlap(a.events, b.events, () => EVENT_WEIGHT);
  const all = terms.all + actorsAll + eventsAll;
  return all === 0 ? 0 : (terms.shared + actorsShared + eventsShared) / all;
}

/** How often each term of a profile occurs (once each for a profile stored before counts were kept). */
function countOf(profile: StoryProfile, i: number): number {
  return profile.counts?.[i] ?? 1;
}

/** Events with both sides known: "-> -:01" (someone said something) is in every article. */
const twoSided = (events: readonly string[]): string[] => events.filter((e) => !e.startsWith("-") && !/>-:/.test(e));

/**
 * What two articles tell in common: weighted Jaccard of their content words, a word weighing
 * more the more often each uses it (1 + ln count) and twice as a name, together with the named
 * actors and the two-sided events they share.
 */
export function storySimilarity(a: StoryProfile, b: StoryProfile, terms: TermOverlap = termOverlap(a, b)): number {
  const [actorsShared, actorsAll] = weighedOverlap(a.named ?? [], b.named ?? [], () => ACTOR_WEIGHT);
  const [eventsShared, eventsAll] = weighedOverlap(derivedOf(a).twoSided, derivedOf(b).twoSided, () => EVENT_WEIGHT);
  const all = terms.allByUse + actorsAll + eventsAll;
  return all === 0 ? 0 : (terms.sharedByUse + actorsShared + eventsShared) / all;
}

/**
 * How far two articles name the same people, places and bodies as often: weighted Jaccard of
 * the names either uses, each weighing √count. A name one report repeats and the other never
 * uses (the other fight's opponent) pulls it down. 1 when neither names anyone.
 */
export function nameAgreement(a: StoryProfile, b: StoryProfile): number {
  const usesA = salientOf(a).counts;
  const usesB = salientOf(b).counts;
  let shared = 0;
  let all = 0;
  for (const name of new Set([...a.names, ...b.names])) {
    const [x, y] = [Math.sqrt(usesA.get(name) ?? 0), Math.sqrt(usesB.get(name) ?? 0)];
    shared += Math.min(x, y);
    all += Math.max(x, y);
  }
  return all === 0 ? 1 : shared / all;
}

/** A name an article is about is used at least this often… */
const SALIENT_USES = 4;
/** …and at least this share as often as the article's most used name. */
const SALIENT_SHARE = 0.5;

// A profile is compared with many others: its term counts and salient names are found once.
const salient = new WeakMap<StoryProfile, { readonly counts: ReadonlyMap<string, number>; readonly names: readonly string[] }>();
function salientOf(profile: StoryProfile): { readonly counts: ReadonlyMap<string, number>; readonly names: readonly string[] } {
  let found = salient.get(profile);
  if (!found) {
    const counts = new Map(profile.terms.map((t, i) => [t, countOf(profile, i)]));
    const used = profile.names.map((n) => [n, counts.get(n) ?? 0] as const);
    const most = Math.max(0, ...used.map(([, c]) => c));
    const names = used.filter(([, c]) => c >= SALIENT_USES && c >= SALIENT_SHARE * most).map(([n]) => n);
    salient.set(profile, (found = { counts, names }));
  }
  return found;
}

/** Story similarity at which two names in common, neither repeated, still make one story ("Tara Reid" once in each). */
export const TWO_NAMES_SIMILARITY = 0.2;

/**
 * Whether two articles share a protagonist: a name each uses at least twice, or two names and
 * a story similarity of `TWO_NAMES_SIMILARITY`; a country's name does not count. Reports of one
 * happening by different hands share few words but name the same people, places or bodies
 * again and again; two briefs of one trade share its vocabulary ("shares", "offering",
 * "dividend") and passing names ("Canada", "Japanese"), which alone chained unrelated briefs
 * into stories of thousands.
 */
export function sharesProtagonist(a: StoryProfile, b: StoryProfile, story: number): boolean {
  const usesA = salientOf(a).counts;
  const usesB = salientOf(b).counts;
  const [da, db] = [derivedOf(a), derivedOf(b)];
  const shared: string[] = [];
  for (const name of a.names) {
    const inB = usesB.get(name) ?? 0;
    if (inB === 0 || !db.names.has(name) || da.countries.has(name) || db.countries.has(name)) continue;
    if (inB >= 2 && (usesA.get(name) ?? 0) >= 2) return true;
    shared.push(name);
  }
  return story >= TWO_NAMES_SIMILARITY && distinctNames(shared, a, b) >= 2;
}

/** How many names these are once the parts of one longer name in either article count once ("Drexel Burnham Lambert"). */
function distinctNames(names: readonly string[], a: StoryProfile, b: StoryProfile): number {
  if (names.length < 2) return names.length;
  const joined = new Set([...(a.joined ?? []), ...(b.joined ?? [])]);
  const group = names.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const pair = [names[i]!, names[j]!].sort().join(" ");
      if (joined.has(pair)) group[find(i)] = find(j);
    }
  }
  return new Set(names.map((_, i) => find(i))).size;
}

/** Whether one article is about someone the other barely mentions (once at most). */
const aboutOther = (a: StoryProfile, b: StoryProfile): boolean => salientOf(a).names.some((n) => (salientOf(b).counts.get(n) ?? 0) <= 1);

/**
 * Whether two articles are about different protagonists: each repeats a name the other uses
 * once at most (one boxer's two fights: each report is about its own opponent).
 */
export function namesDiffer(a: StoryProfile, b: StoryProfile): boolean {
  return aboutOther(a, b) && aboutOther(b, a);
}

/**
 * Whether two articles open on different subjects: neither uses the other's first-named
 * protagonist ("Quaker Oats Co said it filed…", "Mobil Corp filed…"). Two briefs of one trade
 * name the same regulator or underwriter again and again; who filed is what tells them apart.
 */
export function leadsDiffer(a: StoryProfile, b: StoryProfile): boolean {
  const [la, lb] = [a.lead ?? [], b.lead ?? []];
  if (la.length === 0 || lb.length === 0) return false;
  const [usesA, usesB] = [salientOf(a).counts, salientOf(b).counts];
  return la.every((w) => !usesB.has(w)) && lb.every((w) => !usesA.has(w));
}

/** Share of their numbers two bodies must have in common to be copies of one text. */
export const COPY_NUMBERS = 0.5;

/**
 * Whether two bodies can be copies of one text by their numbers. A copy, trimmed or lightly
 * rewritten, keeps its figures; a template brief ("Qtly div 12 cts vs 12 cts prior, pay April
 * 1") repeats the words of every other one with figures of its own. True when either states
 * fewer than two numbers: then they tell nothing.
 */
export function numbersAgree(a: StoryProfile, b: StoryProfile): boolean {
  const [na, nb] = [numbersOf(a), numbersOf(b)];
  if (na.length < 2 || nb.length < 2) return true;
  const [shared, all] = weighedOverlap(na, nb, () => 1);
  return shared >= COPY_NUMBERS * all;
}

const NUMBER = /^\d+$/;
const numbersOf = (profile: StoryProfile): readonly string[] => derivedOf(profile).numbers;

/** Days between two YYYY-MM-DD days, or null when either is unknown. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  return Math.abs(timeOf(a) - timeOf(b)) / 86_400_000;
}

// Every pair scored asks for two days' times, and there are only so many days: each is parsed once.
const times = new Map<string, number>();
function timeOf(day: string): number {
  let time = times.get(day);
  if (time === undefined) times.set(day, (time = Date.parse(`${day}T00:00:00Z`)));
  return time;
}

/**
 * Scores a pair of articles. The result depends on the two profiles only, never on the order
 * they came in or on other articles: that is what makes story grouping order-independent.
 */
export function scorePair(a: StoryProfile, b: StoryProfile): PairScore {
  const shingles = estimateJaccard(a.signature, b.signature);
  const terms = termOverlap(a, b);
  const content = contentSimilarity(a, b, terms);
  const settled = { shingles, content, story: null, names: null };
  const copyable = numbersAgree(a, b);
  const short = a.terms.length < MIN_REWRITE_TERMS || b.terms.length < MIN_REWRITE_TERMS;
  if (copyable && shingles >= (short ? SHORT_DUPLICATE_JACCARD : DUPLICATE_JACCARD)) return { ...settled, link: "duplicate" };
  if (copyable && !short && ((shingles >= REWRITE_JACCARD && content >= REWRITE_CONTENT_WITH_SHINGLES) || content >= REWRITE_CONTENT)) {
    return { ...settled, link: "rewrite" };
  }
  const days = daysBetween(a.day, b.day);
  if (days !== null && days > MAX_STORY_DAYS) return { ...settled, link: null };
  // Each test only when the one before passed: most candidates fail the first, and this runs per candidate.
  const story = storySimilarity(a, b, terms);
  if (story < SAME_STORY_SIMILARITY) return { ...settled, story, link: null };
  const names = nameAgreement(a, b);
  const linked = names >= SAME_STORY_NAMES && sharesProtagonist(a, b, story) && !namesDiffer(a, b) && !leadsDiffer(a, b);
  return { shingles, content, story, names, link: linked ? "same-story" : null };
}
