import type { Mention } from "../document.js";
import type { SentenceView } from "./sentence-view.js";
import { startsMention } from "./sentence-view.js";
import type { PatternMatch } from "./match-patterns.js";
import { timeWords, unitOf } from "../language/time-words.js";

/** Who did it and to whom: indices into the view's mentions, each side possibly several ("Russia and Belarus"). */
export interface EventArguments {
  readonly sources: readonly number[];
  readonly targets: readonly number[];
  /** Where the source came from: the event noun's own possessor, modifier or "by X" counts as `own`. */
  readonly sourceFrom: "own" | "clause" | "none";
}

// Prepositions (and participles) that introduce the target after a predicate.
const TARGET_PREPS = new Set(["with", "on", "to", "against", "toward", "towards", "at", "upon", "into", "between", "among", "from", "of", "over", "onto", "involving", "including", "in"]);
// "in" leads to the target only after the source's own thing ("reopen its embassy in Minsk").
const AFTER_SELF_ONLY = new Set(["in"]);
const RELATIVE = new Set(["who", "which", "that"]);
const COORDINATORS = new Set(["and", "or", "but", ","]);
// Verbs whose object noun is an event done by their subject: "held talks", "paid a visit", "signified a reopening".
const LIGHT_VERBS = new Set([
  "hold", "conduct", "make", "pay", "carry", "launch", "begin", "start", "stage", "sign", "mark", "signify",
  "undertake", "complete", "continue", "resume", "have", "give", "offer", "deliver", "host", "attend", "join",
  "announce", "order", "mount", "wage", "step", "extend", "issue", "express", "reach", "broker", "seal", "conclude",
  // Verbs of giving and of intending: "provided donations to X", "plans an attack on X", "pledged aid".
  "provide", "send", "grant", "pledge", "promise", "plan", "prepare", "propose", "approve", "allocate", "seek", "want",
  // Verbs that open or lodge a proceeding: "opened an investigation into", "filed a complaint against".
  "open", "file", "lodge", "impose",
  // Verbs that set a collective deed going: "organized a general strike", "called a strike" ("led to" is a cause, not a doer).
  "organize", "organise", "call",
  // Verbs of pace and aspect: "speeded up the withdrawal", "completed its pullout", "stepped up attacks".
  "speed", "accelerate", "finish", "intensify", "expand", "renew", "escalate", "boost",
]);
const NP_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "PRON", "X", "SYM"]);

/** The mention token i belongs to, if i starts one (looking through "the"). */
function mentionStartingAt(view: SentenceView, i: number): number {
  if (i < view.tokens.length && startsMention(view, i)) return view.mentionOf[i]!;
  return -1;
}

/**
 * "Russia and Belarus", "Armenia, Azerbaijan and Georgia": the mentions coordinated after the one
 * ending at token i. A list joined by commas alone is an apposition ("John Coale, Trump's envoy"), not
 * a coordination (three names in a row are a list), and possessors are never coordinated.
 */
function coordinatedAfter(view: SentenceView, i: number, into: number[]): void {
  const found: number[] = [];
  let closed = false;
  let at = i;
  while (at + 1 < view.tokens.length && COORDINATORS.has(view.words[at + 1]!)) {
    const joiner = view.words[at + 1]!;
    let next = at + 2;
    if (mentionStartingAt(view, next) < 0 && view.pos[next] === "DET") next++;
    const m = mentionStartingAt(view, next);
    if (m < 0 || isPossessor(view, view.unitEnd[next]!)) break;
    found.push(m);
    at = view.unitEnd[next]!;
    if (joiner !== ",") {
      closed = true;
      break;
    }
  }
  // "to Iran, Libya, Sudan, and with strings attached, Cuba": three names in a row are a list even
  // when what closes it is not a name.
  if (closed || found.length >= 2) into.push(...found);
}

/** "a group of" deputies, "members of" parliament: the quantity phrase that opens a mention's phrase, or i. */
function phraseStart(view: SentenceView, i: number): number {
  if (view.words[i - 1] !== "of") return i;
  let k = i - 2;
  while (k >= 0 && view.mentionOf[k]! < 0 && (view.pos[k] === "NOUN" || view.pos[k] === "ADJ" || view.pos[k] === "NUM")) k--;
  if (k === i - 2) return i;
  if (k >= 0 && view.pos[k] === "DET" && view.mentionOf[k]! < 0) k--;
  return k + 1;
}

/** Whether token k is a demonym standing alone before a noun ("his Pakistani counterpart"). */
function isDemonymAt(view: SentenceView, k: number): boolean {
  const m = view.mentionOf[k]!;
  return m >= 0 && view.unitEnd[k] === k && isDemonymOfThing(view, view.mentions[m]!, k);
}

/** Mentions coordinated before the one starting at token i ("Russia and" Belarus), in text order. */
function coordinatedBefore(view: SentenceView, i: number): number[] {
  const before: number[] = [];
  // "Macron and a group of deputies": the quantity phrase opens the second member.
  const start = COORDINATORS.has(view.words[phraseStart(view, i) - 1] ?? "") ? phraseStart(view, i) : i;
  let at = start;
  // "Jordan and the United States", "X and his Pakistani counterpart Y": a determiner or a possessive
  // pronoun, with the nouns and demonyms after it, opens the mention's phrase.
  let k = start - 1;
  while (k >= 0 && start - k <= 4 && ((view.mentionOf[k]! < 0 && (view.pos[k] === "NOUN" || view.pos[k] === "ADJ")) || isDemonymAt(view, k))) k--;
  const opener = k >= 0 && (view.pos[k] === "DET" || POSSESSIVE_PRONOUNS.has(view.words[k]!)) && (view.mentionOf[k]! < 0 || isOwnerPronoun(view, view.mentionOf[k]!));
  if (opener && COORDINATORS.has(view.words[k - 1] ?? "")) at = k;
  // "Russia and Turkey's foreign ministers": the possessor opens the member's phrase.
  if (view.mentions[view.mentionOf[at]!]?.via === "possessor" && isPossessor(view, at - 2) && view.mentionOf[at - 2]! >= 0 && COORDINATORS.has(view.words[firstTokenOf(view, at - 2) - 1] ?? "")) at = firstTokenOf(view, at - 2);
  let sawAnd = false;
  while (at - 2 >= 0 && COORDINATORS.has(view.words[at - 1]!) && view.mentionOf[at - 2]! >= 0 && !isPossessor(view, at - 2)) {
    if (view.words[at - 1] !== ",") sawAnd = true;
    else if (!sawAnd) break;
    const m = view.mentionOf[at - 2]!;
    before.unshift(m);
    at = firstTokenOf(view, at - 2);
  }
  return before;
}

function firstTokenOf(view: SentenceView, i: number): number {
  const m = view.mentionOf[i]!;
  let k = i;
  while (k > 0 && view.mentionOf[k - 1] === m) k--;
  return k;
}

/** Whether a mention is a possessor ("Trump's" letter, "Belarus'" airline). */
function isPossessor(view: SentenceView, lastToken: number): boolean {
  const next = view.words[lastToken + 1];
  return next === "'s" || next === "'" || next === "’s" || next === "’";
}

/**
 * The subject noun phrase left of token `end` (exclusive): the nearest mention that is not a
 * possessor, else the nearest possessor ("Trump's envoy said"), with what is coordinated to it.
 */
function subjectBefore(view: SentenceView, end: number, crossCommas: boolean, crossPlaces = true): number[] {
  let nearest = -1;
  let nearestPossessor = -1;
  for (let i = end - 1; i >= 0; i--) {
    const m = view.mentionOf[i]!;
    if (m >= 0) {
      const first = firstTokenOf(view, i);
      if (isPossessor(view, i)) {
        if (nearestPossessor < 0) nearestPossessor = first;
      } else if (nearest < 0) {
        nearest = first;
        break;
      }
      i = first;
      continue;
    }
    const word = view.words[i]!;
    if (view.isTime[i]) continue;
    if (word === ")") {
      // "Amnesty International (AI) has accused": an abbreviation or aside in brackets stands beside the name.
      const open = view.words.lastIndexOf("(", i);
      if (open >= 0 && i - open <= 10) {
        i = open;
        continue;
      }
    }
    if (NP_POS.has(view.pos[i]!) && !RELATIVE.has(word)) continue;
    if (word === "of" || word === "and" || word === "'" || word === "’") continue;
    if (word === "," && crossCommas) continue;
    // "Thousands of Nigerians from throughout the country were …": a phrase that names no one only places the subject.
    if (crossPlaces && SUBJECT_PLACE_PREPS.has(word) && i + 1 < end && view.pos[i + 1] !== "VERB") continue;
    break;
  }
  // "the coalition fighting X in Yemen has declared": the place yields to X, and X to the one X's phrase describes.
  const placed = nearest >= 0 ? placedHead(view, modifiedHead(view, nearest)) : -1;
  const at = nearest < 0 ? nearestPossessor : placed !== nearest ? modifiedHead(view, placed) : placed;
  if (at < 0) return [];
  // "a car bomb in Kiev killed …": a place named as where a thing was is not who acts; where people
  // are ("opposition groups in X") it stands for them.
  const chosen = view.mentions[view.mentionOf[at]!]!;
  const prep = view.words[at - 1] === "the" ? at - 2 : at - 1;
  if (PLACE_TYPES.has(chosen.type) && LOCATIVE.has(view.words[prep] ?? "") && view.pos[prep - 1] === "NOUN" && !/[^s]s$/.test(view.words[prep - 1] ?? "")) return [];
  return [...coordinatedBefore(view, at), view.mentionOf[at]!];
}

/**
 * "British aircraft using guided missiles killed …", "rebels including fighters from X attacked …": a
 * mention inside a participle or "including" phrase describes the subject before it, which acts.
 * Returns the first token of the subject.
 */
function modifiedHead(view: SentenceView, first: number): number {
  let k = first - 1;
  while (k >= 0 && view.mentionOf[k]! < 0 && (view.pos[k] === "ADJ" || view.pos[k] === "NOUN" || view.pos[k] === "DET" || view.pos[k] === "NUM" || (view.pos[k] === "VERB" && view.words[k]!.endsWith("ed")))) k--;
  const word = view.words[k] ?? "";
  if (k < 1 || !(word === "including" || (view.pos[k] === "VERB" && word.endsWith("ing")))) return first;
  let j = k - 1;
  while (j >= 0 && view.mentionOf[j]! < 0 && (view.pos[j] === "NOUN" || view.pos[j] === "ADJ")) j--;
  // "the Saudi-led coalition fighting X": the leader stands for the coalition, as in "a US-led attack".
  if (j >= 2 && view.mentionOf[j]! < 0 && view.words[j] === "led" && view.words[j - 1] === "-" && isInHyphenated(view, j - 1)) j -= 2;
  if (j < 0 || view.mentionOf[j]! < 0 || isPossessor(view, j)) return first;
  return firstTokenOf(view, j);
}

const SUBJECT_PLACE_PREPS = new Set(["from", "in", "at", "throughout", "across"]);
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside", "across", "throughout"]);

// Places that say where the subject is ("police in Cairo"), not who acts.
const PLACE_TYPES = new Set(["GPE", "LOC"]);

/**
 * "Police in Cairo arrested…", "Protesters at the Kremlin said…": when the subject found is a
 * place after "in"/"at" and a mention that is not itself a place stands right before it (or
 * before a participle that places it), that mention is the subject; the place only locates it.
 * Returns the first token of the subject.
 */
function placedHead(view: SentenceView, first: number): number {
  const place = view.mentions[view.mentionOf[first]!];
  if (!place) return first;
  // "inhabitants of the Golan Heights", "doctors from American aid groups": people named by a role
  // of or from a place act, and so do those from what a demonym describes when their country is known.
  const role = roleBeforeOf(view, first);
  if (role >= 0 && (PLACE_TYPES.has(place.type) || (isDemonymOfThing(view, place, view.unitEnd[first]!) && view.mentions[view.mentionOf[role]!]!.actor?.country))) return role;
  if (!PLACE_TYPES.has(place.type)) return first;
  let k = first - 1;
  if (view.words[k] === "the") k--;
  if (view.words[k] !== "in" && view.words[k] !== "at") return first;
  // "The Red Cross operating in Iraq said", "troops based in Germany": a participle may place it.
  if (view.mentionOf[k - 1]! < 0 && view.pos[k - 1] === "VERB" && /(?:ing|ed)$/.test(view.words[k - 1] ?? "")) k--;
  // "workers in logistic centres in Germany": one more place that names no one stands between.
  else if (view.mentionOf[k - 1]! < 0) {
    let j = k - 1;
    while (j > 0 && k - j < 5 && view.mentionOf[j]! < 0 && (view.pos[j] === "NOUN" || view.pos[j] === "ADJ" || view.pos[j] === "DET")) j--;
    if ((view.words[j] === "in" || view.words[j] === "at") && j < k - 1 && view.mentionOf[j - 1]! >= 0 && !view.mentions[view.mentionOf[j - 1]!]!.name) k = j;
  }
  const m = view.mentionOf[k - 1] ?? -1;
  const head = m >= 0 ? view.mentions[m] : undefined;
  if (!head || PLACE_TYPES.has(head.type) || isPossessor(view, k - 1)) return first;
  return firstTokenOf(view, k - 1);
}

/** The first token of a role mention with no name right before "of"/"from" (and a determiner, number or adjectives) and token `first`, or -1. */
function roleBeforeOf(view: SentenceView, first: number): number {
  let k = first - 1;
  while (k >= 0 && view.mentionOf[k]! < 0 && (view.pos[k] === "DET" || view.pos[k] === "NUM" || view.pos[k] === "ADJ")) k--;
  if (view.words[k] !== "of" && view.words[k] !== "from") return -1;
  const m = view.mentionOf[k - 1] ?? -1;
  const head = m >= 0 ? view.mentions[m] : undefined;
  return head && !head.name && !PLACE_TYPES.has(head.type) && !isPossessor(view, k - 1) ? firstTokenOf(view, k - 1) : -1;
}

/** Whether any verb stands between token a (inclusive) and b (exclusive). */
function hasVerbBetween(view: SentenceView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (view.group[i]! >= 0) return true;
  return false;
}

/** The earlier verb group whose clause a coordinated or participle clause continues ("…, urging"), or -1. */
export function continuedGroup(view: SentenceView, g: number): number {
  let j = view.groups[g]!.first - 1;
  while (j >= 0 && (view.pos[j] === "ADV" || view.isTime[j])) j--;
  if (j < 0 || g === 0) return -1;
  const word = view.words[j]!;
  if (!(word === "and" || word === "or" || word === "but" || (word === "," && hasVerbBetween(view, 0, j)))) return -1;
  // "urged Uganda to repatriate criminals, accusing them": a participle after a comma continues the
  // clause's finite verb, not the infinitive it governs.
  let k = g - 1;
  if (word === ",") while (k > 0 && view.words[view.groups[k]!.first] === "to") k--;
  return k;
}

// Verbs whose object, not subject, does what the infinitive after it says.
const OBJECT_CONTROL = new Set([
  "urge", "ask", "call", "order", "tell", "invite", "encourage", "press", "allow", "permit", "force", "help", "enable",
  "persuade", "authorize", "authorise", "compel", "request", "appeal", "implore", "pressure", "push", "lead", "let", "want", "expect",
]);

/**
 * Whether verb group g hands its infinitive to its object ("urged Uganda to …"). "Called X to
 * congratulate him" is a telephone call whose caller does the rest; "called on X to" is an appeal.
 */
function hasObjectControl(view: SentenceView, g: number): boolean {
  const group = view.groups[g]!;
  const lemma = view.tokens[group.head]!.lemma;
  if (lemma === "call") return CALL_ON.has(view.words[group.last + 1] ?? "");
  return OBJECT_CONTROL.has(lemma);
}

const CALL_ON = new Set(["on", "upon", "for"]);

/** The object of the verb a purpose infinitive (verb group g) hangs off, when that verb keeps the infinitive for its subject ("called X to …"). */
function purposeObject(view: SentenceView, g: number, sourceCountries: ReadonlySet<string>, objectAgent: boolean): number[] {
  const group = view.groups[g];
  if (!group || view.words[group.first] !== "to") return [];
  const governing = previousGroupInClause(view, group.first);
  if (governing < 0 || hasObjectControl(view, governing) || view.groups[governing]!.passive) return [];
  const object = targetsAfter(view, view.groups[governing]!.last + 1, sourceCountries, false, objectAgent);
  const fits = (m: number): boolean => firstTokenOfMention(view, m) < group.first && !isWeakMention(view.mentions[m]!) && !sourceCountries.has(view.mentions[m]!.actor?.country ?? "");
  return object.length > 0 && object.every(fits) ? object : [];
}

const VIOLENT_ROOT = /^(?:18|19|20)/;
const AIMING = new Set(["targeting", "targetting", "hitting", "striking"]);

/** The token of "targeting"/"hitting" after a comma later in the clause from token `from`, or -1. */
function aimingParticiple(view: SentenceView, from: number): number {
  for (let i = from; i < view.tokens.length && i - from < 12; i++) {
    if (view.words[i] === "," && AIMING.has(view.words[i + 1] ?? "")) return i + 1;
    if (view.group[i]! >= 0 || CLAUSE_ENDS.has(view.words[i]!)) return -1;
  }
  return -1;
}

/** The nearest verb group before token `first` with no clause boundary between. */
function previousGroupInClause(view: SentenceView, first: number): number {
  for (let i = first - 1; i >= 0; i--) {
    if (view.group[i]! >= 0) return view.group[i]!;
    const word = view.words[i]!;
    if (word === ";" || word === ":" || view.pos[i] === "SCONJ" || RELATIVE.has(word)) return -1;
  }
  return -1;
}

// Nouns of what is written or said: its words are its author's.
const DOCUMENT_NOUNS = new Set([
  "statement", "declaration", "report", "resolution", "letter", "communique", "communiqué", "note", "memo", "message",
  "petition", "complaint", "motion", "decree", "ruling", "verdict", "order", "appeal", "speech", "address", "interview",
  "broadcast", "video", "editorial", "tweet", "post", "press release", "release", "notice", "circular", "document",
]);

/** The token before "in a statement", "in a letter to X" when it ends right at token j (commas around it too), else j. */
function beforeDocumentPhrase(view: SentenceView, j: number): number {
  let k = j;
  if (view.words[k] === ",") k--;
  if (k < 0 || view.mentionOf[k]! >= 0 || !DOCUMENT_NOUNS.has(view.tokens[k]!.lemma)) return j;
  k--;
  while (k >= 0 && view.mentionOf[k]! < 0 && (view.pos[k] === "DET" || view.pos[k] === "ADJ" || POSSESSIVE_PRONOUNS.has(view.words[k]!))) k--;
  if (view.words[k] !== "in" && view.words[k] !== "through") return j;
  k--;
  return view.words[k] === "," ? k - 1 : k;
}

/**
 * "issued a declaration demanding …": the actor of the verb group whose object is a document
 * noun at token j, when verb group g is a participle right after that object (and its time); null otherwise.
 */
function authorOfDocument(view: SentenceView, g: number, j: number): number[] | null {
  const group = view.groups[g]!;
  if (!view.words[group.first]!.endsWith("ing") || view.mentionOf[j]! >= 0 || !DOCUMENT_NOUNS.has(view.tokens[j]!.lemma)) return null;
  let k = j - 1;
  while (k >= 0 && view.mentionOf[k]! < 0 && view.group[k]! < 0 && (view.pos[k] === "DET" || view.pos[k] === "ADJ" || view.pos[k] === "NUM" || view.pos[k] === "NOUN" || view.pos[k] === "ADP")) k--;
  if (k < 0 || view.group[k]! < 0) return null;
  const actor = actorOf(view, view.group[k]!);
  return actor.length > 0 ? actor : null;
}

/** The grammatical subject of verb group g: before it, or inherited by a coordinated or participle clause. */
export function subjectOf(view: SentenceView, g: number): number[] {
  const group = view.groups[g]!;
  let j = group.first - 1;
  while (j >= 0 && (view.pos[j] === "ADV" || view.isTime[j])) j--;
  // "X, in a statement, condemned …": where a deed was told is no part of its subject.
  j = beforeDocumentPhrase(view, j);
  if (j < 0) return [];
  const word = view.words[j]!;
  // "issued a declaration demanding …", "put out a report accusing …": what a document says, its author says.
  const author = authorOfDocument(view, g, j);
  if (author) return author;
  if (view.words[group.first] === "to") {
    // "Washington is willing to ease …": an infinitive after an adjective has the copula's subject.
    let k = group.first - 1;
    while (k >= 0 && (view.pos[k] === "ADJ" || view.pos[k] === "ADV")) k--;
    if (k < group.first - 1 && k >= 0 && view.group[k]! >= 0) return subjectOf(view, view.group[k]!);
    // "summoned the ambassador to complain": a purpose clause has the main verb's subject; only verbs
    // of asking and letting ("urged Uganda to", "allowed Moscow to") hand it to their object.
    const governing = previousGroupInClause(view, group.first);
    if (governing >= 0 && !hasObjectControl(view, governing)) return actorOf(view, governing);
  }
  const continued = continuedGroup(view, g);
  // "held talks with Putin and brokered …", "…, urging the release of": the earlier clause's actor acts.
  if (continued >= 0) return actorOf(view, continued);
  if (RELATIVE.has(word)) {
    let k = j - 1;
    if (view.words[k] === ",") k--;
    // "in a statement that also praised …": what the document says, its author says.
    if (k >= 0 && view.mentionOf[k]! < 0 && DOCUMENT_NOUNS.has(view.tokens[k]!.lemma)) {
      // "a Security Council resolution that …" is the council's.
      const owner = ownerOfNoun(view, k);
      if (owner.length > 0) return owner;
      const clause = enclosingGroup(view, k);
      return clause >= 0 ? actorOf(view, clause) : [];
    }
    return k >= 0 ? subjectBefore(view, k + 1, false, false) : [];
  }
  if (word === ",") {
    // "Pakistan, a key U.S. ally in the war on terror, has refused …": the subject stands before the apposition.
    const opener = view.words.indexOf(",");
    const head = opener > 0 && opener < j ? subjectBefore(view, opener, false) : [];
    if (head.length > 0) return head;
  }
  return subjectBefore(view, j + 1, word === ",");
}

/** The first token of the mention after "by", across its determiner and modifiers ("by senior Turkish officials"), or -1. */
function agentStart(view: SentenceView, from: number): number {
  for (let k = from; k < view.tokens.length && k - from < 4; k++) {
    if (mentionStartingAt(view, k) >= 0) return k;
    const pos = view.pos[k];
    if (pos !== "DET" && pos !== "ADJ" && pos !== "PROPN" && pos !== "NUM") return -1;
  }
  return -1;
}

/** "by X" right after a passive verb group. */
function agentOf(view: SentenceView, g: number): number[] {
  const group = view.groups[g]!;
  if (!group.passive || view.words[group.last + 1] !== "by") return [];
  const m = agentStart(view, group.last + 2);
  const mention = m >= 0 ? mentionStartingAt(view, m) : -1;
  if (mention < 0) return [];
  const all = [mention];
  coordinatedAfter(view, view.unitEnd[m]!, all);
  return all;
}

/** Who acts in verb group g: the agent of a passive, else the subject. */
export function actorOf(view: SentenceView, g: number): number[] {
  const agent = agentOf(view, g);
  if (agent.length > 0) return agent;
  return view.groups[g]!.passive ? [] : subjectOf(view, g);
}

/**
 * The targets after token `from`: the object, or the mention after with/on/to/against/between…;
 * mentions of the source's own country are passed over ("reopen its embassy in Minsk").
 */
function targetsAfter(view: SentenceView, from: number, sourceCountries: ReadonlySet<string>, selfSeen = false, objectAgent = true): number[] {
  let skippedSelf = selfSeen;
  let crossed = false;
  // "withdraw its troops from X", "send troops to X": the source's own forces are the target
  // only when no one else is named after them (a state's acts on its own people are not passed
  // over); so is a country named only as the origin of a thing ("returned Iraqi artifacts to X").
  let ownPeople: number[] | null = null;
  for (let i = from, seen = 0; i < view.tokens.length && seen < 10; i++, seen++) {
    // "demanded that the US cancel …", "offered to hand over to Britain": the addressee may sit
    // in the complement, once.
    if (i === from && view.isTime[i]) {
      // "demanded Friday that …": a time before the complement does not end it.
      from++;
      continue;
    }
    if (!crossed && i === from && view.words[i] === "that") {
      crossed = true;
      continue;
    }
    if (!crossed && view.group[i]! >= 0 && view.words[i] === "to" && i - from <= 4) {
      crossed = true;
      i = view.groups[view.group[i]!]!.last;
      continue;
    }
    const m = mentionStartingAt(view, i);
    if (m >= 0) {
      const country = view.mentions[m]!.actor?.country;
      const end = view.unitEnd[i]!;
      // Only the source's own places and possessives are passed over ("its embassy in Minsk", "their
      // counterparts"): "President Mugabe" is no place of Zimbabwe's, and "protest President X's
      // failure" is aimed at him, whatever his country.
      const mention = view.mentions[m]!;
      // "reiterated the U.N.'s commitment to …": the source's own possessor is passed over too.
      const isOwn = mention.type === "GPE" || mention.type === "LOC" || mention.via === "pronoun" || (isPossessor(view, end) && internationalCode(mention) !== null);
      const key = internationalCode(mention) ?? country;
      if (key && isOwn && sourceCountries.has(key) && !COORDINATORS.has(view.words[end + 1] ?? "")) {
        skippedSelf = true;
        i = end;
        continue;
      }
      // "the UN-backed government", "Iranian-backed rebels": who backs them is not who they are.
      if (view.words[end + 1] === "-" && BACKED.has(view.words[end + 2] ?? "")) {
        i = end + 2;
        continue;
      }
      const all = [m];
      coordinatedAfter(view, end, all);
      // "sent troops to X": forces with no country of their own, sent somewhere, are the sender's.
      // So are the experts or doctors a state sends ("sent a team of experts to X").
      const sent = !country && !mention.name && (mention.actor?.sector === "MIL" || SENDING.has(view.tokens[from - 1]?.lemma ?? "")) && isWeakMention(mention) && SENT_TO.has(view.words[end + 1] ?? "");
      if (!ownPeople && (sent || isDemonymOfThing(view, mention, end) || (country && sourceCountries.has(country) && isInferredOwn(view, mention, i)))) {
        ownPeople = all;
        skippedSelf = true;
        i = view.unitEnd[firstTokenOfMention(view, all[all.length - 1]!)]!;
        continue;
      }
      // Only an actor with a code supersedes them: "Israeli changes to the Wye River deal" stay Israel's.
      if (ownPeople && !mention.actor) {
        i = end;
        continue;
      }
      return all;
    }
    const word = view.words[i]!;
    const pos = view.pos[i]!;
    if (view.isTime[i]) continue;
    // "to war-torn X": a participle joined by a hyphen is part of the modifier, no verb of its own.
    if (view.group[i]! >= 0 && view.words[i - 1] === "-") continue;
    // "rejected calls by X", "condemned attacks on X": a plural the tagger read as a verb right
    // after the predicate is its object.
    if (i === from && isObjectTaggedAsVerb(view, i)) continue;
    // "the demonstration staged by students", "crimes committed by X": whose deed the object is (not
    // for a thing handed over: "returned the property seized by X" goes back to its owners).
    if (objectAgent && isReducedPassiveBy(view, i)) continue;
    if (view.group[i]! >= 0 && word !== "involving" && word !== "including") return ownPeople ?? [];
    if (TARGET_PREPS.has(word)) {
      if (AFTER_SELF_ONLY.has(word) && !skippedSelf && !opensStance(view, i)) return ownPeople ?? [];
      continue;
    }
    // "rejected calls by X", "demanded an admission by X": the one whose call or deed is the object.
    if (word === "by" && (view.pos[i - 1] === "NOUN" || (i - 1 === from && isObjectTaggedAsVerb(view, i - 1)) || (objectAgent && isReducedPassiveBy(view, i - 1)))) continue;
    if (NP_POS.has(pos) || pos === "ADV" || word === "'" || word === "’" || word === "than" || word === "-") continue;
    // "ordered the arrest and detention of X": coordinated nouns of one deed lead on to its target.
    if ((word === "and" || word === "or") && view.pos[i + 1] === "NOUN" && view.mentionOf[i + 1]! < 0) continue;
    return ownPeople ?? [];
  }
  return ownPeople ?? [];
}

const SENT_TO = new Set(["to", "into"]);
const BACKED = new Set(["backed", "sponsored", "supported", "funded", "armed", "trained", "allied", "aligned", "recognised", "recognized"]);
const SENDING = new Set(["send", "dispatch", "deploy", "despatch", "contribute", "fly", "rush"]);
// Prepositions that end a pattern and lead to the other party: "discuss * with", "file * lawsuit against", "throw * stone at".
const PARTY_PREPS = new Set(["with", "against", "at"]);

/** "troops", "a team of experts": people named by a role alone, with no country, name or other modifier ("Vietminh forces"). */
function isBareForces(view: SentenceView, m: number): boolean {
  const mention = view.mentions[m]!;
  if (mention.actor?.country || mention.name || !isWeakMention(mention)) return false;
  const before = firstTokenOfMention(view, m) - 1;
  return before < 0 || (view.pos[before] !== "PROPN" && view.mentionOf[before]! < 0);
}

/** Whether token i is a participle alone after a noun and before "by" ("property seized by", "the march staged by"). */
function isReducedPassiveBy(view: SentenceView, i: number): boolean {
  const g = view.group[i]!;
  if (g < 0 || view.groups[g]!.first !== i || view.groups[g]!.last !== i) return false;
  return /(?:ed|en|wn)$/.test(view.words[i]!) && (view.pos[i - 1] === "NOUN" || view.pos[i - 1] === "PROPN") && view.words[i + 1] === "by";
}

// Nouns of a stance toward someone that "in … of/against/with" makes a preposition of: "in protest of X",
// "in defiance of X", "in support of X", "in solidarity with X".
const STANCE_NOUNS = new Set(["protest", "defiance", "support", "solidarity", "retaliation", "retribution"]);
const STANCE_PREPS = new Set(["of", "against", "at", "over", "with", "for"]);

/** Whether token i is the "in" of "in protest of", "in defiance of": a preposition toward the one opposed or supported, not of place. */
function opensStance(view: SentenceView, i: number): boolean {
  return view.words[i] === "in" && STANCE_NOUNS.has(view.words[i + 1] ?? "") && STANCE_PREPS.has(view.words[i + 2] ?? "");
}

/** A verb ending in -s right after a past-tense verb and before a preposition ("rejected calls by"): a plural noun mistagged. */
function isObjectTaggedAsVerb(view: SentenceView, i: number): boolean {
  const g = view.group[i]!;
  if (g < 0 || i === 0 || view.group[i - 1]! < 0 || view.groups[g]!.last !== i) return false;
  return view.pos[i - 1] === "VERB" && /ed$/.test(view.words[i - 1]!) && /[^s]s$/.test(view.words[i]!) && view.pos[i + 1] === "ADP";
}

/** "Iraqi artifacts", "a Ukrainian airliner": a demonym alone before a noun that names no actor says where a thing is from. */
function isDemonymOfThing(view: SentenceView, mention: Mention, end: number): boolean {
  const actor = mention.actor;
  return mention.type === "GROUP" && actor !== null && actor.code === actor.country && view.mentionOf[end + 1]! < 0 && view.pos[end + 1] === "NOUN";
}

/**
 * Whether an object is forces whose country is only inferred to be the source's: from a
 * possessive pronoun ("its troops") or the country around it ("troops" in a sentence about one
 * state), not written in its own words ("Israeli soldiers", "General X").
 */
function isInferredOwn(view: SentenceView, mention: Mention, first: number): boolean {
  if (mention.name || mention.actor?.sector !== "MIL") return false;
  const via = mention.via ?? "";
  return via === "coreference:possessive" || via === "coreference:country" || via.endsWith("+context") || POSSESSIVE_PRONOUNS.has(view.words[first - 1] ?? "");
}

// Prepositions that may lead to a target further on in the clause ("lend $1 billion to X", "set up a
// centre in X", "demanding autonomy from X"); those of place lead only to places.
const CLAUSE_TARGET_PREPS = new Set(["to", "with", "against", "into", "on", "upon", "onto", "toward", "towards", "from", "for", "in", "at", "inside", "within", "across", "near"]);
const PLACE_PREPS = new Set(["in", "at", "inside", "within", "across", "near"]);
const REDUCED_TARGET_PREPS = new Set(["on", "upon", "against"]);
const CLAUSE_ENDS = new Set([";", ":", "—", "–", "(", "\"", "“", "”", "which", "who", "whom", "whose", "where", "when", "while", "that", "because", "after", "before", "if", "unless", "until", "despite", "although", "though", "whereas", "as", "but"]);

/**
 * The target named further on in the clause when none stands right after the predicate: the first
 * mention led to by a preposition of direction ("agreed to lend up to $1 billion to X", "demanding
 * autonomy from X"), a place where the deed is done ("set up a centre in X"), or the object of an
 * infinitive of purpose ("opened its borders for trucks to enter X"). A finite verb, a comma before a
 * verb, or a word opening another clause ends the search; the source's own country is taken only when
 * no other actor is named.
 */
function clauseTargetsAfter(view: SentenceView, from: number, sources: readonly number[], sourceCountries: ReadonlySet<string>): number[] {
  let own: number[] = [];
  // "blocked streets in X in defiance of Y": a place where the deed is done yields to the one it defies.
  let placed: number[] | null = null;
  let afterInfinitive = false;
  for (let i = from; i < view.tokens.length && i - from < 25; i++) {
    const word = view.words[i]!;
    const g = view.group[i]!;
    if (g >= 0) {
      const group = view.groups[g]!;
      // "sanctions imposed on X", "restrictions placed upon X": a participle after its noun hands on to X.
      if (group.first === group.last && /ed$/.test(word) && view.pos[i - 1] === "NOUN" && REDUCED_TARGET_PREPS.has(view.words[i + 1] ?? "")) continue;
      // Only an infinitive ("to enter", "to help") continues the clause, or the rest of the
      // predicate's own group ("has agreed to | set up a centre in X").
      if ((view.words[group.first] !== "to" && view.words[group.first - 1] !== "to" && group.first >= from) || group.passive) break;
      i = group.last;
      afterInfinitive = true;
      continue;
    }
    const m = mentionStartingAt(view, i);
    if (m >= 0) {
      const end = view.unitEnd[i]!;
      const mention = view.mentions[m]!;
      const led = ledBy(view, i);
      const place = mention.type === "GPE" || mention.type === "LOC";
      // "for the United States' policies", "against X's decision": a possessor led to by a
      // preposition of direction is whose deed is opposed or supported.
      // "to supporting Lebanon's sovereignty": so is the possessor of an infinitive's object.
      const objectOfInfinitive = led === null && afterInfinitive && objectOfPrevious(view, i) && !sourceCountries.has(mention.actor?.country ?? "");
      const fits = !sources.includes(m) && (!isPossessor(view, end) || (led !== null && !PLACE_PREPS.has(led)) || objectOfInfinitive) && (led !== null ? !PLACE_PREPS.has(led) || place : objectOfInfinitive);
      const stance = led !== null && opensStance(view, wordBeforeModifiers(view, i) - 2);
      // "held talks in Jerusalem with X": a party after "with" or "against" outranks the place.
      const party = led === "with" || led === "against";
      if (fits && (placed === null || stance || (party && !place))) {
        const all = [m];
        coordinatedAfter(view, end, all);
        const country = mention.actor?.country;
        // One's own government is as much the one protested as any other.
        if (stance) return all;
        if (country && sourceCountries.has(country)) {
          if (own.length === 0) own = all;
        } else if (place && led !== null && PLACE_PREPS.has(led)) placed ??= all;
        else return all;
      }
      afterInfinitive = false;
      i = end;
      continue;
    }
    if (CLAUSE_ENDS.has(word) || view.pos[i] === "SCONJ") break;
    if (word === "," && (view.group[i + 1]! >= 0 || view.pos[i + 1] === "SCONJ" || CLAUSE_ENDS.has(view.words[i + 1] ?? ""))) break;
    if (word !== "," && !NP_POS.has(view.pos[i]!) && view.pos[i] !== "ADV" && view.pos[i] !== "ADP" && view.pos[i] !== "CCONJ" && view.pos[i] !== "PUNCT") break;
  }
  return placed ?? own;
}

/** The preposition that leads to the mention starting at token i, across its determiners and modifiers ("to war-torn X"). */
function ledBy(view: SentenceView, i: number): string | null {
  const k = wordBeforeModifiers(view, i);
  // "in protest of X": the preposition after the stance noun leads to X, the "in" does not place it.
  if (opensStance(view, k - 2)) return view.words[k]!;
  if (view.words[k] === "of" && k > 0 && (view.pos[k - 1] === "NOUN" || view.pos[k - 1] === "PROPN")) {
    // "in the town of X", "in the capital city of X": a place named through its kind.
    let j = k - 1;
    while (j >= 0 && view.mentionOf[j]! < 0 && (view.pos[j] === "NOUN" || view.pos[j] === "PROPN" || view.pos[j] === "ADJ" || view.pos[j] === "DET")) j--;
    if (j >= 0 && PLACE_PREPS.has(view.words[j]!)) return view.words[j]!;
  }
  const word = k >= 0 ? view.words[k]! : "";
  return CLAUSE_TARGET_PREPS.has(word) && view.group[k]! < 0 ? word : null;
}

/** The token before the determiners and modifiers of the mention starting at token i ("to | war-torn X"). */
function wordBeforeModifiers(view: SentenceView, i: number): number {
  let k = i - 1;
  // "to war-torn X": a hyphenated modifier is one word whatever the tags of its parts.
  while (k >= 0 && view.mentionOf[k]! < 0 && (view.pos[k] === "DET" || view.pos[k] === "ADJ" || view.pos[k] === "NUM" || view.words[k] === "-" || view.words[k - 1] === "-" || view.words[k + 1] === "-" || view.isTime[k])) k--;
  return k;
}

/** Whether the mention at token i is the object of the infinitive just before it ("to help the X army"). */
function objectOfPrevious(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && view.group[k]! < 0 && (view.pos[k] === "DET" || view.pos[k] === "ADJ" || view.pos[k] === "NUM")) k--;
  return k >= 0 && view.group[k]! >= 0;
}

/**
 * The words of the object when no actor is named there ("filed a lawsuit against Thom", "opened an
 * investigation into the death of a man"): reported as the target's words, with no code.
 */
export function objectWordsAfter(view: SentenceView, from: number): [number, number] | null {
  let i = from;
  while (i < view.tokens.length && (view.pos[i] === "DET" || view.pos[i] === "ADV" || view.isTime[i] || TARGET_PREPS.has(view.words[i]!) || POSSESSIVE_PRONOUNS.has(view.words[i]!))) i++;
  // A time read into a compound ("95-year-old") leaves the phrase's first word where the compound ends.
  while (i > from && view.isTime[i - 1] && (view.pos[i - 1] === "NUM" || view.words[i - 1] === "-" || view.pos[i - 1] === "NOUN") && view.words[i] === "-") {
    i--;
    while (i > from && view.isTime[i - 1] && view.pos[i - 1] !== "DET") i--;
  }
  const start = i;
  // "a 95-year-old man", "three pumping stations": hyphens inside a compound and a gerund before its noun belong to the phrase.
  const inPhrase = (k: number): boolean =>
    (NP_POS.has(view.pos[k]!) && view.pos[k] !== "PRON") || view.words[k] === "of" ||
    (view.words[k] === "-" && k > 0 && view.tokens[k]!.start === view.tokens[k - 1]!.end) ||
    (view.pos[k] === "VERB" && view.words[k]!.endsWith("ing") && view.pos[k + 1] === "NOUN");
  while (i < view.tokens.length && i - start < 8 && inPhrase(i)) i++;
  while (i > start && (view.words[i - 1] === "of" || view.pos[i - 1] === "DET" || view.pos[i - 1] === "PART" || view.isTime[i - 1])) i--;
  if (i === start || !view.pos.slice(start, i).some((p) => p === "NOUN" || p === "PROPN")) return null;
  return namesNoOne(view, start, i - 1) ? null : [start, i - 1];
}

const CURRENCY = /^[$€£¥]/;
const AMOUNTS = new Set(["million", "billion", "trillion", "dollars", "euros", "pounds", "$", "€", "£", "¥"]);

/**
 * Whether the words first..last say when or how much, not who: "January 17", "this month", "the
 * first day of", "$400 million". Such words are no actor's, coded or not.
 */
function namesNoOne(view: SentenceView, first: number, last: number): boolean {
  const { roles } = timeWords();
  // "$400 million", "£80m", "50 million euros": a sum opens the phrase.
  if (CURRENCY.test(view.words[first]!) || (view.pos[first] === "NUM" && AMOUNTS.has(view.words[first + 1] ?? ""))) return true;
  let nouns = 0;
  let timeNouns = 0;
  for (let k = first; k <= last; k++) {
    const word = view.words[k]!;
    if (view.pos[k] !== "NOUN" && view.pos[k] !== "PROPN") continue;
    nouns++;
    const role = roles.get(word);
    if (view.isTime[k] || unitOf(word) !== undefined || role === "month" || role === "weekday") timeNouns++;
  }
  return nouns === timeNouns;
}

/** The words of the subject when it names no known actor ("The ACLU filed …"): reported with no code. */
export function subjectWordsBefore(view: SentenceView, g: number): [number, number] | null {
  const group = view.groups[g];
  if (!group || group.passive || view.words[group.first] === "to") return null;
  let end = group.first - 1;
  while (end >= 0 && (view.pos[end] === "ADV" || view.isTime[end])) end--;
  let start = end;
  while (start >= 0 && end - start < 6 && (view.pos[start] === "PROPN" || view.pos[start] === "NOUN" || view.pos[start] === "ADJ" || view.pos[start] === "NUM" || view.words[start] === "'s")) start--;
  start++;
  if (start > end || !view.pos.slice(start, end + 1).some((p) => p === "NOUN" || p === "PROPN")) return null;
  // "a car bomb in Kiev killed …": the words of a place the subject was in are not the subject's.
  const before = view.words[start - 1] === "the" ? start - 2 : start - 1;
  if (LOCATIVE.has(view.words[before] ?? "")) return null;
  return namesNoOne(view, start, end) ? null : [start, end];
}

/** Possessor or modifier of an event noun: "Trump's letter", "US sanctions", "a Russian attack". */
function ownerOfNoun(view: SentenceView, first: number): number[] {
  let i = first - 1;
  // "its long-threatened invasion": a hyphenated modifier is one word whatever the tags of its parts.
  while (i >= 0 && view.mentionOf[i]! < 0 && (view.pos[i] === "ADJ" || view.pos[i] === "NOUN" || (view.pos[i] === "VERB" && view.words[i]!.endsWith("ed")) || isInHyphenated(view, i))) i--;
  if (i < 0) return [];
  if (view.words[i] === "'s" || view.words[i] === "'" || view.words[i] === "’s" || view.words[i] === "’") i--;
  if (i < 0 || view.mentionOf[i]! < 0) return [];
  // "a US-led attack" is the leader's; a "Russian-made agent", "Tunisia-inspired protests" are not their maker's deeds.
  if (view.words[i + 1] === "-" && isInHyphenated(view, i + 1) && view.words[i + 2] !== "led") return [];
  const start = firstTokenOf(view, i);
  return [...coordinatedBefore(view, start), view.mentionOf[i]!];
}

/** Whether token i is a hyphen joining two words, or a word joined by one ("long-threatened", "war-torn"). */
function isInHyphenated(view: SentenceView, i: number): boolean {
  const joined = (a: number): boolean => view.words[a] === "-" && a > 0 && view.tokens[a]!.start === view.tokens[a - 1]!.end && view.tokens[a + 1]?.start === view.tokens[a]!.end;
  return joined(i) || joined(i - 1) || joined(i + 1);
}

/** The verb group that an event noun hangs off: the nearest group to its left, if no clause boundary intervenes. */
export function enclosingGroup(view: SentenceView, first: number): number {
  for (let i = first - 1; i >= 0; i--) {
    if (view.group[i]! >= 0 && !isInHyphenated(view, i)) return view.group[i]!;
    if (view.pos[i] === "SCONJ" || view.pos[i] === "CCONJ" || view.words[i] === ";" || RELATIVE.has(view.words[i]!)) return -1;
  }
  return -1;
}

/** A mention that names no country or organisation: "political prisoners" (CVL), "leaders", an unknown name. */
export function isWeakMention(mention: Mention): boolean {
  const actor = mention.actor;
  return !actor || (actor.country === null && actor.code === actor.sector);
}

/** The countries of the mentions, and the codes of those that stand above any state ("IGOUNO"). */
function countriesOf(view: SentenceView, mentions: readonly number[]): Set<string> {
  const set = new Set<string>();
  for (const m of mentions) {
    const c = internationalCode(view.mentions[m]!) ?? view.mentions[m]!.actor?.country;
    if (c) set.add(c);
  }
  return set;
}

/** Whether mention m is a possessor ("Egypt's", "the U.N.'s") of a country or organisation among the sources'. */
function isOwnPossessor(view: SentenceView, m: number, sources: readonly number[]): boolean {
  const mention = view.mentions[m]!;
  const key = internationalCode(mention) ?? mention.actor?.country ?? null;
  return key !== null && isPossessor(view, view.unitEnd[firstTokenOfMention(view, m)]!) && countriesOf(view, sources).has(key);
}

/** Whether the possessor mention m owns a stance ("Egypt's solidarity"), not a thing of its own ("Algeria's elections"). */
function isOwnStance(view: SentenceView, m: number): boolean {
  let k = view.unitEnd[firstTokenOfMention(view, m)]! + 2;
  while (view.pos[k] === "ADJ") k++;
  return OWN_STANCES.has(view.tokens[k]?.lemma ?? "");
}

// Stances a speaker holds: "reiterated Turkey's support for X" voices the speaker's own.
const OWN_STANCES = new Set(["support", "solidarity", "commitment", "backing", "condolence", "sympathy", "position", "readiness", "willingness", "desire", "intention", "opposition", "concern", "gratitude", "appreciation", "congratulation"]);

/** The code of an international organisation's mention ("IGOUNO"), else null. */
function internationalCode(mention: Mention): string | null {
  const code = mention.actor?.code;
  return code && /^(IGO|NGO|IMG)/.test(code) ? code : null;
}

const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);

/** "lifted its blockade", "withdrew some of their troops": a possessive pronoun in the object owns it, it is not the target. */
function isOwnerPronoun(view: SentenceView, m: number): boolean {
  const mention = view.mentions[m]!;
  return mention.via === "pronoun" && POSSESSIVE_PRONOUNS.has(mention.text.toLowerCase());
}

/** Mentions that start on a word of the match after its first ("release * prisoner" over "freed prisoners"), not owner pronouns. */
function mentionsInside(view: SentenceView, match: PatternMatch): number[] {
  const inside: number[] = [];
  for (let i = match.first + 1; i <= match.last; i++) {
    const m = view.mentionOf[i]!;
    if (m >= 0 && startsMention(view, i) && !inside.includes(m) && !isOwnerPronoun(view, m)) inside.push(m);
  }
  return inside;
}

/** Finds the source and target of one predicate. */
export function findArguments(view: SentenceView, match: PatternMatch): EventArguments {
  const { pattern } = match;
  // What is given or handed back (07 aid, 08 yield) goes to its owner, not to who took it.
  const objectAgent = !/^0[78]/.test(pattern.code);
  let sources: number[];
  let sourceFrom: EventArguments["sourceFrom"] = "none";
  if (pattern.kind === "verb") {
    const g = view.group[match.first]!;
    const group = g >= 0 ? view.groups[g]! : undefined;
    if (group?.passive) {
      sources = agentOf(view, g);
      // "Israel was accused by Iran": the subject of a passive is its target.
      const subject = subjectOf(view, g);
      const after = Math.max(match.last, group.last) + 1;
      let targets = match.target >= 0 ? [match.target] : subject.length > 0 ? subject : targetsAfter(view, after, countriesOf(view, sources), false, objectAgent);
      if (targets.length === 0 && sources.length > 0) targets = clauseTargetsAfter(view, after, sources, countriesOf(view, sources));
      return { sources, targets: targets.filter((t) => !sources.includes(t)), sourceFrom: sources.length > 0 ? "own" : "none" };
    }
    sources = g >= 0 ? subjectOf(view, g) : [];
    sourceFrom = sources.length > 0 ? "own" : "none";
  } else {
    sources = ownerOfNoun(view, match.first);
    if (sources.length === 0 && view.words[match.last + 1] === "by") {
      const at = agentStart(view, match.last + 2);
      if (at >= 0) sources = [mentionStartingAt(view, at)];
    }
    if (sources.length === 0 && match.target >= 0 && match.gapMentions.length > 0) sources = [match.gapMentions[0]!];
    if (sources.length > 0) sourceFrom = "own";
    else {
      const g = enclosingGroup(view, match.first);
      const during = view.words[match.first - 1] === "during" || view.words[match.first - 2] === "during";
      if (g >= 0 && (during || LIGHT_VERBS.has(view.tokens[view.groups[g]!.head]!.lemma))) sources = actorOf(view, g);
      sourceFrom = sources.length > 0 ? "clause" : "none";
    }
  }
  let targets: number[];
  if (match.target >= 0) {
    targets = [match.target];
    coordinatedAfter(view, view.unitEnd[firstTokenOfMention(view, match.target)]!, targets);
  } else if (pattern.kind === "noun" && match.gapMentions.length > 0) {
    // "the lifting of US sanctions on Belavia": the modifier is the actor when a target follows.
    const after = targetsAfter(view, match.last + 1, countriesOf(view, match.gapMentions), true, objectAgent);
    if (after.length > 0 && sources.length === 0) {
      sources = [...match.gapMentions];
      sourceFrom = "own";
      targets = after;
    } else targets = after.length > 0 ? after : match.gapMentions.filter((m) => !sources.includes(m));
  } else if (match.gapMentions.some((m) => !isOwnerPronoun(view, m))) {
    targets = match.gapMentions.filter((m) => !isOwnerPronoun(view, m));
    // "reiterated Turkey's support for X", "expressed Egypt's solidarity with X": the source's own possessor owns the deed.
    // "closed Venezuela's borders with X": one named after the source's own thing is the target;
    // with no one else, "boycott Algeria's elections" is against the country's own.
    if (targets.every((m) => isOwnPossessor(view, m, sources))) {
      const after = targetsAfter(view, match.last + 1, countriesOf(view, sources), true, objectAgent);
      const further = after.length > 0 ? after : clauseTargetsAfter(view, match.last + 1, sources, countriesOf(view, sources));
      if (further.length > 0 || targets.every((m) => isOwnStance(view, m))) targets = further;
    }
    // "discussed Libya with X", "filed a suit in a Paris court against X": a pattern that ends in a
    // preposition toward a party names the party after it; what its gap holds is the matter or the venue.
    if (PARTY_PREPS.has(view.words[match.last]!)) {
      const after = targetsAfter(view, match.last + 1, countriesOf(view, sources), true, objectAgent);
      if (after.some((m) => view.mentions[m]!.actor !== null)) targets = after;
    }
    // "returned Iraqi artifacts to the government of Iraq": where a thing is from yields to whom it goes.
    if (targets.every((m) => isDemonymOfThing(view, view.mentions[m]!, view.unitEnd[firstTokenOfMention(view, m)]!))) {
      const after = targetsAfter(view, match.last + 1, countriesOf(view, sources), false, objectAgent);
      if (after.some((m) => view.mentions[m]!.actor !== null)) targets = after;
    }
  } else if (pattern.kind === "verb" && mentionsInside(view, match).length > 0) {
    // "freed 37 prisoners": the pattern's own last word ("prisoner") may name the target; the
    // source's own ("withdrew its troops from X") only when no one else is named after it.
    const inside = mentionsInside(view, match);
    const sending = SENDING.has(view.tokens[match.first]!.lemma);
    const own = inside.every((m) => {
      const mention = view.mentions[m]!;
      // "contributed troops to X", "sent a team of experts to X": forces or envoys with no country of their own are the sender's.
      if (isBareForces(view, m) && (sending || mention.actor?.sector === "MIL")) return true;
      return isInferredOwn(view, mention, firstTokenOfMention(view, m)) && countriesOf(view, sources).has(mention.actor?.country ?? "");
    });
    let after = own ? targetsAfter(view, match.last + 1, countriesOf(view, sources), true, objectAgent) : [];
    // "mobilized troops for a war against X": the one they are raised against, further on.
    if (own && after.length === 0) after = clauseTargetsAfter(view, match.last + 1, sources, countriesOf(view, sources)).filter((m) => !PLACE_PREPS.has(ledBy(view, firstTokenOfMention(view, m)) ?? "in"));
    targets = after.length > 0 ? after : inside;
  } else {
    // "threatened to impose restrictions against X": a pattern ending in an infinitive's "to" hands on to its verb.
    const after = view.words[match.last] === "to" && view.group[match.last]! >= 0 ? match.last : match.last + 1;
    targets = targetsAfter(view, after, countriesOf(view, sources), false, objectAgent);
  }
  if (pattern.kind === "verb" && !targets.some((t) => !isWeakMention(view.mentions[t]!))) {
    // "signed a letter to Lukashenko, urging the release of …": the clause continued speaks to its addressee.
    const g = view.group[match.first]!;
    for (let continued = g >= 0 ? continuedGroup(view, g) : -1; continued >= 0; continued = continuedGroup(view, continued)) {
      const inherited = targetsAfter(view, view.groups[continued]!.last + 1, countriesOf(view, sources), false, objectAgent);
      if (inherited.some((t) => !isWeakMention(view.mentions[t]!))) {
        targets = inherited;
        break;
      }
    }
  }
  if (pattern.kind === "verb" && sources.length > 0 && targets.every((t) => sources.includes(t) || countriesOf(view, sources).has(view.mentions[t]!.actor?.country ?? ""))) {
    // "called X on Friday to convey Pakistan's support": a purpose clause with no one else to act on acts on the main verb's object.
    const object = purposeObject(view, view.group[match.first]!, countriesOf(view, sources), objectAgent);
    if (object.length > 0) targets = object;
  }
  if (targets.length === 0 && sources.length > 0 && VIOLENT_ROOT.test(pattern.code)) {
    // "carried out a raid, targeting X": the participle that says whom an attack is aimed at.
    const aim = aimingParticiple(view, match.last + 1);
    if (aim >= 0) targets = targetsAfter(view, aim + 1, countriesOf(view, sources), false, objectAgent);
  }
  // Only a deed with a doer looks further: a place alone ("was killed in X") is no party to anything;
  // nor is what a statement speaks of ("said the war in X would …").
  if (targets.length === 0 && sources.length > 0 && !pattern.code.startsWith("01")) targets = clauseTargetsAfter(view, match.last + 1, sources, countriesOf(view, sources));
  return { sources, targets: targets.filter((t) => !sources.includes(t)), sourceFrom };
}

function firstTokenOfMention(view: SentenceView, m: number): number {
  for (let i = 0; i < view.tokens.length; i++) if (view.mentionOf[i] === m) return i;
  return 0;
}
