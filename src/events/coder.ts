import type { CodedEvent, Document, Mention, Modality, Span, TimeExpression, Token } from "../document.js";
import { withLayers } from "../document.js";
import type { Stage } from "../stage.js";
import type { CameoCode, Ontology } from "./ontology.js";
import type { PatternIndex } from "./compile-patterns.js";
import type { ModalityCues } from "./modality.js";
import type { IntentCodes } from "./intent-codes.js";
import type { AimCues } from "./aims.js";
import { aimCodeOf } from "./aims.js";
import { intentCodeOf } from "./intent-codes.js";
import type { PatternMatch } from "./match-patterns.js";
import type { SentenceView } from "./sentence-view.js";
import type { ActorCode } from "../document.js";
import { viewSentence } from "./sentence-view.js";
import { findPredicates } from "./match-patterns.js";
import { actorOf, enclosingGroup, findArguments, isWeakMention, objectWordsAfter, subjectOf, subjectWordsBefore } from "./arguments.js";
import { modalityOfNoun, modalityOfVerb, strongerModality } from "./modality.js";
import { dateEvent, locateEvent } from "./dating.js";
import { resolvePronoun } from "../actors/index.js";

/** What the coder knows, loaded once. */
export interface CoderKnowledge {
  readonly ontology: Ontology;
  readonly patterns: PatternIndex;
  readonly cues: ModalityCues;
  readonly intents: IntentCodes;
  readonly aims: AimCues;
}

/** A predicate with its arguments and modality, before it becomes one or more events. */
interface Reading {
  readonly match: PatternMatch;
  /** The code to report: the pattern's, or the intent, appeal or rejection of it ("agreed to free" → 0353). */
  readonly code: string;
  readonly sources: readonly number[];
  readonly targets: readonly number[];
  readonly modality: Modality;
  /** Token of the verb that governs this event ("urged", "claimed"), or -1. */
  readonly governor: number;
  /** Whether the source came from the noun itself ("Trump's letter") rather than a clause. */
  readonly hasOwnSource: boolean;
}

function readPredicate(view: SentenceView, knowledge: CoderKnowledge, match: PatternMatch): Reading {
  const { sources, targets, sourceFrom } = findArguments(view, match);
  if (match.pattern.kind === "verb") {
    const g = view.group[match.first]!;
    const { modality, governor } = g >= 0 ? modalityOfVerb(view, knowledge.cues, g, match.first) : { modality: "asserted" as Modality, governor: -1 };
    // "threatened to cut off supplies": a deed in the infinitive of a threat is the threat of it.
    const threat = modality === "hypothetical" && governor >= 0 && g >= 0 && (view.group[governor] === g || view.words[view.groups[g]!.first] === "to");
    const cue = (modality === "requested" || threat) && g >= 0 ? requestCueOf(view, knowledge.cues, g, governor) : modality === "intended" && g >= 0 ? intentCueOf(view, knowledge.cues, g, governor) : undefined;
    // "Israel will not release prisoners": a negated promise is a refusal, as "refused to release" is.
    const refusal = modality === "negated" && (governor >= 0 || (g >= 0 && hasFutureAuxiliary(view, knowledge.cues, g)));
    // "decided to lift sanctions": the decided deed keeps its code.
    const decided = modality === "intended" && governor >= 0 && knowledge.cues.deeds.has(view.tokens[governor]!.lemma);
    const mapped = decided ? undefined : modality === "intended" || (modality === "requested" && governor >= 0) || refusal || threat ? intentCodeOf(knowledge.intents, modality, match.pattern.code, cue) : undefined;
    const external = governor >= 0 && view.group[governor] !== g ? view.group[governor]! : -1;
    if (mapped && modality === "requested" && external >= 0) {
      // "Moi urged Uganda to repatriate …", "Russia said Sudan must return …": the one who urges or
      // demands appeals to the one urged, unless they are the same ("Israel said it must defend itself").
      const appealer = actorOf(view, external);
      // Rallying others against someone ("urged the EU to impose sanctions on X", 113) is against the
      // one to be punished; any other appeal is to the one urged.
      const addressed = mapped === "113" && targets.length > 0 ? targets : sources.length > 0 ? sources : targets;
      if (!sameActors(view, appealer, addressed)) return { match, code: mapped, sources: appealer, targets: addressed, modality, governor, hasOwnSource: true };
    }
    const code = modality === "requested" && external >= 0 ? match.pattern.code : mapped ?? match.pattern.code;
    const demanded = code === "010" && g >= 0 ? demandedOf(view, knowledge.cues, g, sources) : [];
    // "declared that China must drop barriers": a statement that another must act is a demand on it,
    // whatever the deed (a coded deed is mapped to its own demand and supersedes the statement).
    if (demanded.length > 0) return { match, code: "100", sources, targets: demanded, modality, governor, hasOwnSource: true };
    return { match, code, sources, targets, modality, governor, hasOwnSource: true };
  }
  const enclosing = enclosingGroup(view, match.first);
  const { modality } = modalityOfNoun(view, knowledge.cues, match.first, enclosing);
  const governor = enclosing >= 0 && isObjectOf(view, view.groups[enclosing]!.last, match.first) ? view.groups[enclosing]!.head : -1;
  // "promised to continue military aid to X", "offered economic assistance": an intended deed told by its noun is the intent of it.
  // A cue before the noun ("a planned reopening") tells the deed's own modality, not an intent of the clause's actor.
  const clause = enclosing >= 0 ? modalityOfVerb(view, knowledge.cues, enclosing, view.groups[enclosing]!.last) : undefined;
  const byClause = modality === "intended" && clause?.modality === "intended" && !(clause.governor >= 0 && knowledge.cues.deeds.has(view.tokens[clause.governor]!.lemma));
  // "will launch an offensive against X": the clause's future or vow is the cue, as for a verb ("will attack" → 138).
  const cue = byClause ? intentCueOf(view, knowledge.cues, enclosing, -1) : undefined;
  const intent = byClause && sources.length > 0 ? intentCodeOf(knowledge.intents, modality, match.pattern.code, cue) : undefined;
  return { match, code: intent ?? match.pattern.code, sources, targets, modality, governor, hasOwnSource: sourceFrom === "own" };
}

/**
 * The actors a statement says must act: the subject of the next verb group, in the statement's
 * complement ("said (that) X must …"), when its auxiliary is a demand ("must") and X is not the speaker.
 */
function demandedOf(view: SentenceView, cues: ModalityCues, g: number, speakers: readonly number[]): number[] {
  const next = view.groups[g + 1];
  if (!next || next.first - view.groups[g]!.last > 14) return [];
  for (let i = view.groups[g]!.last + 1; i < next.first; i++) if (view.words[i] === ";" || view.words[i] === ":" || (view.pos[i] === "SCONJ" && view.words[i] !== "that")) return [];
  let must = false;
  for (let i = next.first; i <= next.last; i++) if (cues.auxiliary.get(view.words[i]!) === "requested") must = true;
  if (!must) return [];
  const subject = subjectOf(view, g + 1);
  return sameActors(view, speakers, subject) || subject.some((m) => speakers.includes(m)) ? [] : subject;
}

/** The word that made a deed requested: the governing verb's lemma ("demand", "urge") or an auxiliary of the group ("must"). */
function requestCueOf(view: SentenceView, cues: ModalityCues, g: number, governor: number): string | undefined {
  if (governor >= 0 && cues.governorTo.get(view.tokens[governor]!.lemma) === "requested") return view.tokens[governor]!.lemma;
  const group = view.groups[g]!;
  for (let i = group.first; i <= group.last; i++) if (cues.auxiliary.get(view.words[i]!) === "requested") return view.words[i]!;
  return governor >= 0 ? view.tokens[governor]!.lemma : undefined;
}

/** The word that made a deed intended: the governing verb's lemma ("vow", "plan") or the group's future ("will", "would"). */
function intentCueOf(view: SentenceView, cues: ModalityCues, g: number, governor: number): string | undefined {
  // The group's own future first: under "said they would boycott" the governor is only the reporting verb.
  const group = view.groups[g]!;
  for (let i = group.first; i <= group.last; i++) if (cues.auxiliary.get(view.words[i]!) === "intended" || view.words[i] === "would" || view.words[i] === "'d") return view.words[i]!;
  return governor >= 0 ? view.tokens[governor]!.lemma : undefined;
}

/** Whether verb group g holds a future auxiliary ("will not", "won't", "would not"). */
function hasFutureAuxiliary(view: SentenceView, cues: ModalityCues, g: number): boolean {
  const group = view.groups[g]!;
  for (let i = group.first; i <= group.last; i++) if (cues.auxiliary.get(view.words[i]!) === "intended" || view.words[i] === "would") return true;
  return false;
}

/** Whether two sides name the same actors (same mentions, or the same countries). */
function sameActors(view: SentenceView, a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const key = (m: number): string => view.mentions[m]!.actor?.country ?? view.mentions[m]!.text.toLowerCase();
  return b.every((m) => a.includes(m) || a.some((n) => key(n) === key(m)));
}

const OBJECT_POS = new Set(["DET", "ADJ", "NUM", "PRON", "PART", "NOUN", "PROPN"]);

/** Whether the noun at `first` is the object of the verb ending at `verbLast` ("urged the release", "demanded an end to"). */
function isObjectOf(view: SentenceView, verbLast: number, first: number): boolean {
  for (let i = verbLast + 1; i < first; i++) {
    const word = view.words[i]!;
    if (!OBJECT_POS.has(view.pos[i]!) && word !== "for" && word !== "of" && word !== "on") return false;
  }
  return first - verbLast <= 6;
}

// Words that open a condition: what follows is not reported as done ("threatened to strike unless Israel rescinded …").
const CONDITION_WORDS = new Set(["if", "unless", "until", "whether", "lest"]);
const VIOLENT_ROOTS = new Set(["18", "19", "20"]);

/** Whether verb group g lies in a condition clause ("if it is attacked", "unless the Kremlin withdrew"). */
function isInCondition(view: SentenceView, g: number): boolean {
  for (let i = view.groups[g]!.first - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    if (CONDITION_WORDS.has(view.words[i]!)) return true;
    if (view.group[i]! >= 0 || view.words[i] === "," || view.words[i] === ";" || view.words[i] === ":") return false;
  }
  return false;
}

const RELATIVE_OPENERS = new Set(["where", "which", "who", "whom", "whose", "when"]);

/** Whether a comma, semicolon, colon or subordinating conjunction stands between tokens a and b. */
function clauseBreakBetween(view: SentenceView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const word = view.words[i]!;
    if (word === "," || word === ";" || word === ":" || view.pos[i] === "SCONJ") return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);

/**
 * "released a ship it seized", "the government they rose up against": a relative clause without
 * its pronoun, told by a subject pronoun right after the noun it describes, that noun the object of
 * an earlier verb that reports nothing ("said in a statement they had denounced" is a complement).
 */
function isZeroRelative(view: SentenceView, g: number): boolean {
  const subject = view.groups[g]!.first - 1;
  const noun = subject - 1;
  if (noun < 1 || !SUBJECT_PRONOUNS.has(view.words[subject]!) || view.pos[noun] !== "NOUN" || view.mentionOf[noun]! >= 0) return false;
  for (let i = noun - 1; i >= 0; i--) {
    if (view.words[i] === "," || view.words[i] === ";" || view.words[i] === ":" || view.pos[i] === "SCONJ") return false;
    const k = view.group[i]!;
    if (k >= 0) return !REPORTING.has(view.tokens[view.groups[k]!.head]!.lemma);
  }
  return false;
}

const ADVERBIAL_OPENERS = new Set(["after", "before", "when", "while", "since", "until", "once", "because", "as"]);

/** Whether verb group g lies in a clause of time or cause ("after two vehicles were hit"), with no other verb between. */
function isInAdverbialClause(view: SentenceView, g: number): boolean {
  for (let i = view.groups[g]!.first - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    if (ADVERBIAL_OPENERS.has(view.words[i]!)) return true;
    if (view.group[i]! >= 0 || view.words[i] === "," || view.words[i] === ";" || view.words[i] === ":") return false;
  }
  return false;
}

/** Whether verb group g lies in a relative clause ("the city of Susangerd where 100 people were killed"). */
function isInRelativeClause(view: SentenceView, g: number): boolean {
  if (isZeroRelative(view, g) || isThatRelative(view, g)) return true;
  for (let i = view.groups[g]!.first - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    if (RELATIVE_OPENERS.has(view.words[i]!)) return true;
    // "in which it said 20 people were killed": a reporting verb inside the relative clause does not close it.
    const k = view.group[i]!;
    if (k >= 0 && REPORTING.has(view.tokens[view.groups[k]!.head]!.lemma)) {
      i = view.groups[k]!.first;
      continue;
    }
    if (k >= 0 || view.words[i] === ";" || view.words[i] === ":") return false;
  }
  return false;
}

const REPORTING = new Set(["say", "claim", "report", "tell", "allege", "believe", "think", "estimate"]);
const QUOTE_MARKS = new Set(['"', "“", "”", "``", "''", "«", "»"]);

/**
 * "…, government officials said", "…, said a spokesman for the prime minister": a reporting verb
 * after the clause it reports, with only its subject between, names who told the news; it is no
 * statement of its own. A quotation ("…," said X) is one, and stays.
 */
function isAttribution(view: SentenceView, r: Reading): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0) return false;
  const group = view.groups[g]!;
  if (!REPORTING.has(view.tokens[group.head]!.lemma)) return false;
  let comma = group.first - 1;
  while (comma >= 0 && view.words[comma] !== "," && view.group[comma]! < 0 && view.pos[comma] !== "SCONJ") comma--;
  if (comma < 1 || view.words[comma] !== ",") return false;
  let clauseBefore = false;
  for (let k = 0; k < comma; k++) {
    if (QUOTE_MARKS.has(view.words[k]!)) return false;
    if (view.group[k]! >= 0) clauseBefore = true;
  }
  if (!clauseBefore || QUOTE_MARKS.has(view.words[comma + 1]!)) return false;
  for (let k = group.last + 1; k < view.words.length; k++) if (view.group[k]! >= 0 || view.words[k] === "that" || QUOTE_MARKS.has(view.words[k]!)) return false;
  return true;
}

// Nouns whose "that" opens their content, not a relative clause ("the claim that X was …").
const CONTENT_NOUNS = new Set(["claim", "fact", "report", "news", "allegation", "charge", "accusation", "belief", "fear", "hope", "sign", "evidence", "assurance", "warning", "statement", "idea", "view", "rumour", "rumor", "suggestion", "proof", "demand", "insistence", "announcement"]);

/**
 * "a helicopter that was captured by X", "a resolution that aims to impose": "that" right after a
 * noun and right before the verb is the relative clause's subject, not a complement ("said that").
 */
function isThatRelative(view: SentenceView, g: number): boolean {
  let i = view.groups[g]!.first - 1;
  while (i >= 0 && view.pos[i] === "ADV") i--;
  if (i < 1 || view.words[i] !== "that") return false;
  const noun = i - 1;
  return (view.pos[noun] === "NOUN" || view.pos[noun] === "PROPN" || view.mentionOf[noun]! >= 0) && !CONTENT_NOUNS.has(view.tokens[noun]!.lemma);
}

/** "shelled Juba, killing about 20 people": a participle clause telling the toll of a violent deed told before it (with an actor named). */
function isTollOf(view: SentenceView, r: Reading, readings: readonly Reading[]): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0 || !VIOLENT_ROOTS.has(r.code.slice(0, 2))) return false;
  const group = view.groups[g]!;
  if (!view.words[group.first]!.endsWith("ing") || view.words[group.first - 1] !== ",") return false;
  return readings.some((o) => o !== r && o.match.last < group.first && VIOLENT_ROOTS.has(o.code.slice(0, 2)) && o.sources.length + o.targets.length > 0);
}

/**
 * "a quake hit southwest Japan, killing two people", "the jet crashed into a mountain, killing 520":
 * a participle clause telling a toll, with no doer named for it and no violent deed before it, is
 * the toll of an accident; it is no violent event of its own.
 */
function isDoerlessToll(view: SentenceView, r: Reading, readings: readonly Reading[]): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0 || r.sources.length > 0 || !VIOLENT_ROOTS.has(r.code.slice(0, 2))) return false;
  // After a violent deed ("armed men attacked a camp, killing 19 soldiers") the toll is that deed's.
  if (readings.some((o) => o !== r && o.match.last < r.match.first && VIOLENT_ROOTS.has(o.code.slice(0, 2)))) return false;
  const group = view.groups[g]!;
  return view.words[group.first]!.endsWith("ing") && view.words[group.first - 1] === ",";
}

/** A deed with no doer told in a relative clause beside a deed with one: the background of the news ("where 24 people were killed"). */
function isBackground(view: SentenceView, r: Reading, readings: readonly Reading[]): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0) return false;
  // "suspended aid deliveries after two of their vehicles were hit by gunfire": a passive deed with no
  // doer in a clause of time or cause is what led to the news, told beside a deed with one.
  if (r.sources.length === 0 && view.groups[g]!.passive && isInAdverbialClause(view, g)) return readings.some((o) => o !== r && o.sources.length > 0 && o.code !== "010");
  if (!isInRelativeClause(view, g)) return false;
  if (r.sources.length === 0) return readings.some((o) => o !== r && o.sources.length > 0);
  // "freed the ministers, whom they had taken hostage": a relative clause after the coded deed of the
  // main clause tells what the deed's object had done or suffered before.
  return readings.some((o) => o !== r && o.code !== "010" && o.sources.length > 0 && o.match.last < r.match.first && !(o.match.pattern.kind === "verb" && view.group[o.match.first]! >= 0 && isInRelativeClause(view, view.group[o.match.first]!)));
}

const CLAUSE_OPENERS = new Set([";", ":", ",", "who", "whom", "which", "that", "where", "when", "while", "because", "after", "before", "if", "unless", "until", "as"]);

/**
 * "summoned the ambassador to complain", "staged a hunger strike to demand", "used tear gas to
 * disperse": an infinitive of purpose right after a coded deed, in its clause, says why the deed was
 * done; the deed is the news. An infinitive some cue governs ("agreed to", "urged X to") is no purpose.
 */
function isPurposeOf(view: SentenceView, r: Reading, deed: Reading): boolean {
  if (r.match.pattern.kind !== "verb" || deed.match.pattern.kind !== "verb" || r.governor >= 0 || deed.match.last >= r.match.first) return false;
  const g = view.group[r.match.first]!;
  if (g < 0 || view.words[view.groups[g]!.first] !== "to") return false;
  const deedGroup = view.group[deed.match.first]!;
  for (let i = view.groups[g]!.first - 1; i > deed.match.last; i--) {
    if (CLAUSE_OPENERS.has(view.words[i]!) || view.pos[i] === "SCONJ") return false;
    if (view.group[i]! >= 0 && view.group[i] !== deedGroup) return false;
  }
  return true;
}

const PARTICIPLE = /(?:ed|en|wn|t)$/;

/**
 * "peacekeepers held captive since Friday", "property seized by the army", "rebels fighting to topple
 * the government": a participle right after a noun, with no auxiliary, when a verb came before it,
 * describes that noun; it is a reduced relative clause, not the sentence's news.
 */
function isReducedRelative(view: SentenceView, r: Reading): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0) return false;
  const group = view.groups[g]!;
  if (group.first !== group.last || g === 0) return false;
  const word = view.words[group.first]!;
  // "blogger Razan X, arrested last week during a raid": a past participle set off by a comma after a
  // name describes it as well.
  const appositive = view.words[group.first - 1] === "," && PARTICIPLE.test(word);
  const before = appositive ? group.first - 2 : group.first - 1;
  const noun = view.pos[before] === "NOUN" || view.pos[before] === "PROPN" || view.mentionOf[before]! >= 0 && view.mentions[view.mentionOf[before]!]!.via !== "pronoun";
  if (!noun) return false;
  const nextPos = view.pos[group.last + 1];
  // "activists detained while investigating", "arrested last week": what follows a passive participle is no object.
  const passive = PARTICIPLE.test(word) && (view.words[group.last + 1] === "by" || nextPos === "ADP" || nextPos === "ADJ" || nextPos === "SCONJ" || view.isTime[group.last + 1] === 1);
  if (!passive && (appositive || !word.endsWith("ing"))) return false;
  for (let i = before; i >= 0; i--) {
    if (view.words[i] === ";" || view.words[i] === "that" || view.pos[i] === "SCONJ") return false;
    if (view.group[i]! >= 0) return true;
  }
  return false;
}

// Words after which an event noun tells why or amid what something else happened. "after" and
// "before" are not among them: "summoned the envoy, a day after air strikes on X" tells two happenings.
const CIRCUMSTANCE_WORDS = new Set(["following", "amid", "amidst", "despite", "during", "over", "because", "due", "wake"]);

/** Whether the event noun at `first` follows a word of time or cause across its determiners and modifiers ("following his weekend arrest"). */
function isCircumstance(view: SentenceView, first: number): boolean {
  for (let i = first - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const word = view.words[i]!;
    if (CIRCUMSTANCE_WORDS.has(word)) return true;
    // "because of", "due to", "in the wake of", "in response to": the cause word stands before the preposition.
    if ((word === "of" || word === "to") && CIRCUMSTANCE_WORDS.has(view.words[i - 1] ?? "")) return true;
    const modifier = view.pos[i] === "DET" || view.pos[i] === "ADJ" || view.pos[i] === "NUM" || view.pos[i] === "PRON" || word === "'s" || view.mentionOf[i]! >= 0 || view.isTime[i] === 1;
    if (!modifier) return false;
  }
  return false;
}

/** Whether reading r is a gerund after "for" ("arrested for collaborating with"): the ground of a deed, not a deed. */
function isGroundOf(view: SentenceView, r: Reading): boolean {
  const g = view.group[r.match.first]!;
  if (r.match.pattern.kind !== "verb" || g < 0) return false;
  const first = view.groups[g]!.first;
  return view.words[first]!.endsWith("ing") && view.words[first - 1] === "for";
}

/**
 * A deed that only describes what another coded deed, told before it, is about: a reduced relative
 * ("freed the blogger, arrested last week"), or a gerund after "for" ("arrested for collaborating
 * with the enemy", the ground of the arrest). Dropped before it can stand for a governor it is not.
 */
function isDescriptionOf(view: SentenceView, r: Reading, readings: readonly Reading[]): boolean {
  if (isReducedRelative(view, r)) return readings.some((o) => o !== r && o.code !== "010" && o.sources.length > 0 && o.match.last < r.match.first);
  return isGroundOf(view, r) && readings.some((o) => o !== r && o.code !== "010" && o.match.last < r.match.first);
}

/** Whether a relative pronoun ("which", "who", "where") stands between tokens a and b. */
function relativeBetween(view: SentenceView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (RELATIVE_OPENERS.has(view.words[i]!)) return true;
  return false;
}

/**
 * "killed three civilians in a suicide car bombing", "a roadside bomb killed two soldiers": a violent
 * deed told by its bare outcome ("killed", the root's general code) takes the more precise code of the
 * violent means named beside it, and the means is no second event.
 */
function withMeans(readings: readonly Reading[], view: SentenceView): Reading[] {
  const means = readings.find((r) => r.match.pattern.kind === "noun" && VIOLENT_ROOTS.has(r.code.slice(0, 2)) && !r.code.endsWith("0") && r.targets.length < 2);
  if (!means) return [...readings];
  // A deed told in a relative clause on the means ("raids in which it said 20 people were killed") is not its outcome.
  const general = readings.filter((r) => r.match.pattern.kind === "verb" && VIOLENT_ROOTS.has(r.code.slice(0, 2)) && r.code.length === 3 && r.code.endsWith("0") && !relativeBetween(view, means.match.last, r.match.first));
  if (general.length === 0) return [...readings];
  return readings.filter((r) => r !== means).map((r) => {
    if (!general.includes(r)) return r;
    // Before the verb the means is its subject ("an Israeli airstrike on X killed …"): its own actors act.
    const subject = means.match.last < r.match.first;
    const sources = subject && means.sources.length > 0 ? means.sources : r.sources.length > 0 ? r.sources : means.sources;
    const targets = subject && means.targets.length > 0 ? means.targets : r.targets;
    return { ...r, code: means.code, sources, targets };
  });
}

// A root's general code told by a verb that only asks for, demands, refuses or agrees to something:
// what it is about is said by its object ("called for the withdrawal of troops").
const OBJECT_DEED_MODALITY: ReadonlyMap<string, { readonly modality: Modality; readonly cue?: string }> = new Map([
  ["020", { modality: "requested" }],
  ["100", { modality: "requested", cue: "demand" }],
  ["120", { modality: "negated" }],
  ["030", { modality: "intended" }],
]);
const OBJECT_LINKS = new Set(["for", "to", "of", "on", "an", "a", "the", "towards", "toward"]);

// Nouns of asking and offering whose infinitive or "for" + gerund is what they ask or offer:
// "rejected an appeal to lay down arms", "dismissed calls for deploying troops".
const REQUEST_NOUNS = new Set(["call", "appeal", "request", "plea", "demand", "ultimatum", "offer", "proposal", "invitation", "bid"]);

/**
 * The deed a verb reading is about: the event noun that is its object in the same clause, across
 * determiners, modifiers, an actor ("appealed to the UN for an end to"), "for", "to" and an
 * uncoded infinitive ("urged X to bring an end to the embargo"); or the deed in the infinitive
 * of a request or offer it answers ("rejected an ultimatum to hand over the suspects").
 */
function objectDeedOf(view: SentenceView, verb: Reading, readings: readonly Reading[]): Reading | undefined {
  const deed = readings.find((o) => o !== verb && o.match.first > verb.match.last);
  if (!deed || deed.match.first - verb.match.last > 12) return undefined;
  const own = view.group[verb.match.first]!;
  const deedGroup = deed.match.pattern.kind === "verb" ? view.group[deed.match.first]! : -1;
  // "dismissed an appeal": the request may close the verb's own match.
  let asked = view.pos[verb.match.last] === "NOUN" && REQUEST_NOUNS.has(view.tokens[verb.match.last]!.lemma);
  for (let i = verb.match.last + 1; i < deed.match.first; i++) {
    const g = view.group[i]!;
    if (g >= 0 && g === deedGroup) {
      // A verb deed is asked for in its infinitive ("an appeal to lay down") or its gerund ("calls for deploying").
      if (!asked || (view.words[view.groups[g]!.first] !== "to" && view.words[i - 1] !== "for")) return undefined;
      continue;
    }
    if (g >= 0 && g !== own) {
      const group = view.groups[g]!;
      // Only an infinitive that codes nothing itself: "to bring", "to put".
      if (view.words[group.first] !== "to" || group.first === group.head || readings.some((o) => view.group[o.match.first] === g)) return undefined;
      continue;
    }
    if (view.pos[i] === "NOUN" && REQUEST_NOUNS.has(view.tokens[i]!.lemma)) asked = true;
    if (view.mentionOf[i]! >= 0 || OBJECT_POS.has(view.pos[i]!) || OBJECT_LINKS.has(view.words[i]!) || view.words[i] === "from" || view.words[i] === "by") continue;
    return undefined;
  }
  return deed.match.pattern.kind === "noun" || (asked && deedGroup >= 0) ? deed : undefined;
}

/**
 * "called for the withdrawal of troops" (0256), "demanded an end to the blockade" (1054), "rejected
 * calls for economic aid" (1221), "agreed to a ceasefire" (0356): a request, demand, refusal or
 * agreement told by its root's general code takes the code of the deed its object names, as its
 * infinitive would ("urged X to withdraw"); the noun is no event of its own.
 */
function withObjectDeeds(readings: readonly Reading[], view: SentenceView, intents: IntentCodes): Reading[] {
  const consumed = new Set<Reading>();
  const mapped = readings.map((r) => {
    // A deed that is itself refused or urged ("refused to commit to assistance") is its governor's business.
    const cue = r.match.pattern.kind === "verb" && r.code === r.match.pattern.code && (r.modality === "asserted" || r.modality === "reported") ? OBJECT_DEED_MODALITY.get(r.code) : undefined;
    if (!cue) return r;
    const deed = objectDeedOf(view, r, readings);
    if (!deed || deed.code !== deed.match.pattern.code || deed.code.slice(0, 2) === r.code.slice(0, 2)) return r;
    const code = intentCodeOf(intents, cue.modality, deed.code, cue.cue);
    if (!code || code === r.code) return r;
    consumed.add(deed);
    return { ...r, code, targets: r.targets.length > 0 ? r.targets : deed.targets.filter((t) => !r.sources.includes(t)) };
  });
  return consumed.size === 0 ? mapped : mapped.filter((r) => !consumed.has(r));
}

// Protests whose CAMEO leaves tell what they are for (141 → 1411 … 1414), and the aims that say it:
// demands and appeals for a change of leaders, policy, rights or institutions (1041 … 1044, 0241 … 0244).
const PROTEST_BASES = new Set(["141", "142", "143", "144", "145"]);
const AIM = /^(?:104|024)([1-4])$/;

/**
 * "staged demonstrations to demand the president's resignation" (1411), "blocked roads demanding
 * democratic reforms" (1444): a protest told with the demand it makes takes the leaf of its root for
 * that aim; the demand is the protest's, no event of its own.
 */
function withProtestAims(readings: readonly Reading[], view: SentenceView, ontology: Ontology): Reading[] {
  const aims = new Set<Reading>();
  const out = readings.map((r) => {
    if (!PROTEST_BASES.has(r.code)) return r;
    const aim = readings.find((o) => !aims.has(o) && o.match.first > r.match.last && o.match.first - r.match.last <= 12 && AIM.test(o.code) && !breaksClause(view, r.match.last, o.match.first));
    const code = aim ? `${r.code}${AIM.exec(aim.code)![1]}` : undefined;
    if (!aim || !code || !ontology.cameo(code)) return r;
    aims.add(aim);
    return { ...r, code, targets: r.targets.length > 0 ? r.targets : aim.targets.filter((t) => !r.sources.includes(t)) };
  });
  return aims.size === 0 ? out : out.filter((r) => !aims.has(r));
}

/**
 * "urged X to respect human rights" (020 → 0243), "demanded autonomy" (100 → 1044), "a strike over
 * the new tax law" (143 → 1432): a general call, demand or protest takes the leaf for the aim its
 * clause says after it (data/events/aims.yaml); without one it keeps its general code.
 */
function withAims(readings: readonly Reading[], view: SentenceView, knowledge: CoderKnowledge): Reading[] {
  return readings.map((r) => {
    // Only a pattern's own code is refined: a mapped one ("urged X to attack" → 020) is about its deed.
    if (r.code !== r.match.pattern.code) return r;
    // What a call or demand names as a deed of its own ("called for sanctions over rights abuses") is
    // what it asks for; what a protest names ("against the arrest of") is what it is against.
    const deed = readings.find((o) => o !== r && o.match.first > r.match.last);
    const code = aimCodeOf(knowledge.aims, r.code, view, r.match.last + 1, deed?.match.first);
    // The refined code is the pattern's own, as a more specific pattern's would be.
    return code && knowledge.ontology.cameo(code) ? { ...r, code, match: { ...r.match, pattern: { ...r.match.pattern, code } } } : r;
  });
}

/** Whether a semicolon, colon or another clause's subordinator stands between tokens a and b (a comma does not: "…, demanding"). */
function breaksClause(view: SentenceView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (view.words[i] === ";" || view.words[i] === ":" || (view.pos[i] === "SCONJ" && view.words[i] !== "that") || RELATIVE_OPENERS.has(view.words[i]!)) return true;
  return false;
}

/** An event noun whose code the intent of its clause mapped ("promised aid" → 0332). */
function isMappedNoun(r: Reading): boolean {
  return r.match.pattern.kind === "noun" && r.code !== r.match.pattern.code;
}

/**
 * Drops readings that only restate another: an event embedded under a coded governor
 * ("urged Belarus to release …" is the appeal, not a release), and a bare statement ("said")
 * whose content is itself coded.
 */
function keepReadings(found: readonly Reading[], view: SentenceView): Reading[] {
  const all = withMeans(found, view);
  // A condition is no event when the sentence tells one outside it, and only a supposition otherwise.
  const conditional = new Set(all.filter((r) => r.match.pattern.kind === "verb" && view.group[r.match.first]! >= 0 && isInCondition(view, view.group[r.match.first]!)));
  const readings = conditional.size === all.length
    ? all.map((r) => ({ ...r, modality: strongerModality(r.modality, "hypothetical") }))
    : all.filter((r) => !conditional.has(r) && !isTollOf(view, r, all) && !isDoerlessToll(view, r, all) && !isBackground(view, r, all) && !isDescriptionOf(view, r, all));
  const codedHeads = new Map<number, Reading>();
  for (const r of readings) codedHeads.set(r.match.first, r);
  const governed = new Set<number>();
  for (const r of readings) if (r.governor >= 0) governed.add(r.governor);
  // A mapped deed ("agreed to hold exercises" → 0312) says more than its coded governor ("agreed" 030).
  const superseded = new Set<Reading>();
  for (const r of readings) {
    const governor = r.governor >= 0 ? codedHeads.get(r.governor) : undefined;
    if (governor && governor !== r && r.code !== r.match.pattern.code) superseded.add(governor);
    // "promised to continue aid to X": the intended noun (0332) says more than the promise (030) whose group cues it.
    if (isMappedNoun(r)) {
      const g = enclosingGroup(view, r.match.first);
      for (const o of readings) if (o !== r && o.match.pattern.kind === "verb" && view.group[o.match.first] === g && o.match.pattern.code.startsWith("03")) superseded.add(o);
    }
  }
  const hasVerbEvent = readings.some((r) => r.match.pattern.kind === "verb" && r.sources.length > 0);
  // A bare statement is no deed a noun could be the circumstance of: "announced the deployment of troops" is the deployment.
  const hasVerbDeed = readings.some((r) => r.match.pattern.kind === "verb" && r.sources.length > 0 && r.code !== "010");
  // What a dropped reading was done to, for the reading it restates when that one names no target
  // ("threatened to cut off supplies to X", "staged a strike to demand the resignation of X").
  const inherited = new Map<Reading, readonly number[]>();
  const handDown = (from: Reading, to: Reading | undefined): void => {
    if (!to || to.targets.length > 0 || inherited.has(to)) return;
    const targets = from.targets.filter((t) => !to.sources.includes(t));
    if (targets.length > 0) inherited.set(to, targets);
  };
  const kept = readings.filter((r) => {
    if (superseded.has(r)) return false;
    // An intended noun is the news unless a deed of its own told before it in the clause says it ("will provide food aid to").
    if (isMappedNoun(r) && !readings.some((o) => o.match.pattern.kind === "verb" && !o.match.pattern.code.startsWith("03") && o.code !== "010" && o.sources.length > 0 && o.match.last < r.match.first && !clauseBreakBetween(view, o.match.last, r.match.first))) return true;
    // A bare event noun beside a coded clause is most often its circumstance ("after the attack"), not
    // news, unless it names both parties itself ("exercises involving Russia and Belarus").
    if ((r.sources.length > 0 ? hasVerbDeed : hasVerbEvent) && r.match.pattern.kind === "noun" && !r.hasOwnSource && r.targets.length < 2) return false;
    // An event noun after a coded deed is what that deed is about ("rejected a US offer", "demanded
    // an end to their embargo", "complained over Israeli air raids"): the deed is the news. A noun
    // before the deed stays ("suicide bombers killed", "an airstrike killed"), as does one naming both
    // its parties ("exercises involving Russia and Belarus"), or one past a clause break
    // ("summoned the envoy, a day after jets shot down drones").
    if (r.match.pattern.kind === "noun" && r.targets.length < 2 && readings.some((o) => o.match.pattern.kind === "verb" && o.code !== "010" && o.sources.length > 0 && o.match.last < r.match.first && !clauseBreakBetween(view, o.match.last, r.match.first))) return false;
    // "signed the trade deal to cut tariffs": an infinitive hanging off a noun that a coded deed spans tells what that deed was about.
    if (r.governor >= 0 && view.pos[r.governor] === "NOUN" && readings.some((o) => o !== r && o.match.first <= r.governor && r.governor <= o.match.last && !o.code.startsWith("01"))) return false;
    const governor = r.governor >= 0 ? codedHeads.get(r.governor) : undefined;
    if (governor && governor !== r && r.code === r.match.pattern.code && !governor.match.pattern.code.startsWith("01") && !(r.match.pattern.kind === "noun" && r.hasOwnSource)) {
      handDown(r, governor);
      return false;
    }
    const deed = readings.find((o) => o !== r && o.code !== "010" && o.sources.length > 0 && isPurposeOf(view, r, o));
    if (deed) {
      handDown(r, deed);
      return false;
    }
    // "freed the pastor following his arrest", "closed its borders because of fighting between X and Y":
    // an event noun after a word of time or cause is the circumstance of a deed told with its doer.
    if (r.match.pattern.kind === "noun" && isCircumstance(view, r.match.first) && readings.some((o) => o !== r && o.match.pattern.kind === "verb" && o.code !== "010" && o.sources.length > 0)) return false;
    // "X did Y, officials said": a bare statement adds nothing when what was said is coded.
    if (r.code === "010" && readings.some((o) => o.code !== "010")) return false;
    if (r.code === "010" && isAttribution(view, r)) return false;
    return true;
  });
  // "rejected a US offer to host a summit" (125): a mapped deed with no target of its own takes its governor's.
  for (const r of kept) {
    const governor = r.governor >= 0 ? codedHeads.get(r.governor) : undefined;
    if (governor && superseded.has(governor)) handDown(governor, r);
  }
  return inherited.size === 0 ? kept : kept.map((r) => (inherited.has(r) ? { ...r, targets: inherited.get(r)! } : r));
}

/**
 * Source–target pairs: every source with every target; joint actors without a target act on each other.
 * A joint deed ("Jordan and Britain agreed to hold exercises", "talks between X and Y") goes both
 * ways between its coordinated actors; what a joint agreement or talk is about is no party to it
 * ("agreed to share information on X"), but whom a joint attack strikes, or whom they talk with, is.
 */
function pairsOf(sources: readonly number[], targets: readonly number[], code: CameoCode, withTarget: boolean): [number, number][] {
  const pairs: [number, number][] = [];
  const violent = VIOLENT_ROOTS.has(code.root);
  // "X and Y held talks with Z": a target after "with" is a party, the joint actors act on it.
  const together = code.joint && sources.length > 1 && (targets.length === 0 || (!violent && !withTarget)) ? sources
    : code.joint && !violent && sources.length === 0 && targets.length > 1 ? targets
    : null;
  if (together) {
    for (const a of together) for (const b of together) if (a !== b) pairs.push([a, b]);
  } else if (sources.length > 0 && targets.length > 0) {
    for (const s of sources) for (const t of targets) if (s !== t) pairs.push([s, t]);
  } else if (sources.length > 1) {
    for (let i = 0; i + 1 < sources.length; i++) pairs.push([sources[i]!, sources[i + 1]!]);
  } else if (targets.length > 1) {
    for (let i = 0; i + 1 < targets.length; i++) pairs.push([targets[i]!, targets[i + 1]!]);
  } else if (sources.length === 1) pairs.push([sources[0]!, -1]);
  else if (targets.length === 1) pairs.push([-1, targets[0]!]);
  return pairs;
}

/** A title-cased line ("Belarus Releases Imprisoned Individuals"): its POS tags cannot be trusted. */
function isHeadline(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const first = text.charCodeAt(tokens[i]!.start);
    const isLower = first >= 97 && first <= 122;
    const isUpper = first >= 65 && first <= 90;
    if (!isLower && !isUpper) continue;
    words++;
    if (isUpper) capitalised++;
  }
  const last = text[tokens[to - 1]!.end - 1];
  return words >= 4 && capitalised / words > 0.7 && last !== "." && last !== "!" && last !== "?" ;
}

/**
 * A mention named only by its role ("Vice Foreign Minister" GOV, "forces" MIL) takes the country
 * of a mention that qualifies it right before it: "Taiwan's Vice Foreign Minister", "Israeli officials".
 */
function qualifiedCode(mentions: readonly Mention[], index: number, text: string): ActorCode | null {
  const mention = mentions[index];
  if (!mention?.actor) return null;
  const people = peopleOf(mentions, index, text);
  if (people) return people;
  if (!isWeakMention(mention)) return mention.actor.code;
  const before = mentions[index - 1];
  const country = before?.actor?.country;
  if (!before || !country) return mention.actor.code;
  const between = text.slice(before.end, mention.start);
  // "Freedonia-backed rebels" are backed by Freedonia, not Freedonian.
  if (!/^(?:'s?|’s?)?\s*(?:[A-Za-z-]+\s+){0,2}$/.test(between) || /[,.;]/.test(between) || between.startsWith("-")) return mention.actor.code;
  return `${country}${mention.actor.sector ?? ""}` as ActorCode;
}

/**
 * "Bosnian Serbs", "Iraqi Kurds": a people named right after the demonym of another country live
 * there; the actor is that country's (the people's own country is their ethnicity, not their state).
 */
function peopleOf(mentions: readonly Mention[], index: number, text: string): ActorCode | null {
  const mention = mentions[index]!;
  const before = mentions[index - 1];
  const country = before?.actor?.country;
  if (!before || !country || mention.type !== "GROUP" || before.type !== "GROUP" || !mention.actor?.country || mention.actor.country === country) return null;
  if (!/^\s+$/.test(text.slice(before.end, mention.start)) || !/^[A-Z]/.test(mention.text) || before.actor?.code !== country) return null;
  return `${country}${mention.actor.sector ?? ""}` as ActorCode;
}

/**
 * The code of a target named only by a group ("political prisoners" CVL, "protesters"): qualified
 * with the source's country, as a government's acts on people it names no country for are domestic.
 */
function targetCode(source: Mention | null, target: Mention | null, qualified: ActorCode | null): ActorCode | null {
  if (!target) return null;
  const country = source?.actor?.country;
  if (qualified !== target.actor?.code || !isWeakMention(target) || !country || target.type !== "GROUP") return qualified;
  return `${country}${target.actor?.sector ?? ""}` as ActorCode;
}

const PRONOUNS = new Set(["he", "she", "it", "they", "its", "their", "his", "her", "him", "them"]);

/**
 * The sentence's mentions plus its pronouns as mentions of what they refer to ("Syria says it is
 * willing …" → "it" stands for Syria), with the antecedent of each, for the event's actor text.
 */
function withPronouns(doc: Document, mentions: readonly Mention[], first: number, end: number): { mentions: Mention[]; antecedents: Map<Mention, Mention> } {
  const tokens = doc.layers.tokens ?? [];
  const antecedents = new Map<Mention, Mention>();
  const all = [...mentions];
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (token.pos !== "PRON" || !PRONOUNS.has(token.lemma) && !PRONOUNS.has(doc.text.slice(token.start, token.end).toLowerCase())) continue;
    if (mentions.some((m) => m.start <= token.start && token.end <= m.end)) continue;
    // An antecedent nobody knows still gives the pronoun its words, with no code.
    const antecedent = resolvePronoun(doc, i)[0];
    if (!antecedent) continue;
    const mention: Mention = { start: token.start, end: token.end, text: doc.text.slice(token.start, token.end), type: antecedent.type, actor: antecedent.actor, via: "pronoun" };
    antecedents.set(mention, antecedent);
    all.push(mention);
  }
  if (antecedents.size > 0) all.sort((a, b) => a.start - b.start);
  return { mentions: all, antecedents };
}

function inSpan<T extends Span>(spans: readonly T[], span: Span): T[] {
  return spans.filter((s) => s.start >= span.start && s.end <= span.end);
}

function sortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/**
 * The spans inside each sentence in turn, for sentences in text order: over spans sorted by
 * start, a cursor moves on instead of filtering the whole layer for every sentence.
 */
function spansBySentence<T extends Span>(spans: readonly T[]): (sentence: Span) => T[] {
  if (!sortedByStart(spans)) return (sentence) => inSpan(spans, sentence);
  let from = 0;
  return (sentence) => {
    while (from < spans.length && spans[from]!.start < sentence.start) from++;
    const inside: T[] = [];
    for (let k = from; k < spans.length && spans[k]!.start < sentence.end; k++) if (spans[k]!.end <= sentence.end) inside.push(spans[k]!);
    return inside;
  };
}

/** Codes the events of one document's sentences; needs tokens and mentions (times and quantities help). */
export function codeEvents(doc: Document, knowledge: CoderKnowledge): CodedEvent[] {
  const { tokens = [], sentences = [], mentions = [], times = [], quantities = [] } = doc.layers;
  const events: CodedEvent[] = [];
  const mentionsIn = spansBySentence(mentions);
  const quantitiesIn = spansBySentence(quantities);
  const timesIn = spansBySentence(times);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = t;
    while (t < tokens.length && tokens[t]!.sentence === s) t++;
    if (t === first || isHeadline(doc.text, tokens, first, t)) continue;
    const sentenceTokens: readonly Token[] = tokens.slice(first, t);
    const { mentions: sentenceMentions, antecedents } = withPronouns(doc, mentionsIn(sentence), first, t);
    const view = viewSentence(s, doc.text, sentenceTokens, sentenceMentions, quantitiesIn(sentence), timesIn(sentence));
    const matches = findPredicates(view, knowledge.patterns);
    if (matches.length === 0) continue;
    const readings = keepReadings(withAims(withProtestAims(withObjectDeeds(matches.map((m) => readPredicate(view, knowledge, m)), view, knowledge.intents), view, knowledge.ontology), view, knowledge), view);
    const coded = readings.flatMap((reading) => eventsOf(doc, view, knowledge, reading, sentence, times as TimeExpression[], antecedents));
    events.push(...oncePerDyad(coded));
  }
  return events;
}

/** How much a code says: a leaf ("1833") over its root's general code ("190"). */
function specificity(code: string): number {
  return code.length === 4 ? 2 : code.endsWith("0") ? 0 : 1;
}

/** One side of an event, for telling whether two events join the same actors: the code, else the words. */
function sideKey(code: string | null, text: string | null): string {
  return code ?? (text ?? "").toLowerCase();
}

/** Whether an event was told by a verb pattern (rule `…:vN`). */
function isVerbEvent(e: CodedEvent): boolean {
  return /:v\d+$/.test(e.rule);
}

/**
 * "attacked a village and killed three soldiers", "killed one soldier and wounded two others":
 * deeds of one root told by verbs between the same sides in one sentence are one event (a source left unnamed
 * in one of them agrees with any), told by its most specific code and its named sides.
 */
function oncePerDyad(events: readonly CodedEvent[]): CodedEvent[] {
  if (events.length < 2) return [...events];
  const kept: CodedEvent[] = [];
  const agree = (a: string, b: string): boolean => a === b || a === "" || b === "";
  const named = (e: CodedEvent): number => (e.source || e.sourceText ? 1 : 0) + (e.target || e.targetText ? 1 : 0);
  for (const e of events) {
    const k = !isVerbEvent(e) ? -1 : kept.findIndex((o) => o.root === e.root && isVerbEvent(o) && agree(sideKey(o.source, o.sourceText), sideKey(e.source, e.sourceText)) && sideKey(o.target, o.targetText) === sideKey(e.target, e.targetText));
    if (k < 0) kept.push(e);
    else {
      const o = kept[k]!;
      if (specificity(e.cameo) > specificity(o.cameo) || (specificity(e.cameo) === specificity(o.cameo) && named(e) > named(o))) kept[k] = e;
    }
  }
  return kept;
}

function eventsOf(
  doc: Document,
  view: SentenceView,
  knowledge: CoderKnowledge,
  reading: Reading,
  sentence: Span,
  times: readonly TimeExpression[],
  antecedents: ReadonlyMap<Mention, Mention>,
): CodedEvent[] {
  const code = knowledge.ontology.cameo(reading.code);
  if (!code) return [];
  const evidence: [number, number] = [view.tokens[reading.match.first]!.start, view.tokens[reading.match.last]!.end];
  const out: CodedEvent[] = [];
  const object = reading.targets.length === 0 ? objectWordsAfter(view, reading.match.last + 1) : null;
  const objectText = object ? doc.text.slice(view.tokens[object[0]]!.start, view.tokens[object[1]]!.end) : null;
  const subject = reading.sources.length === 0 && reading.match.pattern.kind === "verb" ? subjectWordsBefore(view, view.group[reading.match.first]!) : null;
  const subjectText = subject ? doc.text.slice(view.tokens[subject[0]]!.start, view.tokens[subject[1]]!.end) : null;
  // A joint deed of two actors with one code ("Sudan's army and the paramilitary forces agreed")
  // gives the same dyad both ways: it is one event.
  const dyads = new Set<string>();
  const withTarget = view.words[reading.match.last] === "with" || view.words[reading.match.last + 1] === "with";
  for (const [s, t] of pairsOf(reading.sources, reading.targets, isAgreedTogether(view, knowledge, reading) ? { ...code, joint: true } : code, withTarget)) {
    const source = s >= 0 ? view.mentions[s]! : null;
    const target = t >= 0 ? view.mentions[t]! : null;
    // An event needs at least one named actor (a mention, known to the dictionary or not); a source is never invented.
    if (!source && !target) continue;
    const sourceActor = s >= 0 ? qualifiedCode(view.mentions, s, doc.text) : null;
    let targetActor = targetCode(source, target, t >= 0 ? qualifiedCode(view.mentions, t, doc.text) : null);
    // "the UN rejected a call for its forces": an actor is not its own target.
    // A different mention with the same code is a domestic dyad ("Japan PM's office refused to meet the science body president").
    const sameMention = source !== null && target !== null && ((antecedents.get(target) ?? target) === (antecedents.get(source) ?? source) || target.text.toLowerCase() === source.text.toLowerCase() || target.via === "pronoun");
    // "Mr X said he …": a pronoun that refers to the source is no target, coded or not.
    const sameAntecedent = source !== null && target !== null && (antecedents.get(target) ?? target) === (antecedents.get(source) ?? source);
    const selfTarget = (targetActor !== null && targetActor === sourceActor && sameMention) || sameAntecedent;
    if (selfTarget) targetActor = null;
    const dyad = `${sourceActor ?? source?.text ?? ""}\u0000${targetActor ?? target?.text ?? ""}`;
    if (dyads.has(dyad)) continue;
    dyads.add(dyad);
    const when = dateEvent({ view, text: doc.text, times, sentence, evidence, published: doc.meta.published });
    out.push({
      source: sourceActor,
      target: targetActor,
      sourceText: source ? (antecedents.get(source) ?? source).text : subjectText,
      targetText: target && !selfTarget ? (antecedents.get(target) ?? target).text : selfTarget ? null : objectText,
      cameo: code.code,
      cameoName: code.name,
      root: code.root,
      quad: code.quad,
      goldstein: code.goldstein,
      plover: code.plover,
      modality: reading.modality,
      date: when.date,
      datePrecision: when.precision,
      location: locateEvent(view, doc.text, reading.match.last, times),
      evidence,
      sentence: view.index,
      rule: reading.match.pattern.rule,
    });
  }
  return out;
}

/**
 * "Jordan and Britain agreed to hold exercises" (0312), "X and Y agreed to a ceasefire" (0356): an
 * intent that parties agreed on together, done to no one else, is theirs jointly, as the agreement is.
 */
function isAgreedTogether(view: SentenceView, knowledge: CoderKnowledge, reading: Reading): boolean {
  // "X, Y and Z agreed to lift a ban on imports from W": a deed with a target of its own is done to it.
  if (!reading.code.startsWith("03") || reading.code === reading.match.pattern.code || reading.targets.length > 0) return false;
  if (knowledge.ontology.cameo(reading.match.pattern.code)?.joint && reading.match.pattern.code.startsWith("03")) return true;
  return reading.governor >= 0 && view.tokens[reading.governor]!.lemma === "agree";
}

/** The `events` stage: adds coded events to a document that has tokens and mentions. */
export function createEventStage(knowledge: CoderKnowledge): Stage {
  return {
    name: "events",
    run: (doc) => (doc.layers.tokens ? withLayers(doc, { events: codeEvents(doc, knowledge) }) : doc),
  };
}
