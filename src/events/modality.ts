import { z } from "zod";
import type { Modality } from "../document.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";
import type { SentenceView } from "./sentence-view.js";

const MODALITIES = ["negated", "hypothetical", "requested", "intended", "reported"] as const;

const cueSchema = z
  .object({
    kind: z.enum(["auxiliary", "governor", "prenominal"]),
    modality: z.enum(MODALITIES),
    via: z.array(z.enum(["to", "clause", "gerund", "object"])).optional(),
    /** A governor whose complement is the deed itself, only not done yet: "decided to lift" codes the lifting, intended. */
    deed: z.boolean().optional(),
    words: z.array(z.string().min(1)).min(1),
  })
  .strict();

type CueModality = (typeof MODALITIES)[number];

/** The cue words of data/events/modality.yaml, by kind. */
export interface ModalityCues {
  readonly auxiliary: ReadonlyMap<string, CueModality>;
  /** Governor lemma → the modality it gives to an infinitive ("plans to") or a clause ("said that"). */
  readonly governorTo: ReadonlyMap<string, CueModality>;
  readonly governorClause: ReadonlyMap<string, CueModality>;
  /** Governor lemma → the modality it gives to an infinitive after its object ("wants Germany to pay"). */
  readonly governorObject: ReadonlyMap<string, CueModality>;
  /** Governor lemma → the modality it gives to a gerund after "of"/"for" ("accused X of violating"). */
  readonly governorGerund: ReadonlyMap<string, CueModality>;
  readonly prenominal: ReadonlyMap<string, CueModality>;
  /** Governor lemmas whose complement keeps its own code (no intent, appeal or refusal of it): "decide". */
  readonly deeds: ReadonlySet<string>;
}

/** Loads the modality cues: data/events/modality.yaml, then each user folder's events/modality.yaml (which add to them). */
export function loadModalityCues(userDirs: readonly string[] = []): ModalityCues {
  const auxiliary = new Map<string, CueModality>();
  const governorTo = new Map<string, CueModality>();
  const governorClause = new Map<string, CueModality>();
  const governorGerund = new Map<string, CueModality>();
  const governorObject = new Map<string, CueModality>();
  const prenominal = new Map<string, CueModality>();
  const deeds = new Set<string>();
  const files = [DATA_DIR, ...userDirs].map((dir) => join(dir, "events", "modality.yaml")).filter((file) => existsSync(file));
  const records = files.flatMap((file) => readDataFile(file, cueSchema));
  const put = (map: Map<string, CueModality>, word: string, modality: CueModality): void => {
    const known = map.get(word);
    if (!known || rank(modality) < rank(known)) map.set(word, modality);
  };
  for (const { value: cue } of records) {
    for (const word of cue.words) {
      const w = word.toLowerCase();
      if (cue.deed) deeds.add(w);
      if (cue.kind === "auxiliary") put(auxiliary, w, cue.modality);
      else if (cue.kind === "prenominal") put(prenominal, w, cue.modality);
      else {
        const via = cue.via ?? ["to", "clause"];
        if (via.includes("to")) put(governorTo, w, cue.modality);
        if (via.includes("clause")) put(governorClause, w, cue.modality);
        if (via.includes("gerund")) put(governorGerund, w, cue.modality);
        if (via.includes("object")) put(governorObject, w, cue.modality);
      }
    }
  }
  return { auxiliary, governorTo, governorClause, governorGerund, governorObject, prenominal, deeds };
}

function rank(modality: Modality): number {
  const i = (MODALITIES as readonly string[]).indexOf(modality);
  return i < 0 ? MODALITIES.length : i;
}

/** The stronger of two modalities: negated over hypothetical over requested over intended over reported over asserted. */
export function strongerModality(a: Modality, b: Modality): Modality {
  return rank(a) <= rank(b) ? a : b;
}

/** A cue that fired: its modality and the token of the governing word, when a verb governs the event. */
export interface ModalityReading {
  readonly modality: Modality;
  /** Token index of the governing verb ("urged", "claimed"), or -1. */
  readonly governor: number;
}

/** Cues inside verb group g: auxiliaries ("could", "did not") and governors followed by "to" ("wants to reopen"). */
function cuesInGroup(view: SentenceView, cues: ModalityCues, g: number, upTo: number): ModalityReading {
  const group = view.groups[g]!;
  let modality: Modality = "asserted";
  let governor = -1;
  for (let i = group.first; i <= Math.min(group.last, upTo); i++) {
    const aux = cues.auxiliary.get(view.words[i]!);
    if (aux) modality = strongerModality(modality, aux);
    // "threatened today to impose": an adverb or a time may stand between the governor and its "to".
    let next = i + 1;
    while (next < upTo && (view.pos[next] === "ADV" || view.isTime[next]) && view.words[next] !== "to") next++;
    // "is to visit Thailand": "be" before an infinitive is an arrangement, governed as a verb would.
    if (i < upTo && (view.pos[i] === "VERB" || (view.tokens[i]!.lemma === "be" && next === i + 1)) && view.words[next] === "to") {
      const gov = cues.governorTo.get(view.tokens[i]!.lemma);
      if (gov) {
        modality = strongerModality(modality, gov);
        governor = i;
      }
    }
  }
  return { modality, governor };
}

/** "urged Belarus to release", "called on Minsk to free": the verb before an infinitive's object. */
function governorBeforeInfinitive(view: SentenceView, cues: ModalityCues, g: number): ModalityReading | undefined {
  const group = view.groups[g]!;
  if (view.words[group.first] !== "to") return undefined;
  for (let i = group.first - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    // "is willing to withdraw", "are ready to": an adjective governs like a verb.
    const adjective = view.pos[i] === "ADJ" ? cues.governorTo.get(view.words[i]!) : undefined;
    if (adjective) return { modality: adjective, governor: i };
    // "reached a consensus to exchange", "announced a plan to attack": a noun right before the infinitive
    // governs it as its verb would, when the clause's subject owns it; an owner of its own ("Trump's
    // decision to", "a US call to") or a request ("an order to capture") makes it another's deed.
    const noun = i === group.first - 1 && view.pos[i] === "NOUN" ? cues.governorTo.get(view.tokens[i]!.lemma) ?? cues.governorTo.get(view.words[i]!) : undefined;
    if (noun && noun !== "requested" && !hasOwner(view, i)) return { modality: noun, governor: i };
    if (view.pos[i] === "VERB") {
      // "wants Germany to pay": an infinitive after the governor's object is asked of that object.
      const byObject = cues.governorObject.get(view.tokens[i]!.lemma);
      if (byObject && startsObject(view, i + 1, group.first)) return { modality: byObject, governor: i };
      const gov = cues.governorTo.get(view.tokens[i]!.lemma);
      if (gov && isPhoneCall(view, i)) return undefined;
      return gov ? { modality: gov, governor: i } : undefined;
    }
    if (view.pos[i] === "PUNCT" || view.pos[i] === "SCONJ") return undefined;
  }
  return undefined;
}

/** Whether the tokens from `from` up to `to` are one actor (with its determiner): the object of a verb. */
function startsObject(view: SentenceView, from: number, to: number): boolean {
  let i = from;
  if (view.pos[i] === "DET") i++;
  const m = view.mentionOf[i]!;
  if (m < 0 || view.mentions[m]!.via === "pronoun" && view.pos[i] !== "PRON") return false;
  for (let k = i; k < to; k++) if (view.mentionOf[k] !== m) return false;
  return i < to;
}

/**
 * "called Morrison to congratulate him": "call" with a direct object is a telephone call, its
 * infinitive the call's purpose; an appeal is "called on|upon X to", "called for X to".
 */
function isPhoneCall(view: SentenceView, verb: number): boolean {
  if (view.tokens[verb]!.lemma !== "call") return false;
  let next = verb + 1;
  while (next < view.words.length && (view.pos[next] === "ADV" || view.isTime[next])) next++;
  const word = view.words[next];
  return word !== "on" && word !== "upon" && word !== "for" && word !== "to";
}

/** Whether the noun at i has an owner of its own: a possessor or an actor among its modifiers ("Trump's decision", "a White House plan"). */
function hasOwner(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (view.mentionOf[k]! >= 0 || view.words[k] === "'s" || view.words[k] === "’s" || view.words[k] === "'" || view.pos[k] === "PRON" || view.pos[k] === "PROPN") return true;
    if (view.pos[k] !== "ADJ" && view.pos[k] !== "NOUN" && view.pos[k] !== "DET" && view.pos[k] !== "NUM") return false;
  }
  return false;
}

/** "said (that) X had …", "Coale told Lukashenko that Washington wants …": a reporting verb before the clause. */
function governorOfClause(view: SentenceView, cues: ModalityCues, g: number): ModalityReading | undefined {
  const group = view.groups[g]!;
  for (let i = group.first - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const k = view.group[i]!;
    if (k >= 0) {
      const head = view.groups[k]!.head;
      const gov = cues.governorClause.get(view.tokens[head]!.lemma);
      return gov ? { modality: gov, governor: head } : undefined;
    }
    if (view.pos[i] === "PUNCT" && view.words[i] !== "," ) return undefined;
    if (view.pos[i] === "SCONJ" && view.words[i] !== "that") return undefined;
  }
  return undefined;
}

/** "accused Darfur rebels of violating", "blamed X for attacking": a verb governing a gerund through "of"/"for". */
function governorOfGerund(view: SentenceView, cues: ModalityCues, g: number): ModalityReading | undefined {
  const group = view.groups[g]!;
  const before = view.words[group.first - 1];
  if (!view.words[group.first]!.endsWith("ing") || (before !== "of" && before !== "for")) return undefined;
  for (let i = group.first - 2, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const k = view.group[i]!;
    if (k >= 0) {
      const head = view.groups[k]!.head;
      const gov = cues.governorGerund.get(view.tokens[head]!.lemma);
      return gov ? { modality: gov, governor: head } : undefined;
    }
    if (view.pos[i] === "PUNCT" || view.pos[i] === "SCONJ") return undefined;
  }
  return undefined;
}

/** Whether verb group g starts a new clause with its own subject (so earlier modals do not reach it). */
function startsClause(view: SentenceView, g: number): boolean {
  const group = view.groups[g]!;
  if (view.words[group.first] === "to") return false;
  const before = group.first - 1;
  if (before < 0) return true;
  const word = view.words[before]!;
  return view.mentionOf[before]! >= 0 || view.pos[before] === "PRON" || view.pos[before] === "SCONJ" || word === ";" || word === "but";
}

/** Whether group g's only hypothetical cue is "would" ("it would free"), the future of a reported promise. */
function isFutureInPast(view: SentenceView, g: number): boolean {
  const group = view.groups[g]!;
  let would = false;
  for (let i = group.first; i <= group.last; i++) {
    const word = view.words[i]!;
    if (word === "would" || word === "'d") would = true;
    else if (word === "could" || word === "might" || word === "may" || word === "possibly" || word === "potentially") return false;
  }
  return would;
}

/** Modality of verb group g as reached by the modals of earlier groups in the same clause ("could ease sanctions imposed upon …"). */
function inheritedModality(view: SentenceView, cues: ModalityCues, g: number): Modality {
  let modality: Modality = "asserted";
  for (let k = g; k > 0 && !startsClause(view, k); k--) {
    // Only auxiliaries reach on ("could ease … and allow"); a governor governs its own complement.
    const earlier = view.groups[k - 1]!;
    for (let i = earlier.first; i <= earlier.last; i++) {
      const aux = cues.auxiliary.get(view.words[i]!);
      if (aux === "negated" || aux === "hypothetical") modality = strongerModality(modality, aux);
    }
  }
  return modality;
}

/** Modality of an event whose predicate's verb group is g (the head at token `head`). */
export function modalityOfVerb(view: SentenceView, cues: ModalityCues, g: number, head: number): ModalityReading {
  const own = cuesInGroup(view, cues, g, head);
  let modality = own.modality;
  let governor = own.governor;
  const reporter = governorOfClause(view, cues, g);
  // "said it would free 1,500 prisoners": "would" under a reporting verb is a promise, not a supposition.
  if (modality === "hypothetical" && reporter?.modality === "reported" && isFutureInPast(view, g)) modality = "intended";
  for (const reading of [governorBeforeInfinitive(view, cues, g), governorOfGerund(view, cues, g), reporter]) {
    if (!reading) continue;
    if (governor < 0) governor = reading.governor;
    modality = strongerModality(modality, reading.modality);
  }
  modality = strongerModality(modality, inheritedModality(view, cues, g));
  return { modality, governor };
}

/** Modality of an event noun: a cue right before it ("a planned reopening"), and the group it hangs off. */
export function modalityOfNoun(view: SentenceView, cues: ModalityCues, first: number, enclosing: number): ModalityReading {
  let modality: Modality = "asserted";
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const cue = cues.prenominal.get(view.words[i]!);
    if (cue) modality = strongerModality(modality, cue);
    if (view.pos[i] !== "ADJ" && view.pos[i] !== "VERB" && view.pos[i] !== "ADV") break;
  }
  if (enclosing < 0 || isPastCircumstance(view, view.groups[enclosing]!.last, first)) return { modality, governor: -1 };
  const group = modalityOfVerb(view, cues, enclosing, view.groups[enclosing]!.last);
  return { modality: strongerModality(modality, group.modality), governor: -1 };
}

// Words that open what had already happened when the clause's deed is told: "must ensure security after
// the bombing", "threatened to retaliate following the attack".
const CIRCUMSTANCE_OPENERS = new Set(["after", "following", "since", "amid", "amidst", "despite", "during"]);

/** Whether a word of time or cause stands between the clause's verb (ending at `verbLast`) and the event noun at `first`: the noun is outside the verb's modality. */
function isPastCircumstance(view: SentenceView, verbLast: number, first: number): boolean {
  for (let i = verbLast + 1; i < first; i++) if (CIRCUMSTANCE_OPENERS.has(view.words[i]!)) return true;
  return false;
}
