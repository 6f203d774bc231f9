/**
 * Finds the pieces of actor mentions in one sentence, in one left-to-right pass: the longest
 * dictionary name or role noun at each token (through the trie built once at load), and runs
 * of capitalised tokens that no dictionary knows. Known names glued to unknown capitalised
 * words ("Melania Trump", "Washington Post") become one unknown name.
 */
import type { Token } from "../document.js";
import type { ActorDictionary, NameTarget, RoleNoun } from "./dictionary.js";
import { isFirstName } from "./first-names.js";
import { endsInFeature, opensName } from "./guess-type.js";
import { cueWords, hasCue } from "./name-cues.js";
import { isAllCaps, isCapitalised, tokenKey } from "./name-tokens.js";

/**
 * A piece of a mention. Every piece has every field, written in one order (see `namePiece`,
 * `rolePiece`, `unknown`), so that the rules reading them see one object shape: with three or
 * more shapes their reads went megamorphic, ~8% of the stage's CPU.
 */
export type Piece =
  | { readonly kind: "name"; readonly first: number; readonly last: number; readonly targets: readonly NameTarget[]; readonly role?: undefined; readonly country?: undefined; readonly placeFirst?: undefined }
  | { readonly kind: "role"; readonly first: number; readonly last: number; readonly targets?: undefined; readonly role: RoleNoun; readonly country?: undefined; readonly placeFirst?: undefined }
  | {
      readonly kind: "unknown";
      readonly first: number;
      readonly last: number;
      readonly targets?: undefined;
      /** The institution noun that ends or opens the name ("Court", "Ministry of…"). */
      readonly role?: RoleNoun | undefined;
      /** The country a demonym inside the name gives it ("Belarusian Supreme Court"). */
      readonly country?: readonly NameTarget[] | undefined;
      /** Whether the name opens with a place's name ("Connecticut Lottery", "Paxton Water Tower"). */
      readonly placeFirst?: boolean | undefined;
    };

const namePiece = (first: number, last: number, targets: readonly NameTarget[]): Piece => ({ kind: "name", first, last, targets, role: undefined, country: undefined, placeFirst: undefined });
const rolePiece = (first: number, last: number, role: RoleNoun): Piece => ({ kind: "role", first, last, targets: undefined, role, country: undefined, placeFirst: undefined });

/** The texts of a sentence's tokens (what the trie walks over). */
export function tokenTexts(text: string, tokens: readonly Token[], from: number, to: number): string[] {
  const texts: string[] = [];
  for (let i = from; i < to; i++) texts.push(text.slice(tokens[i]!.start, tokens[i]!.end));
  return texts;
}

function isNameToken(token: Token, text: string, atSentenceStart: boolean): boolean {
  // Call signs and model names mix digits and capitals: "6PR", "MTV2", "3AW".
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) return /^\d+[A-Z][A-Z0-9]*$/.test(text);
  if (!isCapitalised(text) || !/\p{L}/u.test(text) || hasCue("not-name", text.toLowerCase())) return false;
  if (token.pos === "PROPN") return true;
  // A capitalised "The" inside a sentence belongs to the name after it ("The Mad Capsule Markets").
  if (text === "The") return !atSentenceStart;
  if (atSentenceStart) return false;
  return token.pos === "NOUN" || token.pos === "ADJ" || token.pos === "X" || token.pos === "VERB";
}

/** Digits written against a capitalised word are part of its name: "6PR", "3AW", "883JIA". */
function isNumberPrefix(tokens: readonly Token[], texts: readonly string[], from: number, k: number): boolean {
  // Asked of every token that is no name: most do not open with a digit, and no regex need run.
  const code = texts[k]!.charCodeAt(0);
  if (!(code >= 48 && code <= 57)) return false;
  const next = tokens[from + k + 1];
  return /^\d+$/.test(texts[k]!) && next !== undefined && next.start === tokens[from + k]!.end && /^[A-Z]/.test(texts[k + 1] ?? "") && !hasCue("not-name", (texts[k + 1] ?? "").toLowerCase());
}

const isCountryish = (p: Piece): boolean => p.kind === "name" && p.targets.every((t) => t.use === "demonym" || t.use === "people");
const isPlace = (p: Piece): boolean => p.kind === "name" && p.targets.every((t) => t.actor.kind === "country");

/** The raw pieces of a sentence: dictionary names, role nouns and single unknown name tokens. */
function rawPieces(dictionary: ActorDictionary, tokens: readonly Token[], texts: readonly string[], lower: string | null, from: number, inTime: ReadonlySet<number>): Piece[] {
  const { trie } = dictionary;
  // Keys are made only for the tokens the trie's filter lets through, and those after them.
  const keys: string[] = [];
  const keyAt = (k: number): string => (keys[k] ??= lower === null ? tokenKey(texts[k]!) : lower.slice(tokens[from + k]!.start, tokens[from + k]!.end));
  const pieces: Piece[] = [];
  for (let k = 0; k < texts.length; ) {
    const token = tokens[from + k]!;
    const opens = lower === null ? trie.mayOpen(keyAt(k), 0, keyAt(k).length) : trie.mayOpen(lower, token.start, token.end);
    const match = opens ? trie.longestAt(texts, k, keyAt) : null;
    // A match that stops inside a word is no match: "Bali" in "Baliński", which wink-nlp splits.
    if (match && !continuesWord(tokens, texts, from, k + match.length - 1)) {
      const first = from + k;
      const last = first + match.length - 1;
      // A plain loop: flatMap and find cost a tenth of the stage at every match.
      const targets: NameTarget[] = [];
      let role: RoleNoun | undefined;
      for (const v of match.values) {
        if (v.kind === "name") targets.push(v.target);
        else role ??= v.role;
      }
      // A name the dictionary knows wins over a role noun of the same words ("Kremlin").
      if (targets.length > 0) pieces.push(namePiece(first, last, targets));
      else if (role) pieces.push(rolePiece(first, last, role));
      k += match.length;
      continue;
    }
    let end = k;
    while (continuesWord(tokens, texts, from, end)) end++;
    if (!inTime.has(from + k) && (isNameToken(tokens[from + k]!, texts[k]!, k === 0) || isNumberPrefix(tokens, texts, from, k))) pieces.push(unknown(from + k, from + end));
    k = end + 1;
  }
  return pieces;
}

const LETTERS = /^\p{L}+$/u;

/**
 * Whether the token after `texts[k]` goes on with the same word: wink-nlp splits words at some
 * letters outside ASCII ("Bali|ń|ski", "Łę|czyca"), leaving pieces of letters with no space between.
 */
function continuesWord(tokens: readonly Token[], texts: readonly string[], from: number, k: number): boolean {
  const next = tokens[from + k + 1];
  return next !== undefined && k + 1 < texts.length && next.start === tokens[from + k]!.end && LETTERS.test(texts[k]!) && LETTERS.test(texts[k + 1]!);
}

/**
 * Joins adjacent pieces into names: unknown runs (with particles, "&", "-", and "of" after a
 * word that opens names such as "University"), known names glued to unknown words, and
 * capitalised institution nouns closing or opening a name ("Supreme Court", "Ministry of
 * Defence").
 */
function joinPieces(pieces: readonly Piece[], texts: readonly string[], from: number, tokens: readonly Token[]): Piece[] {
  const textAt = (i: number): string => texts[i - from] ?? "";
  const isInstitution = (p: Piece): p is Extract<Piece, { kind: "role" }> =>
    p.kind === "role" && p.role.kind === "body" && isCapitalised(textAt(p.first)) && isCapitalised(textAt(p.last));
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const gap = prev ? piece.first - prev.last - 1 : -1;
    let merged: Piece | null = null;
    if (prev && gap === 0) merged = mergeTouching(prev, piece, isInstitution, textAt);
    // A hyphen joins only when written without spaces ("Rolls-Royce", not "Enlightenment - Moses").
    else if (prev && gap === 1 && (textAt(prev.last + 1) !== "-" || tokens[prev.last]!.end === tokens[piece.first]!.start - 1)) {
      merged = mergeAcross(prev, textAt(prev.last + 1), piece, textAt, isInstitution);
    }
    // "World Organization of the Scout Movement", "Army of the North": "of the" goes on as "of" does.
    else if (prev && gap === 2 && textAt(prev.last + 1) === "of" && textAt(prev.last + 2) === "the" && (piece.kind === "unknown" || !isPlace(piece))) {
      merged = mergeAcross(prev, "of", piece, textAt, isInstitution);
    }
    // "Committee for the Protection of Journalists": "for the" goes on as "for" does.
    else if (prev && gap === 2 && textAt(prev.last + 1) === "for" && textAt(prev.last + 2) === "the") {
      merged = mergeAcross(prev, "for", piece, textAt, isInstitution);
    }
    // "Joaquin de la Pezuela", "Ursula von der Leyen": two particles between the parts of a name.
    else if (prev && gap === 2 && prev.kind === "unknown" && piece.kind !== "role" && hasCue("particle", textAt(prev.last + 1).toLowerCase()) && hasCue("particle", textAt(prev.last + 2).toLowerCase())) {
      merged = unknown(prev.first, piece.last, prev.role);
    }
    if (merged) out[out.length - 1] = merged;
    else out.push(piece);
  }
  joinNicknames(out, textAt);
  joinCoordinated(out, textAt);
  // Once names are whole: "U.S. Sixth Fleet", "Gaza City": a state or place before a name that
  // ends in a word of organisations or places opens it, as when that name is one word ("Jordan River").
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.kind === "name" && b.kind === "unknown" && b.first === a.last + 1 && b.last > b.first && isPlace(a) && !isCountryish(a) && !b.country && endsInFeature(textAt(b.last))) {
      out.splice(i, 2, { ...unknown(a.first, b.last, b.role), placeFirst: true });
    }
  }
  // "King County", "Queen Victoria Street": a capitalised title before a name
  // with a noun of places opens the place's name.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.kind === "role" && a.first === a.last && (a.role.kind === "title" || a.role.kind === "person") && b.kind === "unknown" && b.first === a.last + 1 && !b.country && isCapitalised(textAt(a.first)) && !isAllCaps(textAt(a.first)) && hasPlaceWord(b, textAt)) {
      out.splice(i, 2, unknown(a.first, b.last, b.role));
    }
  }
  // Once names are whole: a demonym opening an institution's name is part of it ("American
  // Physical Society", "Belarusian Supreme Court"), and gives it its country.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.kind === "name" && isCountryish(a) && b.kind === "unknown" && !b.country && b.first === a.last + 1 && (b.role !== undefined || endsInFeature(textAt(b.last)) || hasOrganisationWord(b, textAt))) {
      // "West Australian Football League": a compass word before the demonym opens the name too.
      const opener = out[i - 1];
      const compass = opener?.kind === "unknown" && opener.first === opener.last && opener.last === a.first - 1 && hasCue("loc-first", textAt(opener.first).toLowerCase());
      out.splice(compass ? i - 1 : i, compass ? 3 : 2, { ...unknown(compass ? opener.first : a.first, b.last, b.role), country: a.targets });
      if (compass) i--;
    }
  }
  splitTitledPeople(out, textAt);
  // "65th Air Division", "3 Wing": the number of a military unit is part of its name.
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    const before = p.first - 1;
    if (p.kind !== "unknown" || before < from) continue;
    const number = textAt(before);
    const code = number.charCodeAt(0);
    if (code >= 48 && code <= 57 && /^\d+(st|nd|rd|th|d)?$/.test(number) && hasCue("unit", textAt(p.last).toLowerCase())) out[i] = { ...p, first: before };
  }
  return out;
}

const QUOTES = new Set(['"', "“", "”"]);

/**
 * "County Coroner William McLaughlin", "Hall of Famer Bill McKechnie": capitalised words before
 * a given name and one or two more are a description, not part of the person's name, when the
 * last of them has an ending of nouns for people (`title-suffix`: "Coroner", "Famer"); they are
 * left out. "Gotthold Ephraim Lessing", "Mary Ann Smith" stay one name, and so do names ending in
 * a word of organisations or places ("West Virginia University").
 */
function splitTitledPeople(out: Piece[], textAt: (i: number) => string): void {
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (p.kind !== "unknown" || p.role !== undefined || p.country || p.placeFirst || p.last - p.first < 2) continue;
    const last = textAt(p.last);
    // "East Kent Hunt": a compass word opens a place's name, not a description of a person.
    if (endsInFeature(last) || hasCue("loc-first", textAt(p.first).toLowerCase())) continue;
    for (let k = Math.max(p.first + 1, p.last - 2); k < p.last; k++) {
      const word = textAt(k);
      if (!isFirstName(word) || !/^\p{Lu}\p{Ll}/u.test(word) || isFirstName(textAt(k - 1)) || !hasTitleSuffix(textAt(k - 1).toLowerCase())) continue;
      let capitals = true;
      for (let j = k + 1; j <= p.last && capitals; j++) capitals = isCapitalised(textAt(j));
      if (!capitals) continue;
      out[i] = unknown(k, p.last);
      break;
    }
  }
}

/** Whether a word ends as nouns for people do ("Coroner", "Famer", "Chairman"), by the `title-suffix` cues. */
function hasTitleSuffix(word: string): boolean {
  for (const suffix of cueWords("title-suffix")) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  return false;
}

/**
 * "William Mailes "Cowboy" Cowley": a nickname in quotes between the parts of a person's name
 * joins them into one name.
 */
function joinNicknames(out: Piece[], textAt: (i: number) => string): void {
  for (let i = out.length - 3; i >= 0; i--) {
    const [a, nick, b] = [out[i]!, out[i + 1], out[i + 2]];
    if (!nick || !b || a.kind !== "unknown" || nick.kind !== "unknown" || b.kind === "role" || b.last !== b.first) continue;
    if (nick.last - nick.first > 1 || nick.first !== a.last + 2 || b.first !== nick.last + 2) continue;
    if (QUOTES.has(textAt(a.last + 1)) && QUOTES.has(textAt(nick.last + 1))) out.splice(i, 3, unknown(a.first, b.last, a.role));
  }
}

/**
 * Names that join two names with "and" or "&": "Portland and Ogdensburg Railroad" (a name
 * whose last word joins two places, by the `joins-and` cues) and "Institute of Arts and
 * Sciences" (a name continued by "of" whose last word is a plural, then one more word).
 * "A, B and C Railway" joins all three.
 */
function joinCoordinated(out: Piece[], textAt: (i: number) => string): void {
  const isAnd = (i: number): boolean => textAt(i) === "and" || textAt(i) === "&";
  for (let i = out.length - 1; i > 0; i--) {
    const b = out[i]!;
    const a = out[i - 1]!;
    if (b.kind !== "unknown" || b.first !== a.last + 2 || !isAnd(a.last + 1) || a.kind === "role") continue;
    const joint = hasCue("joins-and", textAt(b.last).toLowerCase()) && a.last - a.first < 3 && (a.kind === "unknown" || isPlace(a));
    let hasOf = false;
    for (let k = a.first + 1; k < a.last; k++) if (textAt(k) === "of") hasOf = true;
    const ofList = a.kind === "unknown" && hasOf && /[^su]s$/.test(textAt(a.last)) && b.first === b.last;
    if (!joint && !ofList) continue;
    let first = a.first;
    // "Wiscasset, Waterville and Farmington Railway": the names listed before with commas.
    let j = i - 1;
    while (joint && j >= 1 && textAt(out[j]!.first - 1) === "," && out[j - 1]!.last === out[j]!.first - 2 && out[j - 1]!.kind !== "role" && out[j - 1]!.last === out[j - 1]!.first) first = out[--j]!.first;
    out.splice(j, i - j + 1, unknown(first, b.last, b.role ?? (a.kind === "unknown" ? a.role : undefined)));
    i = j;
  }
}

/** Whether a word inside an unknown name makes it an organisation's ("League of Rights"). */
function hasOrganisationWord(p: Piece, textAt: (i: number) => string): boolean {
  for (let i = p.first; i <= p.last; i++) if (hasCue("org-inside", textAt(i).toLowerCase())) return true;
  return false;
}

/**
 * Whether an unknown name holds a noun of places ("County", "River"; the `place-noun` cues), or
 * ends in a word of places' names ("Regent Street") with no given name first ("Tom Hill" is a person).
 */
function hasPlaceWord(p: Piece, textAt: (i: number) => string): boolean {
  for (let i = p.first; i <= p.last; i++) if (hasCue("place-noun", textAt(i).toLowerCase())) return true;
  return p.last > p.first && hasCue("loc-last", textAt(p.last).toLowerCase()) && !isFirstName(textAt(p.first));
}

/** `piece` with what its opening piece `from` carried: a country, or that it opens with a place. */
function withOpening(piece: UnknownPiece, from: Piece): UnknownPiece {
  if (from.kind !== "unknown" || (!from.country && !from.placeFirst)) return piece;
  return { ...piece, ...(from.country ? { country: from.country } : {}), ...(from.placeFirst ? { placeFirst: true } : {}) };
}

type UnknownPiece = Extract<Piece, { kind: "unknown" }>;

const unknown = (first: number, last: number, role?: RoleNoun): UnknownPiece => ({ kind: "unknown", first, last, targets: undefined, role, country: undefined, placeFirst: undefined });

/** Two touching pieces as one name, or null when they stay apart. */
function mergeTouching(a: Piece, b: Piece, isInstitution: (p: Piece) => boolean, textAt: (i: number) => string): Piece | null {
  if (a.kind === "unknown" && b.kind === "unknown") return withOpening(unknown(a.first, b.last, a.role ?? b.role), a);
  // "Florence Nightingale", "Mary Smith": a place called like a person, before a name, is a given name.
  if (a.kind === "name" && a.first === a.last && isPlace(a) && isFirstName(textAt(a.first)) && (b.kind === "unknown" || (b.kind === "name" && !isCountryish(b)))) return unknown(a.first, b.last);
  // "Melania Trump", "Washington Post": a known name glued to unknown capitalised words is another name.
  if (a.kind === "unknown" && b.kind === "name" && !isCountryish(b)) return unknown(a.first, b.last, a.role);
  // A state or place before unknown words stays itself ("UK Edition", "US Open"), unless they
  // end in an institution or a feature ("Jordan River" is another name).
  if (a.kind === "name" && b.kind === "unknown" && !isCountryish(a) && (!isPlace(a) || !isAllCaps(textAt(a.last)) || b.role !== undefined || endsInFeature(textAt(b.last)))) return isPlace(a) ? { ...unknown(a.first, b.last, b.role), placeFirst: true } : unknown(a.first, b.last, b.role);
  // "Major League Baseball", "General Motors": a capitalised rank or title opening an organisation's name is part of it.
  if (a.kind === "role" && a.first === a.last && (a.role.kind === "title" || a.role.sector === "MIL") && b.kind === "unknown" && isCapitalised(textAt(a.first)) && !isAllCaps(textAt(a.first)) && (hasOrganisationWord(b, textAt) || hasCue("org-last", textAt(b.last).toLowerCase()))) return unknown(a.first, b.last, b.role);
  // "College Football Hall", "Senate Office Building": a capitalised institution opening a name; the name
  // is a place when its last word says so.
  if (a.kind === "role" && isInstitution(a) && a.first === a.last && b.kind === "unknown" && !b.country) return unknown(a.first, b.last, b.role ?? (hasCue("loc-last", textAt(b.last).toLowerCase()) ? undefined : a.role));
  // "Supreme Court", "Labour Party": an institution named with capitals; "Outback Press", "Harwick
  // Media": so is a group's noun that ends names of organisations.
  if (a.kind === "unknown" && b.kind === "role" && (isInstitution(b) || (b.role.kind === "group" && isCapitalised(textAt(b.first)) && hasCue("org-last", textAt(b.last).toLowerCase())))) return withOpening(unknown(a.first, b.last, b.role), a);
  // "Tom King", "Lucy Marshal", "Alexander Pope": after a given name, a capitalised role word is a surname.
  if (a.kind === "unknown" && b.kind === "role" && b.first === b.last && b.role.kind !== "body" && b.role.kind !== "act" && isCapitalised(textAt(b.first)) && !isAllCaps(textAt(b.first)) && isFirstName(textAt(a.last))) return withOpening(unknown(a.first, b.last, a.role), a);
  return null;
}

/** Two pieces with one word between them as one name, or null. */
function mergeAcross(a: Piece, between: string, b: Piece, textAt: (i: number) => string, isInstitution: (p: Piece) => boolean): Piece | null {
  const namey = (p: Piece): boolean => p.kind === "unknown" || (p.kind === "name" && !isCountryish(p));
  // "Procter & Gamble", but not two names listed with "&".
  const joins = hasCue("particle", between) || between === "-" || (between === "&" && a.first === a.last);
  if (joins && a.kind === "unknown" && namey(b)) return unknown(a.first, b.last, a.role);
  // "Howe's Brigade", "Nicholson's Limited": a family name's possessive before a word that ends
  // names of organisations or places; an organisation's ("Discovery Institute's Center") owns the other.
  if ((between === "'s" || between === "’s") && a.kind === "unknown" && b.kind === "unknown" && endsInFeature(textAt(b.last)) && !endsInFeature(textAt(a.last)) && a.role === undefined) return unknown(a.first, b.last, b.role);
  // "Institute for Palestinian Studies", "Council for European Security": a word of organisations
  // that their names continue with "for" (the `joins-for` cues).
  if (between === "for" && (b.kind === "unknown" || b.kind === "name") && a.kind !== "name" && (a.kind === "unknown" || isInstitution(a)) && hasCue("joins-for", textAt(a.last).toLowerCase())) return unknown(a.first, b.last, a.role);
  if (between !== "of" || !(b.kind === "unknown" || b.kind === "name")) return null;
  // "Ministry of Defence", "University of Kansas", "Bank of England", "Gulf of Mexico"; a
  // capitalised institution goes on the same way ("D.C. Court of Appeals", "National Party of Australia").
  if (a.kind === "role" && isInstitution(a)) return unknown(a.first, b.last, a.role);
  if (a.kind === "unknown" && a.role !== undefined && a.role.kind === "body") return unknown(a.first, b.last, a.role);
  // "Boy Scouts of America": a name in the plural continued by "of".
  // A word that opens names does so at the start: "Chittoor District of Andhra Pradesh" is two places.
  const lastWord = textAt(a.last);
  // An organisation's word goes on with its place ("Amateur Hockey Association of Canada").
  const opens = opensName(lastWord.toLowerCase()) && (a.first === a.last || !isPlace(b) || hasCue("org-first", lastWord.toLowerCase()));
  // A team "of the NHL" plays in a league named by its acronym; it is not part of the team's name.
  const plural = a.last > a.first && /[^su]s$/.test(lastWord) && !(b.first === b.last && isAllCaps(textAt(b.first)));
  if (a.kind === "unknown" && (opens || plural)) return unknown(a.first, b.last, a.role);
  return null;
}

/**
 * The mention pieces of the sentence whose tokens start at `from` and whose token texts are
 * `texts` (see `tokenTexts`). `lower` is the article's text with each token's look-up key
 * (`tokenKey`) at the token's offsets, or null when lower-casing moved offsets (keys are then
 * made token by token). Tokens in `inTime` belong to time expressions ("May 2021") and are never names.
 */
export function findPieces(dictionary: ActorDictionary, texts: readonly string[], tokens: readonly Token[], from: number, inTime: ReadonlySet<number> = new Set(), lower: string | null = null): Piece[] {
  return joinPieces(rawPieces(dictionary, tokens, texts, lower, from, inTime), texts, from, tokens);
}
