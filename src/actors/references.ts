/**
 * Look-ups the event coder makes on a document that has its mentions layer: the mention at a
 * character offset, and what a pronoun or "the country" refers to.
 */
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

const PERSONAL = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
const NEUTER = new Set(["it", "its", "itself"]);
const PLURAL = new Set(["they", "them", "their", "theirs", "themselves"]);

/** "Palestinian leaders", "senior officials": people named by a plural role and no name, whom "they" refers to. */
const isPluralRole = (m: Mention): boolean => m.type === "PERSON" && !m.name && /[^s]s$/i.test(m.text);

const isCountry = (m: Mention): boolean => m.actor?.id.startsWith("country:") === true;

/**
 * What the word at token `tokenIndex` refers to: the latest compatible mention with an actor
 * before it. "he"/"she" → a person; "it"/"its" → a state or organisation; "they" → a group
 * or organisation; "country" (in "the country") → a state; "countries" after "two"/"both" →
 * the two latest states. Empty when the word is none of these or nothing fits.
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
  const earlier = (doc.layers.mentions ?? []).filter((m) => m.end <= token.start && m.actor !== null).reverse();
  let fits: ((m: Mention) => boolean) | null = null;
  let wanted = 1;
  if (PERSONAL.has(word)) fits = (m) => m.type === "PERSON";
  else if (NEUTER.has(word)) fits = (m) => m.type === "GPE" || m.type === "ORG" || m.type === "IGO" || m.type === "COMPANY";
  else if (PLURAL.has(word)) fits = (m) => m.type === "GROUP" || m.type === "ORG" || m.type === "IGO" || isPluralRole(m);
  else if (word === "country" || word === "nation" || word === "state") fits = isCountry;
  else if (word === "countries" && (before === "two" || before === "both")) {
    fits = isCountry;
    wanted = 2;
  }
  if (!fits) return [];
  const found: Mention[] = [];
  const seen = new Set<string>();
  for (const m of earlier) {
    if (!fits(m) || seen.has(m.actor!.id)) continue;
    seen.add(m.actor!.id);
    found.push(m);
    if (found.length === wanted) break;
  }
  return found.length === wanted ? found : [];
}
