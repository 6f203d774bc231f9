import type { Mention, PosTag, Quantity, Span, Token } from "../document.js";

/**
 * One sentence as the coder reads it: its tokens with repaired POS tags, lower-cased words,
 * the actor mention and number phrase each token belongs to, and the verb groups (shallow
 * chunking). Built once per sentence; every concern of the coder reads it.
 */
export interface SentenceView {
  readonly index: number;
  readonly tokens: readonly Token[];
  /** Lower-cased surface words. */
  readonly words: readonly string[];
  readonly pos: readonly PosTag[];
  readonly mentions: readonly Mention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  readonly mentionOf: readonly number[];
  /** Per token: index of the last token of the number phrase or mention it starts, else itself. */
  readonly unitEnd: readonly number[];
  /** Per token: 1 when it lies in a time expression ("on Monday", "last week"), with its preposition, else 0. */
  readonly isTime: readonly number[];
  /** Per token: id of its verb group, or -1. */
  readonly group: readonly number[];
  readonly groups: readonly VerbGroup[];
}

/** A run of auxiliaries, negation, "to", adverbs and verbs: "could not potentially ease", "wants to reopen". */
export interface VerbGroup {
  readonly first: number;
  readonly last: number;
  /** The last verb of the group: the predicate's head. */
  readonly head: number;
  readonly passive: boolean;
}

// Past participles that wink-nlp tags as nouns or adjectives after "have" ("to have shot down").
const PARTICIPLE_END = /(?:ed|en|wn|t|ung|ught|one)$/;
const TIME_PREPOSITIONS = new Set(["on", "in", "at", "since", "by", "during", "until", "from"]);
const DAY_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow"]);
const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must", "wo", "'ll", "'d"]);
const GROUP_PARTS = new Set(["not", "n't", "to", "never"]);

function repairPos(words: readonly string[], pos: PosTag[], lemmas: readonly string[]): void {
  for (let i = 1; i < pos.length; i++) {
    const tag = pos[i]!;
    if ((tag === "NOUN" || tag === "ADJ") && lemmas[i - 1] === "have" && (pos[i - 1] === "AUX" || pos[i - 1] === "VERB") && PARTICIPLE_END.test(words[i]!)) {
      pos[i] = "VERB";
    }
    // "Washington plans to visit": a noun right after its subject and before "to" + verb is the verb.
    if (tag === "NOUN" && words[i + 1] === "to" && pos[i + 2] === "VERB" && (pos[i - 1] === "PROPN" || pos[i - 1] === "PRON") && words[i]!.endsWith("s")) pos[i] = "VERB";
    // "a planned reopening": a participle between a determiner and a noun is an adjective.
    if (tag === "VERB" && words[i]!.endsWith("ed") && pos[i - 1] === "DET" && (pos[i + 1] === "NOUN" || pos[i + 1] === "PROPN" || pos[i + 1] === "ADJ" || (pos[i + 1] === "VERB" && words[i + 1]!.endsWith("ing")))) pos[i] = "ADJ";
    // "extradited suspected British militant X": a participle right after a verb, before its noun.
    if (tag === "VERB" && words[i]!.endsWith("ed") && pos[i - 1] === "VERB" && lemmas[i - 1] !== "be" && lemmas[i - 1] !== "have" && (pos[i + 1] === "ADJ" || pos[i + 1] === "PROPN")) pos[i] = "ADJ";
    // "it would free 1,500 prisoners": a word right after a modal is its verb, whatever its tag.
    if ((tag === "ADJ" || tag === "NOUN") && MODALS.has(words[i - 1]!) && pos[i - 1] === "AUX" && i + 1 < pos.length && pos[i + 1] !== "PUNCT" && pos[i + 1] !== "ADP") pos[i] = "VERB";
    // "Rights groups estimate that …": a noun between its subject and "that" is the verb; not when
    // a verb follows "that" at once ("a tanker that was seized": "that" is a relative pronoun).
    const before = pos[i - 1];
    const relative = pos[i + 2] === "AUX" || pos[i + 2] === "VERB";
    if (tag === "NOUN" && words[i + 1] === "that" && !relative && (before === "NOUN" || before === "PROPN" || before === "PRON")) pos[i] = "VERB";
    // "police tortured a man", "troops blockaded the city": an -ed word the tagger left unlemmatised,
    // between a subject noun and an object's determiner or name, is the past tense.
    if ((tag === "NOUN" || tag === "ADJ") && lemmas[i] === words[i] && words[i]!.endsWith("ed") && (before === "NOUN" || before === "PROPN") && i + 1 < pos.length && (pos[i + 1] === "DET" || pos[i + 1] === "NUM" || pos[i + 1] === "PROPN" || pos[i + 1] === "PRON")) pos[i] = "VERB";
  }
}

function isGroupToken(pos: PosTag, word: string): boolean {
  return pos === "VERB" || pos === "AUX" || ((pos === "PART" || pos === "ADV") && GROUP_PARTS.has(word));
}

/** Whether the adverbs from j on ("once again outright") lead into a verb ("has … rejected"). */
function adverbsLeadToGroup(words: readonly string[], pos: readonly PosTag[], j: number): boolean {
  let k = j;
  while (k < pos.length && pos[k] === "ADV" && k - j < 4) k++;
  return k < pos.length && isGroupToken(pos[k]!, words[k]!);
}

/**
 * Whether a form of "be" or "get" governs the head directly ("was attacked", "has been freed"), not
 * through another verb and its "to" ("is prepared to bomb", "is set to visit").
 */
function beLeadsTo(words: readonly string[], pos: readonly PosTag[], lemmas: readonly string[], first: number, head: number): boolean {
  for (let k = head - 1; k >= first; k--) {
    if (lemmas[k] === "be" || lemmas[k] === "get") return true;
    if (words[k] === "to" || (pos[k] === "VERB" && words[k] !== "been" && words[k] !== "being")) return false;
  }
  return false;
}

// "forces were engaged in ethnic cleansing", "troops were involved in the raid": a participle of
// taking part says what the subject does, not what is done to it.
const STATE_PARTICIPLES = new Set(["engage", "involve"]);

/** Whether the head at `head` is a participle of state followed by "in" ("engaged in", "involved in"). */
function isStateIn(lemmas: readonly string[], words: readonly string[], head: number): boolean {
  return STATE_PARTICIPLES.has(lemmas[head]!) && words[head + 1] === "in";
}

function findGroups(words: readonly string[], pos: readonly PosTag[], lemmas: readonly string[], group: number[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < pos.length) {
    if (pos[i] !== "VERB" && pos[i] !== "AUX" && !(words[i] === "to" && pos[i + 1] === "VERB")) {
      i++;
      continue;
    }
    const verbAt = i;
    // Adverbs right before a group belong to it: "potentially release", "never attacked".
    while (i > 0 && pos[i - 1] === "ADV" && group[i - 1] === -1 && (groups.length === 0 || groups[groups.length - 1]!.last < i - 1)) i--;
    let j = i;
    let head = -1;
    let sawBe = false;
    // Adverbs inside a group ("could potentially ease", "has also freed") belong to it. The token
    // that opened the group always belongs to it (an infinitive "to" tagged ADP included), so
    // the scan always moves on.
    while (j < pos.length && (j <= verbAt || isGroupToken(pos[j]!, words[j]!) || (pos[j] === "ADV" && adverbsLeadToGroup(words, pos, j)))) {
      if (pos[j] === "VERB") head = j;
      if (lemmas[j] === "be" || lemmas[j] === "get") sawBe = true;
      j++;
    }
    if (head < 0) head = j - 1;
    const headWord = words[head]!;
    const passive = sawBe && head > i && lemmas[head] !== "be" && !headWord.endsWith("ing") && beLeadsTo(words, pos, lemmas, i, head) && !isStateIn(lemmas, words, head);
    const id = groups.length;
    for (let k = i; k < j; k++) group[k] = id;
    groups.push({ first: i, last: j - 1, head, passive });
    i = j;
  }
  return groups;
}

/** Builds the view of one sentence from its tokens, the mentions and quantities inside it. */
export function viewSentence(
  index: number,
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  quantities: readonly Quantity[],
  times: readonly Span[] = [],
): SentenceView {
  const n = tokens.length;
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const lemmas = tokens.map((t) => t.lemma);
  const pos = tokens.map((t) => t.pos);
  repairPos(words, pos, lemmas);
  // Plain arrays: a typed array costs ~0.6 µs to allocate, more than a sentence's worth of pushes.
  const mentionOf: number[] = [];
  const unitEnd: number[] = [];
  const isTime: number[] = [];
  const group: number[] = [];
  for (let i = 0; i < n; i++) {
    mentionOf.push(-1);
    unitEnd.push(i);
    isTime.push(0);
    group.push(-1);
  }
  let t = 0;
  mentions.forEach((m, mi) => {
    while (t < n && tokens[t]!.end <= m.start) t++;
    let first = -1;
    for (let k = t; k < n && tokens[k]!.start < m.end; k++) {
      mentionOf[k] = mi;
      if (first < 0) first = k;
      unitEnd[first] = k;
    }
  });
  let q = 0;
  for (const quantity of quantities) {
    while (q < n && tokens[q]!.end <= quantity.start) q++;
    let last = q;
    // The counted noun is not part of the unit: "300 political prisoners" keeps "prisoners" matchable.
    while (last + 1 < n && tokens[last + 1]!.start < quantity.end && pos[last + 1] !== "NOUN" && pos[last + 1] !== "PROPN") last++;
    if (q < n && mentionOf[q] === -1) unitEnd[q] = Math.max(unitEnd[q]!, last);
  }
  let k = 0;
  for (const time of times) {
    while (k < n && tokens[k]!.end <= time.start) k++;
    if (k > 0 && TIME_PREPOSITIONS.has(words[k - 1]!)) isTime[k - 1] = 1;
    for (let j = k; j < n && tokens[j]!.start < time.end; j++) isTime[j] = 1;
  }
  // Undated articles have no times layer to speak of: weekdays and "today" still are times.
  for (let j = 0; j < n; j++) {
    if (!DAY_WORDS.has(words[j]!)) continue;
    isTime[j] = 1;
    if (j > 0 && TIME_PREPOSITIONS.has(words[j - 1]!)) isTime[j - 1] = 1;
  }
  const groups = findGroups(words, pos, lemmas, group);
  return { index, tokens, words, pos, mentions, mentionOf, unitEnd, isTime, group, groups };
}

/** Whether token i starts an actor mention. */
export function startsMention(view: SentenceView, i: number): boolean {
  const m = view.mentionOf[i]!;
  return m >= 0 && (i === 0 || view.mentionOf[i - 1] !== m);
}
