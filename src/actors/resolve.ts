/**
 * Turns each phrase into a draft mention: its span, type, and the actor it stands for on the
 * article's date, by the dictionary, the phrase's own words (modifier and roles, a possessor)
 * and the article's context when a name is ambiguous.
 */
import type { MentionType, ResolvedActor } from "../document.js";
import type { NameTarget, RoleNoun } from "./dictionary.js";
import { actorOn, codeOn, resolvedActor, roleOn } from "./dated-codes.js";
import { endsInFeature, guessNameType, isLikelyPersonName, isLocative } from "./guess-type.js";
import { hasCue } from "./name-cues.js";
import type { Phrase } from "./phrases.js";

/** A mention being built: coreference may still fill in its actor. */
export interface DraftMention {
  first: number;
  last: number;
  type: MentionType;
  actor: ResolvedActor | null;
  via: string;
  candidates?: readonly ResolvedActor[];
  readonly phrase: Phrase;
  /** A guess too weak to keep unless coreference or an appositive confirms it. */
  weak?: boolean;
}

/** What resolution needs to know about the article. */
export interface ResolveContext {
  /** YYYY-MM-DD, or null when the article has no date. */
  readonly day: string | null;
  /** Indices of the tokens that are double quotation marks, in order. */
  readonly quotes: readonly number[];
  /** Countries the article names without ambiguity, for settling ambiguous names. */
  readonly countries: ReadonlySet<string>;
  /** Whether the article writes `word` with a capital inside a sentence: a name, not an opener. */
  isCapitalisedInside(word: string): boolean;
  /** The text of tokens first..last. */
  textOf(first: number, last: number): string;
  /** The lower-cased token i of the article, "" outside it. */
  wordAt(i: number): string;
  /** The part of speech of token i, "" outside the article. */
  posAt(i: number): string;
}

const TYPE_OF_USE = { name: null, demonym: "GROUP", people: "GROUP", seat: "GPE", body: "ORG", place: "GPE" } as const;

/** The sector the roles give: the first that has one ("opposition leader" → OPP). */
const sectorOfRoles = (roles: readonly RoleNoun[]): string | null => roles.find((r) => r.sector !== null)?.sector ?? null;
const headRole = (roles: readonly RoleNoun[]): RoleNoun | undefined => roles[roles.length - 1];

const slug = (text: string): string => text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");

/** The type a role names: one person, a group, an institution. */
function typeOfRole(role: RoleNoun | undefined): MentionType {
  if (!role || role.kind === "person" || role.kind === "title") return "PERSON";
  return role.kind === "group" ? "GROUP" : "ORG";
}

/**
 * The type a role gives the name after it: "Professor Calabi", "journalist Andrew McFadyen"
 * are one person, though professors and journalists are groups (an occupation of the
 * `person-before` cues); "Media Council" stays the media's.
 */
function typeOfRoleBeforeName(role: RoleNoun | undefined, word: string): MentionType {
  return role?.kind === "group" && hasCue("person-before", word) ? "PERSON" : typeOfRole(role);
}

/** One reading of a dictionary name in this phrase's place. */
function readingOf(target: NameTarget, phrase: Phrase, context: ResolveContext): { actor: ResolvedActor; type: MentionType; via: string } {
  const { actor, use } = target;
  if (use === "seat") {
    // "a visit to Minsk", "Warsaw-based": the place; "Washington wants…": the government.
    const place = isLocative(phrase.before) || phrase.hyphenated;
    return place ? { actor: actorOn(actor, context.day, actor.code), type: "GPE", via: "dictionary" } : { actor: actorOn(actor, context.day, target.code ?? actor.code), type: "GPE", via: "metonym" };
  }
  const code = target.code ?? (use === "name" ? codeOn(actor, context.day) : actor.code);
  return { actor: actorOn(actor, context.day, code), type: TYPE_OF_USE[use] ?? actor.type, via: use === "body" ? "metonym" : "dictionary" };
}

/**
 * Chooses among the readings of an ambiguous name: a country the article names, then a role
 * held on the day. Null when that does not settle it.
 */
function choose(targets: readonly NameTarget[], context: ResolveContext): NameTarget | null {
  // One reading per actor: the first, so a country's name wins over its same-spelled demonym.
  const distinct = targets.filter((t, i) => targets.findIndex((u) => u.actor.id === t.actor.id) === i);
  if (distinct.length === 1) return distinct[0]!;
  // Readings that agree on the code are one answer; the last added (a user's) is shown.
  if (new Set(distinct.map((t) => t.code ?? codeOn(t.actor, context.day))).size === 1) return distinct[distinct.length - 1]!;
  const score = (t: NameTarget): number => (t.actor.country && context.countries.has(t.actor.country) ? 2 : 0) + (roleOn(t.actor, context.day) ? 1 : 0);
  const scored = distinct.map((t) => ({ t, s: score(t) })).sort((a, b) => b.s - a.s);
  return scored[0]!.s > scored[1]!.s ? scored[0]!.t : null;
}

/** Codes of actors that stand above any state: their people keep the actor's code. */
const INTERNATIONAL = /^(IGO|NGO|IMG)/;

/**
 * The country and code a modifier or possessor gives to the roles after it. An owner that is
 * itself a sector of its country ("Hamas" PSEREB, "Pentagon" USAMIL, a company) gives its own
 * code: "Hamas leaders" are PSEREB, not PSEGOV.
 */
function codeFromOwner(owner: ResolvedActor | null, roles: readonly RoleNoun[], ownerIsBody = false): { code: string; country: string | null } | null {
  const sector = sectorOfRoles(roles);
  if (owner && ownerIsBody && owner.sector) return { code: owner.code, country: owner.country };
  if (owner && owner.country && !INTERNATIONAL.test(owner.code)) return { code: `${owner.country}${sector ?? ""}`, country: owner.country };
  if (owner) return { code: owner.code, country: owner.country };
  return sector ? { code: sector, country: null } : null;
}

/**
 * Whether a capitalised word nobody knows is a name at all: a single word opening a sentence
 * ("Founding", "Redesignated") only if the article also capitalises it inside a sentence; a
 * title in quotes ("Kill") is a work, not an actor.
 */
function isLikelyName(phrase: Phrase, text: string, context: ResolveContext): boolean {
  if (phrase.before === '"' && phrase.after === '"') return false;
  // A capitalised "The" whose name did not follow ("The Sunday Times" past a weekday) is no name.
  if (text === "The") return false;
  // "a 3.60 ERA", "34 KO": capitals after a figure are a unit or a statistic.
  if (/^\d[\d.,]*$/.test(phrase.before) && /^[A-Z]{2,}$/.test(text)) return false;
  // All capitals ("NASA", "6PR") are no capital of a sentence's first word.
  if (phrase.before === "" && !text.includes(" ") && !/^[A-Z0-9&]*[A-Z][A-Z0-9&]+$/.test(text) && !context.isCapitalisedInside(text)) return false;
  return true;
}

/** Whether the words around a name say it is a person's: "X said", "written by X", "X, who", "X (born 1950)", "X was born". */
function hasPersonCue(phrase: Phrase, context: ResolveContext): boolean {
  if (hasCue("person-after", phrase.after) || hasCue("person-before", phrase.before)) return true;
  const next = context.wordAt(phrase.last + 2);
  return phrase.after === "who" || (phrase.after === "," && next === "who") || ((phrase.after === "(" || phrase.after === "was") && next === "born");
}

/**
 * What the words around a name say it is: a place ("the village of X", "the district X", "X is a small town"),
 * an organisation ("the band X", "X was a kitplane manufacturer") or a person ("X is a Russian
 * singer"), by the place, organisation and occupation nouns of data/actors/name-cues.yaml.
 */
function typeByContext(phrase: Phrase, context: ResolveContext): "LOC" | "ORG" | "PERSON" | null {
  if (phrase.before === "of" && hasCue("place-noun", context.wordAt(phrase.first - 2))) return "LOC";
  if (isTeamContext(phrase, context)) return "ORG";
  if (context.posAt(phrase.first - 1) === "NOUN") {
    if (hasCue("org-noun", phrase.before)) return "ORG";
    if (hasCue("place-noun", phrase.before)) return "LOC";
  }
  const verb = phrase.after;
  if (verb !== "is" && verb !== "was" && verb !== ",") return null;
  // "X was founded in 1898", "X was formed in 1986": what is founded is an organisation.
  if (verb !== "," && hasCue("org-verb", context.wordAt(phrase.last + 2)) && !endsInFeature(context.wordAt(phrase.last))) return "ORG";
  const article = context.wordAt(phrase.last + 2);
  if (article !== "a" && article !== "an" && article !== "the") return null;
  // The first noun with a cue among the words describing it: "a Danish chain", "an American jazz pianist".
  for (let i = phrase.last + 3; i < phrase.last + 7; i++) {
    const pos = context.posAt(i);
    if (pos !== "ADJ" && pos !== "PROPN" && pos !== "NOUN") return null;
    const word = context.wordAt(i);
    // "X was the state's first…": a possessor is not what X is.
    if ((pos === "NOUN" || pos === "PROPN") && !POSSESSIVE_MARKS.has(context.wordAt(i + 1))) {
      if (hasCue("place-noun", word)) return verb === "," ? null : "LOC";
      if (hasCue("org-noun", word)) return "ORG";
      if (pos === "NOUN" && word !== "by" && hasCue("person-before", word)) return "PERSON";
    }
  }
  return null;
}

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);

/** Whether the words before a name make it a team: "played for X", "signed with X", "coached X" (the `team-before` cues). */
function isTeamContext(phrase: Phrase, context: ResolveContext): boolean {
  if (hasCue("team-before", phrase.before)) return true;
  // Two-word cues end in a preposition: only then is the word before it looked up.
  const { before } = phrase;
  return (before === "for" || before === "with" || before === "to" || before === "by") && hasCue("team-before", `${context.wordAt(phrase.first - 2)} ${before}`);
}

const QUOTES = new Set(['"', "“", "”"]);
/** Words a title in capitals leaves in lower case ("Anarchy in Tokyo", "Buddha for Mary"). */
const TITLE_SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "'s", "’s", ":", ",", "-", "!", "?"]);
const MAX_TITLE = 12;

/**
 * Whether the phrase stands inside a title in quotes, with more words than its own: "Anarchy
 * in Tokyo", "From Yesterday" are songs, not the place or a name. Every word of the quote is
 * capitalised or one a title leaves small; speech in quotes has lower-case words and so stays.
 */
function isInsideQuotedTitle(phrase: Phrase, context: ResolveContext): boolean {
  if (!hasQuoteWithin(context.quotes, phrase.first - MAX_TITLE - 1, phrase.first - 1)) return false;
  const fits = (i: number): boolean => {
    const word = context.textOf(i, i);
    return TITLE_SMALL.has(word.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(word);
  };
  let open = phrase.first - 1;
  while (open >= phrase.first - MAX_TITLE && !QUOTES.has(context.wordAt(open)) && context.wordAt(open) !== "" && fits(open)) open--;
  if (!QUOTES.has(context.wordAt(open))) return false;
  let close = phrase.last + 1;
  while (close <= phrase.last + MAX_TITLE && !QUOTES.has(context.wordAt(close)) && context.wordAt(close) !== "" && fits(close)) close++;
  if (!QUOTES.has(context.wordAt(close))) return false;
  return open < phrase.first - 1 || close > phrase.last + 1;
}

/** Whether a quotation mark stands at a token index from `from` to `to` (sorted `quotes`). */
function hasQuoteWithin(quotes: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < quotes.length && quotes[lo]! <= to;
}

const CURRENCY = new Set(["$", "dollar", "dollars", "cents", "¢"]);

/** Whether the phrase stands right before a sum of money: "US $", "US$", "Canadian dollars". */
function isCurrencyAfter(phrase: Phrase, context: ResolveContext): boolean {
  return CURRENCY.has(phrase.after) || (phrase.after === "" && context.wordAt(phrase.last + 1) === "$");
}

/**
 * Whether token i is a noun: tagged so, or an adjective heading its own phrase ("a military offensive
 * in", where the tagger reads "offensive" as an adjective); not one before another word of a phrase
 * ("the army last week").
 */
function isNounAfter(i: number, context: ResolveContext): boolean {
  const pos = context.posAt(i);
  if (pos === "NOUN") return true;
  const next = context.posAt(i + 1);
  // A participle after the noun describes it ("the people involved").
  return pos === "ADJ" && !/(?:ed|ing)$/.test(context.wordAt(i)) && next !== "NOUN" && next !== "PROPN" && next !== "ADJ" && next !== "NUM";
}

/** Resolves one phrase; `earlier` are the drafts of the article's previous phrases, by index. */
export function resolvePhrase(phrase: Phrase, context: ResolveContext, earlier: readonly DraftMention[]): DraftMention | null {
  const { roles, name, modifier } = phrase;
  if (roles.length === 0 && isInsideQuotedTitle(phrase, context)) return null;
  const head = headRole(roles);
  const draft = (type: MentionType, actor: ResolvedActor | null, via: string, extra: Partial<DraftMention> = {}): DraftMention => ({ first: phrase.first, last: phrase.last, type, actor, via, phrase, ...extra });

  // What the words before a name say: "US President", "Trump's envoy", "Belarusian opposition".
  let owner: ResolvedActor | null = null;
  let ownerVia = "role";
  let ownerIsBody = false;
  if (modifier) {
    const target = choose(modifier.targets, context);
    owner = target ? readingOf(target, { ...phrase, before: "" }, context).actor : null;
    ownerIsBody = target !== null && (target.use === "body" || target.actor.kind === "organisation" || target.actor.kind === "company");
  } else if (name?.kind === "unknown" && name.country) {
    const target = choose(name.country, context);
    owner = target ? readingOf(target, { ...phrase, before: "" }, context).actor : null;
  } else if (phrase.possessor !== null) {
    owner = earlier[phrase.possessor]?.actor ?? null;
    ownerVia = "possessor";
  }
  const fromOwner = roles.length > 0 ? codeFromOwner(owner, roles, ownerIsBody) : null;

  if (head?.kind === "act") {
    // "US sanctions": the mention is the country, acting as its government.
    if (!modifier || !owner) return null;
    const actor = resolvedActor(owner.id, owner.name, owner.country && !INTERNATIONAL.test(owner.code) ? `${owner.country}GOV` : owner.code, owner.country);
    return { ...draft("GPE", actor, "role"), last: modifier.last };
  }
  if (!name) {
    if (head?.kind === "title") {
      // "a Russian singer": the title names no one, the country before it is still named.
      const target = modifier ? choose(modifier.targets, context) : null;
      if (!modifier || !target) return null;
      const reading = readingOf(target, { ...phrase, before: "" }, context);
      return { ...draft(reading.type, reading.actor, reading.via), last: modifier.last };
    }
    // "a new military offensive", "the police station": a bare singular sector noun of a body or group before a noun that
    // is no role of its own describes that thing; it names no actor. A plural is seldom a modifier
    // ("authorities today", "militants say" are the tagger's slips).
    if (!modifier && phrase.possessor === null && head?.sector && head.kind !== "person" && !/[^s]s$/.test(context.wordAt(phrase.last)) && !phrase.hyphenated && isNounAfter(phrase.last + 1, context)) return null;
    const text = context.textOf(phrase.first, phrase.last);
    const actor = fromOwner ? resolvedActor(owner ? `${owner.id}/${head!.word}` : `role:${slug(head!.word)}`, text, fromOwner.code, fromOwner.country) : null;
    return draft(typeOfRole(head), actor, owner ? ownerVia : "nominal");
  }
  if (name.kind === "known") {
    // "US $50 million", "Hong Kong dollars": a state's name before its money names the currency.
    if (roles.length === 0 && isCurrencyAfter(phrase, context) && name.targets.some((t) => t.actor.kind === "country")) return null;
    const target = choose(name.targets, context);
    if (!target) {
      const candidates = name.targets.map((t) => readingOf(t, phrase, context).actor);
      return draft(name.targets[0]!.actor.type, null, "ambiguous", { candidates });
    }
    // "played for Lausanne", "signed with Tulsa": a city's name is its team's.
    if (roles.length === 0 && (target.use === "place" || target.use === "seat") && isTeamContext(phrase, context)) return draft("ORG", null, "team");
    const reading = readingOf(target, phrase, context);
    // A person the dictionary knows without dated roles takes the role the phrase gives.
    const useRoles = fromOwner && target.actor.kind === "person" && target.actor.roles.length === 0 && (!fromOwner.country || fromOwner.country === target.actor.country);
    const actor = useRoles ? actorOn(target.actor, context.day, fromOwner.code) : reading.actor;
    const type = roles.length > 0 && target.actor.kind === "country" ? typeOfRole(head) : reading.type;
    return draft(type, actor, useRoles ? ownerVia : reading.via);
  }
  // An unknown name: typed by its roles or its own words, coded by what the phrase says.
  const text = context.textOf(name.first, name.last);
  const words = text.split(/\s+/).map((w) => w.toLowerCase());
  const byContext = roles.length === 0 && !name.role ? typeByContext(phrase, context) : null;
  if (roles.length === 0 && !name.role && byContext !== "LOC" && !isLikelyName(phrase, text, context)) return null;
  const own = name.role ? codeFromOwner(owner, [name.role]) : name.country ? codeFromOwner(owner, roles) : fromOwner;
  const guessed = name.role ? "ORG" : roles.length > 0 ? typeOfRoleBeforeName(head, context.wordAt(name.first - 1)) : byContext ?? guessNameType({ words, before: phrase.before, acronym: /^[A-Z0-9&.]{2,}$/.test(text), opensWithAcronym: /^(?:(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+)\s/.test(text) });
  if (guessed === "MISC") return null;
  // "Connecticut Lottery", "Texas Longhorn": a place's name and words that are no given name
  // name what is of the place, not a person.
  const placeOwned = guessed === "PERSON" && name.placeFirst === true && roles.length === 0 && !isLikelyPersonName(words) && byContext !== "PERSON";
  const type: MentionType = placeOwned ? "ORG" : guessed ?? "ORG";
  // One capitalised word with no cue, or a would-be person without a known given name, is
  // kept only if coreference or an appositive confirms it.
  const weak = !own && ((guessed === null && words.length === 1) || (guessed === "PERSON" && !placeOwned && roles.length === 0 && !isLikelyPersonName(words) && byContext !== "PERSON" && !hasPersonCue(phrase, context)));
  const actor = own ? resolvedActor(`name:${slug(text)}`, text, own.code, own.country) : null;
  return draft(type, actor, own ? (owner ? ownerVia : "role") : byContext ? "context" : "guess", weak ? { weak } : {});
}
