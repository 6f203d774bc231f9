/**
 * Guesses what an unknown capitalised name is (person, organisation, place) from the words in
 * and around it: "X Inc", "Ministry of X", "X River", "in X", "Mr X", by the cues of
 * data/actors/name-cues.yaml.
 */
import type { MentionType } from "../document.js";
import { isFirstName } from "./first-names.js";
import { cueWords, hasCue } from "./name-cues.js";

/** What the words just around a name say about it. */
export interface NameContext {
  /** The lower-cased tokens of the name. */
  readonly words: readonly string[];
  /** The lower-cased token before the name, or "" at the start of a sentence. */
  readonly before: string;
  /** Whether every token of the name is in capitals ("NASA"). */
  readonly acronym: boolean;
  /** Whether the first token is an acronym ("MAC East", "BBC Radio"): no person's name starts so. */
  readonly opensWithAcronym?: boolean;
}

/** Whether a preposition before a name makes it a place ("in Kansas"). */
export function isLocative(word: string): boolean {
  return hasCue("locative", word);
}

/**
 * The likeliest type of an unknown name; "MISC" for events, works and awards, which are no
 * actors; null when nothing points anywhere.
 */
export function guessNameType(context: NameContext): MentionType | "MISC" | null {
  const { words, before } = context;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (hasCue("misc", first) || hasCue("misc", last)) return "MISC";
  if (words.length === 1 && hasMiscSuffix(first)) return "MISC";
  if (words.length > 1 && hasCue("org-last", last)) return "ORG";
  if (words.length > 1 && hasCue("loc-last", last)) return "LOC";
  if (words.length > 1 && hasCue("org-first", first)) return "ORG";
  if (words.some((w) => hasCue("org-inside", w))) return "ORG";
  // "St. Louis Eagles", "West Coast Eagles": a place's name before a plural names a team.
  if (words.length > 1 && hasCue("loc-first", first)) return /[^su]s$/.test(last) ? "ORG" : "LOC";
  // Capitalised plurals counted ("four Registered Historic Places", "two Stanley Cups", not "the 2007 Falcons") are things.
  if (words.length > 1 && /[^su]s$/.test(last) && isCount(before)) return "MISC";
  // "C. H. Douglas", "Delwyn J. Langejans", "William "Cowboy" Cowley": initials and nicknames are people's.
  if (hasInitialOrNickname(words)) return "PERSON";
  if (context.acronym || context.opensWithAcronym) return "ORG";
  if (hasParticleInside(words)) return "PERSON";
  // "in Brittany", "near Florence": after these a one-word name is a place, given name or not.
  if (words.length === 1 && hasCue("place-before", before) && !hasCue("time-word", first)) return "LOC";
  // "the Orlando Sentinel", "the Red Lion": English puts no "the" straight before a person's name.
  if (words.length <= 4 && isFirstName(first)) return before === "the" && words.length > 1 ? "ORG" : "PERSON";
  if (isSurnameFirst(words)) return "PERSON";
  if (hasSurnameEnding(words)) return "PERSON";
  // "Bowling Green Falcons", "Mad Capsule Markets": teams and bands are named in the plural.
  if (words.length > 1 && /[^su]s$/.test(last)) return "ORG";
  if ((isLocative(before) || before === "to") && words.length <= 2) return "LOC";
  if (words.length >= 2 && words.length <= 3) return "PERSON";
  return null;
}

/** Whether a word counts what follows: a figure that is no year, or a word of the `quantity` cue. */
const isCount = (word: string): boolean => (/^\d[\d,]*$/.test(word) && !/^(1[5-9]|20)\d\d$/.test(word)) || hasCue("quantity", word);

const INITIAL = /^\p{L}\.$/u;
const QUOTE_MARK = /["“”]/;

/** "C. H. Douglas", "Delwyn J. Langejans", "William "Cowboy" Cowley": initials or a nickname in quotes before a surname. */
function hasInitialOrNickname(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 6 && !INITIAL.test(words[words.length - 1]!) && words.some((w) => INITIAL.test(w) || QUOTE_MARK.test(w));
}

/** "Catholicism", "Impressionism": a single word with an ending of beliefs and movements. */
function hasMiscSuffix(word: string): boolean {
  for (const suffix of cueWords("misc-suffix")) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  return false;
}

/** Whether a word opens names continued by "of": "University of Kansas", "Gulf of Mexico". */
export function opensName(word: string): boolean {
  return hasCue("org-first", word) || hasCue("opens-name", word);
}

/** "Henrique Lopes de Mendonça", "Ludwig van Beethoven": a particle between capitalised words. */
const hasParticleInside = (words: readonly string[]): boolean => words.length >= 3 && words.length <= 5 && words.slice(1, -1).some((w) => hasCue("particle", w));

/** Whether words look like a person's name on their own: a known given name and a surname, a particle, initials, a nickname inside, or a family name's ending. */
export function isLikelyPersonName(words: readonly string[]): boolean {
  return (words.length >= 2 && isFirstName(words[0] ?? "")) || hasParticleInside(words) || hasInitialOrNickname(words) || isSurnameFirst(words) || hasSurnameEnding(words);
}

/** "Teodor Nowicki", "Ivanna Petrenko": two or three words, the last with an ending of family names. */
function hasSurnameEnding(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1]!;
  // Endings are 3 to 7 letters long (name-cues.yaml); looking each length up is cheaper than trying every ending.
  for (let n = 3; n <= 7 && n + 2 < last.length; n++) if (hasCue("surname-suffix", last.slice(-n))) return true;
  return false;
}

/** "Wang Shichong", "Nguyen Van Thieu": a family name written first, then one or two names. */
const isSurnameFirst = (words: readonly string[]): boolean => words.length >= 2 && words.length <= 3 && hasCue("surname-first", words[0]!);

/** Whether a word ends names of places or organisations ("River", "Tech", "Daily"). */
export function endsInFeature(word: string): boolean {
  const lower = word.toLowerCase();
  return hasCue("loc-last", lower) || hasCue("org-last", lower);
}
