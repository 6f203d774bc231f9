/**
 * Names too weak to keep on their own words ("Kenora", "Saffron Walden", "Hayley"): when
 * nothing else in the article typed them, a lower-case noun of places after one makes it a
 * place ("the Landes département"), the name of a town (the dictionary's smaller places) a
 * place, and a given name alone a person. Runs after coreference, so that a surname of someone
 * named before stays that person.
 */
import type { MentionType } from "../document.js";
import type { ActorDictionary } from "./dictionary.js";
import { isFirstName } from "./first-names.js";
import { endsInFeature, isLocative } from "./guess-type.js";
import { hasCue } from "./name-cues.js";
import { isCapitalised } from "./name-tokens.js";
import type { DraftMention } from "./resolve.js";

/** What the article around a draft looks like, by token index. */
export interface LoneNameContext {
  /** The text of tokens first..last. */
  textOf(first: number, last: number): string;
  /** The lower-cased token i, "" outside the article. */
  wordAt(i: number): string;
  /** The part of speech of token i, "" outside the article. */
  posAt(i: number): string;
}

/** Types the weak bare names that a noun of places, a town's name or a given name settles. */
export function typeLoneNames(drafts: readonly DraftMention[], dictionary: ActorDictionary, context: LoneNameContext): void {
  let shortForms: Map<string, DraftMention> | undefined;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    if (!d.weak || d.phrase.roles.length > 0 || d.phrase.name?.kind !== "unknown") continue;
    shortForms ??= organisationsByLastWord(drafts, context);
    const organisation = d.first === d.last ? shortForms.get(context.textOf(d.first, d.first)) : undefined;
    if (organisation) {
      // "the Boston Bruins … the Bruins": an organisation named in full, then by its last word.
      d.type = organisation.type;
      if (organisation.actor) d.actor = organisation.actor;
      d.via = `${d.via}+short`;
      delete d.weak;
      continue;
    }
    const typed = placeNounAfter(d, context) ?? (isAttributive(d, drafts[n + 1], context) ? null : townOrPerson(d, dictionary, context));
    if (!typed) continue;
    d.type = typed.type;
    d.via = `${d.via}+${typed.via}`;
    delete d.weak;
  }
}

type Typed = { readonly type: MentionType; readonly via: string } | null;

const ARTICLES = new Set(["the", "a", "an"]);
const LINKS = new Set(["of", "the", "and", "&", "de", "-"]);

/** The sure organisations of several words unknown to the dictionary, by their last word ("Bruins" for "Boston Bruins"). */
function organisationsByLastWord(drafts: readonly DraftMention[], context: LoneNameContext): Map<string, DraftMention> {
  const byWord = new Map<string, DraftMention>();
  for (const d of drafts) {
    if (d.weak || d.type !== "ORG" || d.last === d.first || d.phrase.name?.kind !== "unknown" || d.phrase.roles.length > 0) continue;
    const word = context.textOf(d.last, d.last);
    // "Army of the Potomac" is not "the Potomac".
    if (isCapitalised(word) && !endsInFeature(word) && !LINKS.has(context.wordAt(d.last - 1))) byWord.set(word, d);
  }
  return byWord;
}

/** "the Landes département", "the Odenwaldkreis district": a lower-case `place-noun` right after the name. */
function placeNounAfter(d: DraftMention, context: LoneNameContext): Typed {
  return hasCue("place-noun", d.phrase.after) && !isCapitalised(context.textOf(d.last + 1, d.last + 1)) ? { type: "LOC", via: "place-noun" } : null;
}

/**
 * "Christian eastern Beirut", "a Karen guerrilla stronghold", "Vice Foreign Minister": a lone
 * word before a lower-case noun or adjective, or right before another mention, qualifies what
 * follows; it names no person or town there.
 */
function isAttributive(d: DraftMention, next: DraftMention | undefined, context: LoneNameContext): boolean {
  if (next && next.first === d.last + 1) return true;
  const after = context.textOf(d.last + 1, d.last + 1);
  const pos = context.posAt(d.last + 1);
  return (pos === "NOUN" || pos === "ADJ") && !isCapitalised(after);
}

/**
 * A town's name is a place, unless it is a given name used where no one goes ("met Harrison"
 * but "extended to Harrison"), a month, or an event's place ("the Battle of X"). A given name
 * alone is a person; compass words ("West") and words after an article are neither.
 */
function townOrPerson(d: DraftMention, dictionary: ActorDictionary, context: LoneNameContext): Typed {
  const word = context.wordAt(d.first);
  const one = d.first === d.last;
  if (one && (hasCue("time-word", word) || hasCue("loc-first", word))) return null;
  const { before } = d.phrase;
  // English puts no article before a town's or a person's name ("the Chamber", "a Tory government").
  if (ARTICLES.has(before)) return null;
  const given = one && isFirstName(word);
  if (dictionary.minorPlaces.has(context.textOf(d.first, d.last)) && !(before === "of" && hasCue("misc", context.wordAt(d.first - 2)))) {
    if (!given || isLocative(before) || before === "to") return { type: "LOC", via: "town" };
  }
  return given ? { type: "PERSON", via: "given" } : null;
}
