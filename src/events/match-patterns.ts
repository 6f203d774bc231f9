import type { PatternWord } from "./pattern-schema.js";
import type { CompiledPattern, PatternIndex } from "./compile-patterns.js";
import type { SentenceView } from "./sentence-view.js";
import { startsMention } from "./sentence-view.js";

/** A pattern found in a sentence: token range [first, last], the target its `$T` marks, the mentions its gaps crossed. */
export interface PatternMatch {
  readonly pattern: CompiledPattern;
  readonly first: number;
  readonly last: number;
  /** Index into the view's mentions of the `$T` target, or -1. */
  readonly target: number;
  readonly gapMentions: readonly number[];
}

const GAP_UNITS = 4;
const SHARE_WORDS = new Set(["part", "some", "most", "all", "many", "much", "rest", "half", "bulk", "each", "several", "majority", "portion", "remainder"]);
const APPROXIMATORS = new Set(["over", "under", "about", "around", "nearly", "almost", "some", "roughly", "approximately"]);
const QUOTES = new Set(['"', "“", "”", "``", "''", "«", "»"]);
const CLAUSE_PRONOUNS = new Set(["that", "which", "who", "whom", "whose"]);
const GAP_POS = new Set(["ADJ", "DET", "NUM", "PRON", "PART", "NOUN", "PROPN", "ADV", "X", "SYM"]);

/**
 * How many tokens from i say one of the alternatives, or 0: the word or its lemma; a plural noun
 * the lemmatiser left alone ("sanctions" for "sanction"); a hyphenated word split into tokens
 * ("cease - fire" for "cease-fire").
 */
function literalLength(view: SentenceView, i: number, alternatives: readonly string[]): number {
  const word = view.words[i]!;
  const lemma = view.tokens[i]!.lemma;
  if (alternatives.includes(word) || alternatives.includes(lemma)) return 1;
  for (const stem of pastStems(view, i)) if (alternatives.includes(stem)) return 1;
  if (lemma === word && word.length > 3 && word.endsWith("s") && alternatives.includes(word.slice(0, -1))) return 1;
  if (view.words[i + 1] === "-" && i + 2 < view.words.length) {
    const joined = `${word}-${view.words[i + 2]!}`;
    if (alternatives.includes(joined) || alternatives.includes(`${word}-${view.tokens[i + 2]!.lemma}`)) return 3;
  }
  return 0;
}

/**
 * "tortured", "blockaded", "staged": a past tense the lemmatiser left whole or cut wrong ("staged" →
 * "stag") may stand for "torture", "blockade", "attack" or "stop"; each is tried. So may an unknown
 * participle in -en for its verb ("retaken" → "retake").
 */
function pastStems(view: SentenceView, i: number): string[] {
  const word = view.words[i]!;
  // "retaken", "overtaken": a participle in -en the lemmatiser does not know is its verb and "n".
  if (view.pos[i] === "VERB" && word.length >= 6 && word.endsWith("en") && view.tokens[i]!.lemma === word) return [word.slice(0, -1)];
  if (view.pos[i] !== "VERB" || word.length < 5 || !word.endsWith("ed")) return [];
  const stems = [word.slice(0, -1), word.slice(0, -2)];
  if (word[word.length - 3] === word[word.length - 4]) stems.push(word.slice(0, -3));
  if (word.endsWith("ied")) stems.push(`${word.slice(0, -3)}y`);
  return stems;
}

/** The words a token can be looked up by in the pattern index: word, lemma, singular, hyphenated compound, past-tense stems. */
export function lookupKeys(view: SentenceView, i: number): string[] {
  const word = view.words[i]!;
  const lemma = view.tokens[i]!.lemma;
  const keys = [word];
  if (lemma !== word) keys.push(lemma);
  else if (word.length > 3 && word.endsWith("s")) keys.push(word.slice(0, -1));
  keys.push(...pastStems(view, i));
  if (view.words[i + 1] === "-" && i + 2 < view.words.length) {
    keys.push(`${word}-${view.words[i + 2]!}`);
    const last = view.tokens[i + 2]!.lemma;
    if (last !== view.words[i + 2]) keys.push(`${word}-${last}`);
  }
  return keys;
}

/** How many tokens a gap unit starting at i covers, or 0 when a gap may not cross it. */
function gapUnit(view: SentenceView, i: number): number {
  if (i >= view.tokens.length) return 0;
  if (view.mentionOf[i]! >= 0 || view.unitEnd[i]! > i) return view.unitEnd[i]! - i + 1;
  const pos = view.pos[i]!;
  // "2-year-old", "long-standing": a hyphenated compound written without spaces is one word.
  let end = i;
  while (view.words[end + 1] === "-" && end + 2 < view.tokens.length && view.tokens[end + 1]!.start === view.tokens[end]!.end && view.tokens[end + 2]!.start === view.tokens[end + 1]!.end && view.mentionOf[end + 2]! < 0 && view.group[end + 2]! < 0) end += 2;
  if (end > i && (GAP_POS.has(pos) || pos === "VERB")) return end - i + 1;
  // "demands that the government grant …": a relative or complement pronoun opens a clause, which a gap does not enter.
  if (pos === "PRON" && CLAUSE_PRONOUNS.has(view.words[i]!.toLowerCase())) return 0;
  if (GAP_POS.has(pos)) return 1;
  // "more than 300", "Belarus' airline": words a gap may cross though their tags say otherwise.
  const word = view.words[i]!;
  // "lifted Friday a day-old blockade": times and hyphens inside a phrase do not break it.
  // "10 tons of medicine", "part of a military aid program": a measure or a share before "of" is one phrase.
  // "13 metric tons of medicine": a measure with its adjective as well.
  if (word === "of" && (view.pos[i - 1] === "NUM" || view.words[i - 1] === "worth" || (view.pos[i - 1] === "NOUN" && (view.pos[i - 2] === "NUM" || (view.pos[i - 2] === "ADJ" && view.pos[i - 3] === "NUM"))) || SHARE_WORDS.has(view.words[i - 1] ?? ""))) return 1;
  // "over 13 tons", "about 200 troops": a word that rounds a number belongs to its phrase.
  if (APPROXIMATORS.has(word) && view.pos[i + 1] === "NUM") return 1;
  // A quotation mark only frames the words it quotes ('allow "unimpeded humanitarian access"').
  return word === "than" || word === "'" || word === "’" || word === "-" || QUOTES.has(word) || view.isTime[i] ? 1 : 0;
}

interface MatchState {
  target: number;
  gapMentions: number[];
}

function matchFrom(view: SentenceView, words: readonly PatternWord[], w: number, i: number, state: MatchState): number {
  if (w === words.length) return i - 1;
  const word = words[w]!;
  const n = view.tokens.length;
  if (word.kind === "gap") {
    let at = i;
    const next = words[w + 1];
    for (let units = 0; units <= GAP_UNITS; units++) {
      let end = matchFrom(view, words, w + 1, at, state);
      let crossed = at;
      const size = gapUnit(view, at);
      // "expel * diplomat" before "Swedish diplomats": a word after a gap may be the head noun of a mention.
      if (end < 0 && size > 1 && next?.kind === "words" && view.mentionOf[at]! >= 0) {
        end = matchFrom(view, words, w + 1, at + size - 1, state);
        crossed = at + 1;
      }
      if (end >= 0) {
        for (let k = i; k < crossed; k++) if (startsMention(view, k)) state.gapMentions.push(view.mentionOf[k]!);
        return end;
      }
      if (size === 0) return -1;
      // "part of", "most of": the "of" of a share does not count as a unit ("captured part of a rebel stronghold").
      // "$4 million worth of": the "of" of a worth does not either.
      if (size === 1 && view.words[at] === "of" && (SHARE_WORDS.has(view.words[at - 1] ?? "") || view.words[at - 1] === "worth")) units--;
      at += size;
    }
    return -1;
  }
  if (word.kind === "target") {
    // "called on the United States to": the target may open with a determiner.
    // "agreed with his Iranian counterpart to": a possessive before a noun is not the target, the noun is.
    if (i + 1 < n && ((view.pos[i] === "DET" && !startsMention(view, i)) || isPossessiveBeforeNoun(view, i))) i++;
    if (i >= n || !startsMention(view, i) || isNoObjectPronoun(view, i)) return -1;
    // "called on Haiti's interim government to": the possessor's head is the target.
    i = ownedMention(view, i);
    const end = matchFrom(view, words, w + 1, afterAbbreviation(view, view.unitEnd[i]! + 1), state);
    if (end >= 0) state.target = view.mentionOf[i]!;
    return end;
  }
  const length = i < n ? literalLength(view, i, word.alternatives) : 0;
  // "called on Tuesday for", "called Thursday on Arabs to": a time expression may sit between two words.
  if (length === 0 && w > 0 && i < n && view.isTime[i] && !view.isTime[i - 1]) {
    let k = i;
    while (k < n && view.isTime[k]) k++;
    if (k > i && k < n && literalLength(view, k, word.alternatives) > 0) return matchFrom(view, words, w, k, state);
  }
  if (length > 0) {
    const end = matchFrom(view, words, w + 1, i + length, state);
    if (end >= 0 || !word.optional) return end;
  }
  return word.optional ? matchFrom(view, words, w + 1, i, state) : -1;
}

// A possessive ("hit its highest level", "struck their positions") or a subject pronoun ("warned
// they would …") never is the object a `$T` stands for: the deed is done to the thing possessed, or
// the pronoun opens a clause of its own.
const NO_OBJECT_PRONOUNS = new Set(["its", "their", "his", "he", "she", "they", "we", "i"]);

/** Whether the mention at token i is a pronoun that cannot be a verb's object. */
function isNoObjectPronoun(view: SentenceView, i: number): boolean {
  return view.mentions[view.mentionOf[i]!]!.via === "pronoun" && NO_OBJECT_PRONOUNS.has(view.words[i]!);
}

/** The mention a possessor at i owns ("Haiti's interim government"), across up to three modifiers, else i. */
function ownedMention(view: SentenceView, i: number): number {
  const s = view.unitEnd[i]! + 1;
  if (view.words[s] !== "'s" && view.words[s] !== "’s" && view.words[s] !== "'") return i;
  for (let k = s + 1; k < view.tokens.length && k <= s + 4; k++) {
    if (startsMention(view, k)) return k;
    if (view.pos[k] !== "ADJ" && view.pos[k] !== "NOUN" && view.pos[k] !== "PROPN") return i;
  }
  return i;
}

/** "received his full backing": a possessive pronoun followed by what it owns. */
function isPossessiveBeforeNoun(view: SentenceView, i: number): boolean {
  const next = view.pos[i + 1];
  return POSSESSIVES.has(view.words[i]!) && (next === "NOUN" || next === "ADJ" || next === "PROPN" || next === "NUM");
}

/** Past a bracketed abbreviation right after a name ("the World Food Programme (WFP) to"): the token after it, else `i`. */
function afterAbbreviation(view: SentenceView, i: number): number {
  if (view.words[i] !== "(") return i;
  for (let k = i + 1; k < view.tokens.length && k - i <= 4; k++) if (view.words[k] === ")") return k + 1;
  return i;
}

/** Whether token i stands where a verb does. */
function isVerbal(view: SentenceView, i: number): boolean {
  return view.pos[i] === "VERB" && !isGerundNoun(view, i) && !isCompoundTail(view, i) && !isAttributive(view, i) && !isInsideName(view, i);
}

const POSSESSIVES = new Set(["its", "his", "her", "their", "our", "my", "your", "'s", "’s"]);

/**
 * "his injured colleague", "the captured soldiers", "a temporarily injured winger": a past
 * participle after a determiner or possessive and before its noun is an adjective describing that
 * noun, not a deed told by the sentence.
 */
function isAttributive(view: SentenceView, i: number): boolean {
  if (!/(?:ed|en)$/.test(view.words[i]!) || view.group[i]! < 0 || view.groups[view.group[i]!]!.last !== i) return false;
  let before = i - 1;
  while (before >= 0 && view.pos[before] === "ADV" && view.group[before] === view.group[i]) before--;
  // "the two kidnapped workers": a number counts as an opener after a determiner ("on March 10 rejected" is a date).
  if (before >= 1 && view.pos[before] === "NUM" && (view.pos[before - 1] === "DET" || POSSESSIVES.has(view.words[before - 1]!))) before--;
  // "those charged included …", "those killed were": the people a deed was done to, told by the deed.
  const opener = before >= 0 && ((view.pos[before] === "DET" && view.words[before] !== "those" && view.words[before] !== "these") || POSSESSIVES.has(view.words[before]!));
  const next = view.pos[i + 1];
  return opener && (next === "NOUN" || next === "PROPN" || next === "ADJ" || (i + 1 < view.words.length && startsMention(view, i + 1)));
}

/** "Russian-backed rebels", "UN-brokered deal": a participle closing a hyphenated compound is an adjective. */
function isCompoundTail(view: SentenceView, i: number): boolean {
  return i >= 2 && view.words[i - 1] === "-" && view.tokens[i - 1]!.end === view.tokens[i]!.start && view.tokens[i - 2]!.end === view.tokens[i - 1]!.start;
}

/** "the lifting of", "a planned reopening": a verb form used as a noun. */
function isGerundNoun(view: SentenceView, i: number): boolean {
  if (!view.words[i]!.endsWith("ing")) return false;
  const before = view.pos[i - 1];
  return before === "DET" || before === "ADJ" || view.words[i - 1] === "'s" || view.words[i + 1] === "of" || (before === "VERB" && view.words[i - 1]!.endsWith("ed") && view.pos[i - 2] === "DET");
}

function isNominal(view: SentenceView, i: number): boolean {
  // "Liberian riot police", "Asia-Pacific Economic Cooperation": a word of an actor's name is no
  // event noun (nor verb: "Merrill Lynch"); the last, common word of a mention may be ("the U.S. military", "missiles").
  if (isInsideName(view, i)) return false;
  const pos = view.pos[i];
  return pos === "NOUN" || pos === "PROPN" || pos === "ADJ" || (pos === "VERB" && isGerundNoun(view, i));
}

/** Whether token i is a capitalised word of a mention, or any word of one but its last. */
function isInsideName(view: SentenceView, i: number): boolean {
  const m = view.mentionOf[i]!;
  if (m < 0) return false;
  const last = view.mentionOf[i + 1] !== m;
  const first = view.tokens[i]!.start;
  const initial = view.words[i]!.length > 0 && /\p{Lu}/u.test(view.mentions[m]!.text.charAt(first - view.mentions[m]!.start));
  return !last || initial;
}

/**
 * Every word a pattern requires after its first, numbered once across all patterns, so that a
 * sentence marks the words it offers by number and a pattern's required words are checked by
 * number, with no string hashed twice: "call" keys 325 patterns that require a few dozen words.
 */
const requiredWordIds = new Map<string, number>();

function requiredWordId(word: string): number {
  let id = requiredWordIds.get(word);
  if (id === undefined) requiredWordIds.set(word, (id = requiredWordIds.size));
  return id;
}

/**
 * A key's patterns with their required words by number: pattern p's are `required[from[p]]` …
 * `required[from[p + 1] - 1]`, one run per required word, its count of alternatives then their numbers.
 */
interface ListPlan {
  readonly required: Int32Array;
  readonly from: Int32Array;
}

const plans = new WeakMap<readonly CompiledPattern[], ListPlan>();

/** The plan of a key's patterns, made on first use (which may number new words: then `isNew`). */
function planOf(list: readonly CompiledPattern[]): { plan: ListPlan; isNew: boolean } {
  const known = plans.get(list);
  if (known) return { plan: known, isNew: false };
  const required: number[] = [];
  const from = new Int32Array(list.length + 1);
  list.forEach((pattern, p) => {
    from[p] = required.length;
    for (const alternatives of pattern.required) required.push(alternatives.length, ...alternatives.map(requiredWordId));
  });
  from[list.length] = required.length;
  const plan = { required: Int32Array.from(required), from };
  plans.set(list, plan);
  return { plan, isNew: true };
}

/**
 * The required words the current sentence offers: `offeredIn[id]` is the number of the last
 * sentence that offered word `id`. Numbering sentences spares clearing the array between them.
 */
let sentenceNumber = 0;
let offeredIn = new Int32Array(0);

function startSentence(): void {
  if (++sentenceNumber < 0x7fffffff) return;
  sentenceNumber = 1;
  offeredIn.fill(0);
}

/** Marks the required words among the sentence's lookup keys as offered. */
function markOffered(keys: readonly (readonly string[])[]): void {
  if (offeredIn.length < requiredWordIds.size) {
    const grown = new Int32Array(Math.max(requiredWordIds.size, 2 * offeredIn.length));
    grown.set(offeredIn);
    offeredIn = grown;
  }
  for (const tokenKeys of keys) {
    for (const key of tokenKeys) {
      const id = requiredWordIds.get(key);
      if (id !== undefined) offeredIn[id] = sentenceNumber;
    }
  }
}

/** Whether the sentence offers one of the alternatives of the required word whose run starts at `at`. */
function offersWord(required: Int32Array, at: number): boolean {
  const end = at + required[at]!;
  for (let k = at + 1; k <= end; k++) if (offeredIn[required[k]!] === sentenceNumber) return true;
  return false;
}

function better(a: PatternMatch, b: PatternMatch): boolean {
  const spanA = a.last - a.first;
  const spanB = b.last - b.first;
  if (spanA !== spanB) return spanA > spanB;
  if (a.pattern.words.length !== b.pattern.words.length) return a.pattern.words.length > b.pattern.words.length;
  // An exception only wins by saying more than the patterns it excepts.
  if (a.pattern.blocker !== b.pattern.blocker) return b.pattern.blocker;
  return a.pattern.code.length > b.pattern.code.length;
}

/**
 * Every predicate of the sentence: at each token, the patterns keyed by its word or lemma are
 * tried; where matches overlap, the longer (more specific) one wins.
 */
export function findPredicates(view: SentenceView, index: PatternIndex): PatternMatch[] {
  const found: PatternMatch[] = [];
  const n = view.tokens.length;
  // Every word the sentence can offer a pattern, marked once: patterns needing a word it lacks are not tried.
  const keys: string[][] = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = lookupKeys(view, i);
  startSentence();
  markOffered(keys);
  for (let i = 0; i < n; i++) {
    // A pattern starts at a verb (isVerbal) or a nominal (isNominal): no other tag can open one.
    const tag = view.pos[i];
    if (tag !== "VERB" && tag !== "NOUN" && tag !== "PROPN" && tag !== "ADJ") continue;
    if (isInsideName(view, i)) continue;
    let best: PatternMatch | undefined;
    // A specific code of the best match's root said within it ("provide 70 million dollars" 071 inside "provide … of aid" 070).
    let specific: PatternMatch | undefined;
    // A common first word ("call", "offer") keys hundreds of patterns: its tags are read once.
    let verbal: boolean | undefined;
    let nominal: boolean | undefined;
    for (const key of keys[i]!) {
      const list = index.get(key);
      if (!list) continue;
      const length = key.includes("-") && !view.words[i]!.includes("-") ? 3 : 1;
      const { plan, isNew } = planOf(list);
      // Words numbered just now were not marked when the sentence started.
      if (isNew) markOffered(keys);
      const { required, from } = plan;
      for (let p = 0; p < list.length; p++) {
        const pattern = list[p]!;
        let at = from[p]!;
        const end = from[p + 1]!;
        // The first required word settles most patterns before their tags are read.
        if (at < end && !offersWord(required, at)) continue;
        if (pattern.kind === "verb" ? !(verbal ??= isVerbal(view, i)) : !(nominal ??= isNominal(view, i))) continue;
        let all = true;
        for (; at < end && all; at += required[at]! + 1) all = offersWord(required, at);
        if (!all) continue;
        const state: MatchState = { target: -1, gapMentions: [] };
        const last = matchFrom(view, pattern.words, 1, i + length, state);
        if (last < 0) continue;
        const match: PatternMatch = { pattern, first: i, last, target: state.target, gapMentions: state.gapMentions };
        if (!best) best = match;
        else if (better(match, best)) {
          specific = isSpecificWithin(best, match) ? best : specific;
          best = match;
        } else if (isSpecificWithin(match, best) && (!specific || better(match, specific))) specific = match;
      }
    }
    // An exception ("meet * requirement", "press release") that matches best says there is no event
    // here; it takes part in the overlaps below, so that it hides what it spans, and is dropped after.
    if (best?.pattern.blocker) found.push(best);
    else if (best) found.push(specific && isSpecificWithin(specific, best) ? { ...best, pattern: { ...best.pattern, code: specific.pattern.code } } : best);
  }
  // Overlaps: "held talks with" (verb) covers "talks" (noun); keep the better one.
  const kept: PatternMatch[] = [];
  for (const match of found) {
    const clash = kept.findIndex((k) => match.first <= k.last && k.first <= match.last);
    if (clash < 0) kept.push(match);
    else if (isDoneTo(kept[clash]!, match) ? false : isDoneTo(match, kept[clash]!) || better(match, kept[clash]!)) kept[clash] = withSpecificCode(match, kept[clash]!);
    else kept[clash] = withSpecificCode(kept[clash]!, match);
  }
  return kept.filter((k) => !k.pattern.blocker);
}

/** Whether `inner`, of the same kind, says a specific code of the root whose general code `outer` says, within its words. */
function isSpecificWithin(inner: PatternMatch, outer: PatternMatch): boolean {
  const general = outer.pattern.code;
  const code = inner.pattern.code;
  return !inner.pattern.blocker && !outer.pattern.blocker && inner.pattern.kind === outer.pattern.kind && general.length === 3 && general.endsWith("0") && code !== general && code.slice(0, 2) === general.slice(0, 2) && inner.first >= outer.first && inner.last <= outer.last;
}

/**
 * "provided 25,000 tons of emergency food aid": a verb pattern of a root's general code ("provide *
 * aid", 070) that spans an event noun of the same root with a specific code ("food aid", 073) is
 * that specific deed; the verb's match (and its rule) stays, with the noun's code. So does a general
 * noun pattern overlapping a specific one ("food aid to").
 */
function withSpecificCode(winner: PatternMatch, loser: PatternMatch): PatternMatch {
  const general = winner.pattern.code;
  const specific = loser.pattern.code;
  if (loser.pattern.blocker || loser.pattern.kind !== "noun" || general.length !== 3 || !general.endsWith("0")) return winner;
  if (specific.slice(0, 2) !== general.slice(0, 2) || specific === general) return winner;
  // A verb must span the noun; two nouns need only overlap ("food aid to": "food aid" 073, "aid to" 070).
  if (winner.pattern.kind === "verb" && (loser.first < winner.first || loser.last > winner.last)) return winner;
  return { ...winner, pattern: { ...winner.pattern, code: specific } };
}

/**
 * "eased restrictions on the movement of aid workers", "lifted the blockade of the port": a verb
 * of another root whose object is an event noun says what was done to that deed; it wins over the
 * noun however long the noun's own pattern runs. Within one root the longer match stays the better.
 */
function isDoneTo(verb: PatternMatch, noun: PatternMatch): boolean {
  return verb.pattern.kind === "verb" && noun.pattern.kind === "noun" && verb.first < noun.first && verb.pattern.code.slice(0, 2) !== noun.pattern.code.slice(0, 2);
}
