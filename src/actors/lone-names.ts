/**
 * Names too weak to keep on their own words ("Kenora", "Saffron Walden", "Hayley"): when
 * nothing else in the article typed them, a given name alone is a person, and the name of a
 * town (the dictionary's smaller places) a place. Runs after coreference, so that a surname
 * of someone named before stays that person.
 */
import type { ActorDictionary } from "./dictionary.js";
import { isFirstName } from "./first-names.js";
import { isLocative } from "./guess-type.js";
import { hasCue } from "./name-cues.js";
import { isCapitalised } from "./name-tokens.js";
import type { DraftMention } from "./resolve.js";

/**
 * Types as places the weak bare names followed by a noun of places: "the Landes département",
 * "the Odenwaldkreis district", "the Brenna river" (the `place-noun` cues, in lower case).
 */
export function typeNamesBeforePlaceNouns(drafts: readonly DraftMention[], textOf: (first: number, last: number) => string): void {
  for (const d of drafts) {
    if (!d.weak || d.phrase.roles.length > 0 || d.phrase.name?.kind !== "unknown") continue;
    if (!hasCue("place-noun", d.phrase.after) || isCapitalised(textOf(d.last + 1, d.last + 1))) continue;
    d.type = "LOC";
    d.via = `${d.via}+place-noun`;
    delete d.weak;
  }
}

/** Types as places the weak bare names that are the names of towns. */
export function typeTownNames(drafts: readonly DraftMention[], dictionary: ActorDictionary, textOf: (first: number, last: number) => string, wordAt: (i: number) => string): void {
  for (const d of drafts) {
    if (!d.weak || d.phrase.roles.length > 0 || d.phrase.name?.kind !== "unknown") continue;
    const text = textOf(d.first, d.last);
    if (!dictionary.minorPlaces.has(text)) continue;
    // A given name ("Thomas") is a place only where one goes or is ("to Harrison", "at Harrison"); a
    // month ("March") or an event's place ("the Battle of X") is none.
    const word = wordAt(d.first);
    const { before } = d.phrase;
    if (d.first === d.last && ((isFirstName(word) && !isLocative(before) && before !== "to") || hasCue("time-word", word))) continue;
    if (before === "of" && hasCue("misc", wordAt(d.first - 2))) continue;
    d.type = "LOC";
    d.via = `${d.via}+town`;
    delete d.weak;
  }
}

/**
 * Types as people the weak one-word names that are given names ("Hayley", "Stan") and that the
 * tagger reads as proper nouns: given names that are words too ("Rock", "Storm") are mostly the words.
 */
export function typeGivenNames(drafts: readonly DraftMention[], wordAt: (i: number) => string, posAt: (i: number) => string): void {
  for (const d of drafts) {
    if (!d.weak || d.first !== d.last || d.phrase.roles.length > 0 || d.phrase.name?.kind !== "unknown") continue;
    const word = wordAt(d.first);
    if (posAt(d.first) !== "PROPN" || !isFirstName(word) || hasCue("time-word", word)) continue;
    d.type = "PERSON";
    d.via = `${d.via}+given`;
    delete d.weak;
  }
}
