/**
 * The "mentions" stage: finds every actor mention in the article and resolves it on the
 * article's date. Needs the tokens layer; adds the mentions layer.
 */
import type { Document, Mention } from "../document.js";
import { withLayers, withMessage } from "../document.js";
import type { Stage } from "../stage.js";
import { linkAppositives, linkRolesBeforeNames, mainCountry, resolveCoreference } from "./coreference.js";
import { resolvedActor } from "./dated-codes.js";
import type { ActorDictionary } from "./dictionary.js";
import { linkAcronyms } from "./acronyms.js";
import { typeLoneNames } from "./lone-names.js";
import { typeLists, typeRepeatedNames } from "./lists.js";
import { findPieces, tokenTexts } from "./matcher.js";
import { hasCue } from "./name-cues.js";
import { isAllCaps, isCapitalised } from "./name-tokens.js";
import type { Phrase } from "./phrases.js";
import { collectPhrases } from "./phrases.js";
import type { DraftMention, ResolveContext } from "./resolve.js";
import { resolvePhrase } from "./resolve.js";
import { placeMinorities } from "./minorities.js";

/** The article's day (YYYY-MM-DD) when its date is at least that precise, else its month or year. */
function dayOf(doc: Document): string | null {
  const value = doc.meta.published?.value;
  return value ? value.slice(0, 10) : null;
}

/** Countries the article names without ambiguity: they settle ambiguous names elsewhere in it. */
function countriesNamed(phrases: readonly Phrase[]): Set<string> {
  const countries = new Set<string>();
  for (const p of phrases) {
    for (const part of [p.name?.kind === "known" ? p.name : null, p.modifier]) {
      if (!part) continue;
      // Regions ("Europe") are no country of context.
      let only: string | null | undefined;
      for (const t of part.targets) {
        if (t.actor.id.startsWith("region:")) continue;
        only = only === undefined || only === t.actor.country ? t.actor.country : null;
      }
      if (only) countries.add(only);
    }
  }
  return countries;
}

/** Indices of the tokens that lie inside time expressions (both layers are sorted). */
function tokensInTimes(doc: Document): Set<number> {
  const inside = new Set<number>();
  const tokens = doc.layers.tokens ?? [];
  let t = 0;
  for (const time of doc.layers.times ?? []) {
    while (t < tokens.length && tokens[t]!.end <= time.start) t++;
    for (let i = t; i < tokens.length && tokens[i]!.start < time.end; i++) inside.add(i);
  }
  return inside;
}

/** Indices of the tokens that are double quotation marks, in order. */
function quoteTokens(doc: Document): number[] {
  const quotes: number[] = [];
  const tokens = doc.layers.tokens ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== 1) continue;
    const c = doc.text.charCodeAt(t.start);
    if (c === 0x22 || c === 0x201c || c === 0x201d) quotes.push(i);
  }
  return quotes;
}

/** The capitalised words that stand inside a sentence somewhere in the article. */
function capitalisedInside(doc: Document): Set<string> {
  const words = new Set<string>();
  const tokens = doc.layers.tokens ?? [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[i - 1]!.sentence || t.pos !== "PROPN") continue;
    const first = doc.text.charAt(t.start);
    if (first !== first.toLowerCase()) words.add(doc.text.slice(t.start, t.end));
  }
  return words;
}

/**
 * "troops from Chad", "refugees from Afghanistan": a state named after "from" (across a
 * determiner, a number or adjectives) is where people come from. Only a state counts:
 * "delegates from the UN" keep their own sector.
 */
function isFromOwner(d: DraftMention, next: DraftMention, posAt: (i: number) => string, wordAt: (i: number) => string): boolean {
  // A demonym after "from" mostly describes something else ("people from Indian backgrounds").
  if (wordAt(d.last + 1) !== "from" || next.first - d.last > 5 || next.type !== "GPE" || !next.actor?.country || /^(IGO|NGO|IMG)/.test(next.actor.code)) return false;
  for (let i = d.last + 2; i < next.first; i++) if (posAt(i) !== "DET" && posAt(i) !== "NUM" && posAt(i) !== "ADJ") return false;
  return true;
}

/**
 * "the leaders of Romania", "governor of the Tyumen region", "Secretary-General of the UN": a
 * role with no country of its own takes the one of the name that follows "of" (or a state's, "from").
 */
function addOwnerAfterOf(drafts: readonly DraftMention[], wordAt: (i: number) => string, posAt: (i: number) => string): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    const actor = d.actor;
    if (!actor || actor.country || !actor.sector || actor.code !== actor.sector || d.phrase.roles.length === 0) continue;
    const next = drafts[n + 1];
    const gap = next ? next.first - d.last : 0;
    if (next?.actor && ((wordAt(d.last + 1) === "of" && (gap === 2 || (gap === 3 && wordAt(d.last + 2) === "the"))) || isFromOwner(d, next, posAt, wordAt)) && !next.phrase.roles.length) {
      const owner = next.actor;
      // An organisation's officials are the organisation ("Secretary-General of the UN"); its
      // soldiers keep their sector, which an IGO code has no room for.
      const international = /^(IGO|NGO|IMG)/.test(owner.code);
      if (owner.country || (international && actor.sector === "GOV")) {
        d.actor = resolvedActor(actor.id, actor.name, international ? owner.code : `${owner.country}${actor.sector}`, owner.country);
        d.via = `${d.via}+of`;
      }
    }
  }
}

/**
 * Sectors whose people are nearly always of the country they are placed in ("police in Cairo",
 * "students in Scotland"). Not officials and troops ("the embassy in Minsk", "troops in Iraq"),
 * refugees, nor prisoners, who are as often the foreigners held there (civilians: LOCAL_PEOPLE).
 */
const LOCAL_SECTORS = new Set(["COP", "OPP", "LAB", "EDU", "JUD", "LEG", "REL", "MED", "BUS"]);

/**
 * Role records (by their first word) of people named by where they live: "people in Somalia",
 * "villagers in Darfur" (the roles.yaml record of civilians), unlike prisoners or refugees held
 * or passing there.
 */
const LOCAL_PEOPLE = new Set(["civilians"]);

/**
 * "police in Cairo", "protesters at the Kremlin": a role with no country of its own followed
 * straight by "in"/"at" and a place takes the place's country when its sector's people are
 * mostly of the country they are in.
 */
function addCountryFromPlace(drafts: readonly DraftMention[], wordAt: (i: number) => string): void {
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n]!;
    const actor = d.actor;
    if (!actor || actor.country || !actor.sector || actor.code !== actor.sector || d.phrase.roles.length === 0) continue;
    if (!LOCAL_SECTORS.has(actor.sector) && !LOCAL_PEOPLE.has(d.phrase.roles[d.phrase.roles.length - 1]!.word)) continue;
    const place = drafts[n + 1]!;
    const prep = wordAt(d.last + 1);
    if (prep !== "in" && prep !== "at") continue;
    const gap = place.first - d.last;
    if (!(gap === 2 || (gap === 3 && wordAt(d.last + 2) === "the"))) continue;
    const country = place.weak || (place.type !== "GPE" && place.type !== "LOC") ? null : place.actor?.country;
    if (!country || /^(IGO|NGO|IMG)/.test(place.actor!.code) || !fitsModifier(d, country)) continue;
    d.actor = resolvedActor(actor.id, actor.name, `${country}${actor.sector}`, country);
    d.via = `${d.via}+place`;
  }
}

/**
 * Whether a country found around a mention can be its own: a demonym the resolver could not
 * settle ("Korean officials": North or South) allows only its own readings, never another
 * country the sentence names.
 */
function fitsModifier(d: DraftMention, country: string): boolean {
  const modifier = d.phrase.modifier;
  return !modifier || modifier.targets.some((t) => t.actor.country === country);
}

/** Sectors whose people are often not of the country around them ("refugees in Kenya", "rights groups say Belarus…"). */
const FOREIGN_OFTEN = new Set(["REF", "HRI"]);

/**
 * "President Askar Akayev … Kyrgyzstan", "police … in Cairo": a mention whose roles give a
 * sector but nothing gives a country takes the one country its sentence names, or, when the
 * sentence names none, the country the article is about (mainCountry). With two or more in the
 * sentence it stays as it is.
 */
function addCountryFromContext(drafts: readonly DraftMention[]): void {
  const bySentence = new Map<number, Set<string>>();
  const byRoleSentence = new Map<number, Set<string>>();
  for (const d of drafts) {
    // States, their parts and known people count; a company named in passing ("Ms Roche", the
    // drug maker's namesake) says little about where the sentence is.
    const knownPerson = d.phrase.name?.kind === "known" && d.phrase.name.targets.some((t) => t.actor.kind === "person");
    // "Algerian President X" names Algeria too, but only for people named by a role alone: "President
    // Y gave a welcome to South African leader X" says nothing of Y's country.
    const byModifier = d.phrase.modifier !== null && d.phrase.modifier.targets.every((t) => t.actor.kind === "country");
    const country = d.weak || !d.actor || !(d.actor.id.startsWith("country:") || knownPerson || byModifier) ? null : d.actor.country;
    if (!country || /^(IGO|NGO|IMG)/.test(d.actor!.code)) continue;
    for (const map of byModifier && !d.actor!.id.startsWith("country:") && !knownPerson ? [byRoleSentence] : [bySentence, byRoleSentence]) {
      let set = map.get(d.phrase.sentence);
      if (!set) map.set(d.phrase.sentence, (set = new Set()));
      set.add(country);
    }
  }
  // The article's country only when one stands out among its coded mentions (see mainCountry): one
  // passing mention of Kenya in a story about Westminster is no context.
  const main = mainCountry(drafts);
  const articleCountry = main ? new Set([main]) : new Set<string>();
  for (const d of drafts) {
    const actor = d.actor;
    if (!actor || actor.country || !actor.sector || actor.code !== actor.sector || d.phrase.roles.length === 0) continue;
    if (FOREIGN_OFTEN.has(actor.sector)) continue;
    const around = (d.phrase.name ? bySentence : byRoleSentence).get(d.phrase.sentence) ?? articleCountry;
    if (around.size !== 1) continue;
    const [country] = around as Set<string>;
    if (!fitsModifier(d, country!)) continue;
    d.actor = resolvedActor(actor.id, actor.name, `${country}${actor.sector}`, country!);
    d.via = `${d.via}+context`;
  }
}

/**
 * The tokens of the proper name in a mention, without an article the dictionary spells with it
 * ("the Soviet Union"); the country of "US sanctions"; null for a mention that names no one.
 */
function nameTokens(d: DraftMention, wordAt: (i: number) => string): { first: number; last: number } | null {
  const { modifier } = d.phrase;
  // "the Ohio Senate", "Belarusian Army": an institution written with capitals is named whole.
  if (!d.phrase.name && modifier && d.phrase.roles.length > 0 && d.phrase.roles.every((r) => r.kind === "body")) {
    let capitals = true;
    for (let i = modifier.last + 1; i <= d.last && capitals; i++) capitals = isCapitalised(wordAt(i));
    if (capitals) return { first: wordAt(modifier.first) === "the" ? modifier.first + 1 : modifier.first, last: d.last };
  }
  // "the Senate", "the Army": an institution written with capitals inside a sentence is its name.
  if (!d.phrase.name && !modifier && d.phrase.before !== "" && d.phrase.roles.length === 1 && d.phrase.roles[0]!.kind === "body") {
    let capitals = true;
    for (let i = d.first; i <= d.last && capitals; i++) capitals = isCapitalised(wordAt(i)) && !isAllCaps(wordAt(i));
    if (capitals) return { first: d.first, last: d.last };
  }
  const name = d.phrase.name ?? (modifier && d.last === modifier.last ? modifier : null);
  if (!name) return null;
  // "the Institute", "his Association": a capitalised noun of organisations alone refers back to
  // a name (the `generic-org` cues); it is no name itself.
  if (name.first === name.last && d.phrase.name?.kind === "unknown" && hasCue("generic-org", wordAt(name.first).toLowerCase())) return null;
  return name.last > name.first && wordAt(name.first) === "the" ? { first: name.first + 1, last: name.last } : name;
}

/** Finds and resolves the mentions of one document. */
export function findMentions(doc: Document, dictionary: ActorDictionary): Mention[] {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const phrases: Phrase[] = [];
  const inTime = tokensInTimes(doc);
  // Lower-casing the article once is cheaper than token by token; a few letters change length
  // when lower-cased ("İ"), and then offsets would not hold, so that text goes token by token.
  const lowered = doc.text.toLowerCase().replace(/’/g, "'");
  const lower = lowered.length === doc.text.length ? lowered : null;
  let from = 0;
  for (let s = 0; s < sentences.length && from < tokens.length; s++) {
    let to = from;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    const texts = tokenTexts(doc.text, tokens, from, to);
    collectPhrases(findPieces(dictionary, texts, tokens, from, inTime, lower), tokens, texts, from, phrases);
    from = to;
  }
  // "" outside the article, as wordAt: rules look at the token after a name that may end the text.
  const textOf = (first: number, last: number): string => {
    const [from, to] = [tokens[first], tokens[last]];
    return from && to ? doc.text.slice(from.start, to.end) : "";
  };
  // Built on first need: most articles never ask.
  let inside: Set<string> | undefined;
  const isCapitalisedInside = (word: string): boolean => (inside ??= capitalisedInside(doc)).has(word);
  const wordAt = (i: number): string => (i >= 0 && i < tokens.length ? doc.text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase() : "");
  const posAt = (i: number): string => (i >= 0 && i < tokens.length ? tokens[i]!.pos : "");
  const context: ResolveContext = { day: dayOf(doc), countries: countriesNamed(phrases), isCapitalisedInside, textOf, wordAt, posAt, quotes: quoteTokens(doc) };
  const drafts: DraftMention[] = [];
  const byPhrase: DraftMention[] = [];
  for (const phrase of phrases) {
    const draft = resolvePhrase(phrase, context, byPhrase);
    byPhrase.push(draft ?? ({ first: phrase.first, last: phrase.last, type: "GROUP", actor: null, via: "none", phrase } satisfies DraftMention));
    if (draft) drafts.push(draft);
  }
  linkAppositives(drafts, tokens, doc.text);
  linkRolesBeforeNames(drafts, tokens, doc.text);
  addOwnerAfterOf(drafts, wordAt, posAt);
  // Before coreference, so that "their forces" of "Bosnian Serbs" are Bosnia's.
  placeMinorities(drafts, wordAt);
  resolveCoreference(drafts, dictionary, textOf);
  typeLists(drafts, wordAt);
  typeRepeatedNames(drafts, textOf);
  linkAcronyms(drafts, textOf, wordAt);
  typeLoneNames(drafts, dictionary, { textOf, wordAt, posAt });
  addCountryFromPlace(drafts, wordAt);
  addCountryFromContext(drafts);
  return drafts.filter((d) => !d.weak).map((d) => {
    const start = tokens[d.first]!.start;
    const end = tokens[d.last]!.end;
    const name = nameTokens(d, (i) => doc.text.slice(tokens[i]!.start, tokens[i]!.end));
    const mention: Mention = name
      ? { text: doc.text.slice(start, end), start, end, type: d.type, actor: d.actor, via: d.via, name: { start: tokens[name.first]!.start, end: tokens[name.last]!.end } }
      : { text: doc.text.slice(start, end), start, end, type: d.type, actor: d.actor, via: d.via };
    return d.candidates ? { ...mention, candidates: d.candidates } : mention;
  }).sort((a, b) => a.start - b.start);
}

/** The stage that adds the mentions layer, with the dictionary it was given. */
export function createActorStage(dictionary: ActorDictionary): Stage {
  return {
    name: "mentions",
    run(doc: Document): Document {
      if (!doc.layers.tokens) {
        return withMessage(doc, { code: "mentions-no-tokens", severity: "warning", reason: "no tokens layer: actor mentions were not looked for", stage: "mentions" });
      }
      return withLayers(doc, { mentions: findMentions(doc, dictionary) });
    },
  };
}
