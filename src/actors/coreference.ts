/**
 * Links mentions within one article: an appositive gives a name its role ("John Coale, Trump's
 * envoy"); a surname refers back to the full name ("Coale"); a title to the latest person who
 * holds it ("the president", "the Belarusian leader"); "the government" to the latest country.
 */
import type { Token } from "../document.js";
import type { ActorDictionary } from "./dictionary.js";
import { resolvedActor } from "./dated-codes.js";
import { isLocative } from "./guess-type.js";
import type { DraftMention } from "./resolve.js";

const DETERMINERS = new Set([",", "a", "an", "the", "its", "his", "her", "their", "-", "'s", "’s"]);

const isBareName = (d: DraftMention): boolean => d.phrase.name !== null && d.phrase.roles.length === 0;
/** "Mr Straw", "Ms Hewitt": a name after titles alone. */
const isTitledName = (d: DraftMention): boolean => d.phrase.name !== null && d.phrase.roles.length > 0 && d.phrase.roles.every((r) => r.kind === "title");
const isRoleOnly = (d: DraftMention): boolean => d.phrase.name === null && d.phrase.roles.length > 0;
const headOf = (d: DraftMention) => d.phrase.roles[d.phrase.roles.length - 1];

/**
 * "X, a Warsaw-based analyst," / "X, Trump's envoy,": the role phrase right after a name and
 * a comma describes it. The name takes the role's code when the dictionary gives it none on
 * the day; the role phrase stands for the named actor.
 */
export function linkAppositives(drafts: DraftMention[], tokens: readonly Token[], text: string): void {
  const word = (i: number): string => text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
  for (let n = 0; n + 1 < drafts.length; n++) {
    const name = drafts[n]!;
    const role = drafts.slice(n + 1, n + 3).find(isRoleOnly);
    if (!role || !isBareName(name) || role.phrase.sentence !== name.phrase.sentence) continue;
    if (name.phrase.name?.kind === "known" && name.actor?.id.startsWith("country:")) continue;
    if (role.first - name.last > 8 || word(name.last + 1) !== ",") continue;
    const head = headOf(role);
    if (!head || head.kind !== "person") continue;
    // Only determiners, hyphenated place words and the possessor may stand between.
    let plain = true;
    for (let i = name.last + 2; i < role.first; i++) {
      const t = tokens[i]!;
      const inDraft = drafts.some((d) => d !== name && d !== role && i >= d.first && i <= d.last);
      if (!DETERMINERS.has(word(i)) && !inDraft && !(t.pos === "VERB" && word(i - 1) === "-") && t.pos !== "ADJ") plain = false;
    }
    if (!plain) continue;
    const hasDatedRole = name.phrase.name?.kind === "known" && name.via === "dictionary" && name.actor !== null && name.actor.sector !== null;
    if (!hasDatedRole && role.actor) {
      const id = name.actor?.id ?? `name:${text.slice(tokens[name.first]!.start, tokens[name.last]!.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
      const shown = name.actor?.name ?? text.slice(tokens[name.first]!.start, tokens[name.last]!.end);
      name.actor = resolvedActor(id, shown, role.actor.code, role.actor.country ?? name.actor?.country ?? null);
      name.via = "appositive";
    }
    name.type = "PERSON";
    delete name.weak;
    if (name.actor) {
      role.actor = name.actor;
      role.via = "appositive-role";
    }
  }
}

/**
 * "Iraq's foreign minister, Hoshyar Zebari,", "the main rebel group, the FDD,": a name nobody knows
 * right after a role and a comma, and closed by a comma or a bracket, is who the role describes; it
 * takes the role's code, as "X, the Iraqi foreign minister" does the other way round.
 */
export function linkRolesBeforeNames(drafts: DraftMention[], tokens: readonly Token[], text: string): void {
  const word = (i: number): string => (i >= 0 && i < tokens.length ? text.slice(tokens[i]!.start, tokens[i]!.end) : "");
  for (let n = 0; n + 1 < drafts.length; n++) {
    const role = drafts[n]!;
    const name = drafts[n + 1]!;
    const head = headOf(role);
    if (!isRoleOnly(role) || !role.actor || !head || head.kind === "title" || head.kind === "act") continue;
    if (!isBareName(name) || name.actor || name.phrase.sentence !== role.phrase.sentence) continue;
    if (word(role.last + 1) !== "," || name.first !== role.last + 2 || !APPOSITION_ENDS.has(word(name.last + 1))) continue;
    // "officials, Reuters said": one person's role needs a person's name, not a word the guesser typed otherwise.
    if (head.kind === "person" && name.type !== "PERSON") continue;
    name.actor = role.actor;
    name.type = head.kind === "person" ? "PERSON" : name.type;
    name.via = "appositive";
    delete name.weak;
  }
}

const APPOSITION_ENDS = new Set([",", "(", ")", "-", "–", "—"]);

/** Surnames, titles and "the government": fills in drafts from earlier ones, in order. */
export function resolveCoreference(drafts: DraftMention[], dictionary: ActorDictionary, textOf: (first: number, last: number) => string): void {
  const people: DraftMention[] = [];
  // A country named as a place ("an embassy in Tehran") is where things happen, seldom whose
  // "the foreign ministry" speaks: within a sentence one named otherwise is preferred.
  let lastCountry: DraftMention | null = null;
  let lastPlace: DraftMention | null = null;
  const named = (): DraftMention | null =>
    lastPlace && (!lastCountry || lastPlace.phrase.sentence > lastCountry.phrase.sentence) ? lastPlace : lastCountry;
  // "the government" of a story about one country is that country's, unless the sentence or the one
  // before names another as an actor; a country named further back, as a place or in a list, is not meant.
  const main = mainCountry(drafts);
  const countryBefore = (d: DraftMention): string | null => {
    const c = named();
    const near = c !== null && c.phrase.sentence >= d.phrase.sentence - 1;
    if (c?.actor?.country && near && (c.actor.country === main || main === null || (c === lastCountry && !isListed(c, drafts)))) return c.actor.country;
    if (main) return main;
    return c?.actor?.country && c.phrase.sentence >= d.phrase.sentence - 2 ? c.actor.country : null;
  };
  let previous: DraftMention | null = null;
  for (const d of drafts) {
    const owner = previous && isRoleOnly(d) && !d.actor?.country && d.actor?.sector ? leaderOrHolder(previous, d, dictionary, textOf) : null;
    if (owner) {
      d.actor = resolvedActor(`${owner.id}/${headOf(d)!.word}`, textOf(d.first, d.last), owner.code, owner.country);
      d.via = "coreference:leader";
    }
    previous = d;
    const words = textOf(d.first, d.last).split(/\s+/);
    if (isBareName(d) && words.length > 1 && d.phrase.name?.kind === "unknown" && !d.actor) {
      // "Home Secretary Charles Clarke" … "Charles Clarke": the same unknown person again.
      const same = findByName(people, textOf(d.first, d.last), textOf);
      if (same?.actor) {
        d.actor = same.actor;
        d.via = "coreference:name";
        delete d.weak;
      }
    }
    // "Mr Straw" after "Foreign Secretary Jack Straw": a title alone before a surname is no role.
    const surname = isTitledName(d) ? textOf(d.phrase.name!.first, d.phrase.name!.last).split(/\s+/) : words;
    if ((isBareName(d) || isTitledName(d)) && surname.length === 1) {
      words[0] = surname[0]!;
      const antecedent = findBySurname(people, words[0]!, textOf);
      const name = d.phrase.name;
      const knownPerson = name?.kind === "known" && name.targets.some((t) => t.actor.kind === "person");
      // A known surname ("Trump") yields to a different person of that name named earlier, and
      // so does a town ("Belgrano" after "Manuel Belgrano"); states and organisations are themselves.
      const town = name?.kind === "known" && name.targets.every((t) => t.use === "place") && antecedent !== null && !antecedent.weak && endsWith(antecedent, words[0]!, textOf);
      // A name whose own context typed it ("Caloi was founded in 1898") is not a person's surname.
      const yields = (name?.kind === "unknown" && d.via !== "context") || town || (knownPerson && antecedent?.phrase.name?.kind === "unknown" && d.actor?.id !== antecedent.actor?.id);
      if (antecedent && yields) {
        d.actor = antecedent.actor;
        d.type = "PERSON";
        d.via = "coreference:surname";
        delete d.candidates;
        delete d.weak;
        delete antecedent.weak;
      }
    }
    if (isTitledOrRoled(d) && !d.actor?.country && d.phrase.name?.kind === "unknown" && d.phrase.name.first === d.phrase.name.last) {
      // "President Bush": a surname the dictionary's people of one country share is of that country.
      const country = countryOfSurname(dictionary, textOf(d.phrase.name.first, d.phrase.name.last));
      if (country) {
        const sector = d.phrase.roles.find((r) => r.sector)?.sector ?? "";
        d.actor = resolvedActor(d.actor?.id ?? `name:${textOf(d.first, d.last).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`, textOf(d.first, d.last), `${country}${sector}`, country);
        d.via = "surname";
        d.type = "PERSON";
        delete d.weak;
      }
    }
    if (isRoleOnly(d) && d.phrase.before === "the" && headOf(d)?.kind === "person" && d.via !== "appositive-role") {
      const antecedent = findByTitle(people, d, dictionary);
      if (antecedent) {
        d.actor = antecedent.actor;
        d.via = "coreference:title";
      }
    } else if (isRoleOnly(d) && d.phrase.before === "the" && !d.phrase.modifier && d.phrase.possessor === null && !d.actor?.country && countryBefore(d)) {
      // "the government", "the army": of the country the article last named, or the one it is about.
      const sector = d.phrase.roles.find((r) => r.sector)?.sector;
      const country = countryBefore(d)!;
      if (sector) {
        d.actor = resolvedActor(`country:${country}/${headOf(d)!.word}`, textOf(d.first, d.last), `${country}${sector}`, country);
        d.via = "coreference:country";
      }
    }
    if (isRoleOnly(d) && POSSESSIVE_PRONOUNS.has(d.phrase.before) && !d.phrase.modifier && d.phrase.possessor === null && d.actor?.sector && !d.actor.country) {
      // "their forces", "its embassy": the role is of whom the pronoun refers to.
      const owner = ownerOfPronoun(drafts, d);
      if (owner?.actor) {
        const international = /^(IGO|NGO|IMG)/.test(owner.actor.code);
        const code = international ? owner.actor.code : owner.actor.country ? `${owner.actor.country}${d.actor.sector}` : null;
        if (code) {
          d.actor = resolvedActor(`${owner.actor.id}/${headOf(d)!.word}`, textOf(d.first, d.last), code, owner.actor.country);
          d.via = "coreference:possessive";
        }
      }
    }
    if (d.type === "PERSON" && d.phrase.name) people.push(d);
    if (d.actor?.id.startsWith("country:") && d.phrase.roles.length === 0) {
      if (isLocative(d.phrase.before)) lastPlace = d;
      else lastCountry = d;
    }
  }
}

const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);

/**
 * Who owns a role named right after another mention: "Vietnamese-led forces" are the leader's
 * (an organisation's code whole, a state's country with the role's sector); "the Bush
 * administration" is the government of the person named before it, by the dictionary or by a
 * surname its people of one country share. Null when neither applies.
 */
function leaderOrHolder(before: DraftMention, d: DraftMention, dictionary: ActorDictionary, textOf: (first: number, last: number) => string): { id: string; code: string; country: string | null } | null {
  const sector = d.actor!.sector!;
  if (before.last === d.first - 3 && textOf(d.first - 2, d.first - 2) === "-" && textOf(d.first - 1, d.first - 1).toLowerCase() === "led" && before.actor && !before.weak) {
    const international = /^(IGO|NGO|IMG)/.test(before.actor.code);
    if (international) return { id: before.actor.id, code: before.actor.code, country: before.actor.country };
    return before.actor.country ? { id: before.actor.id, code: `${before.actor.country}${sector}`, country: before.actor.country } : null;
  }
  const head = headOf(d);
  if (before.last !== d.first - 1 || head?.kind !== "body" || sector !== "GOV" || !isBareName(before) || before.phrase.sentence !== d.phrase.sentence) return null;
  const known = before.actor?.country && before.type === "PERSON" ? before.actor.country : null;
  const name = before.phrase.name!;
  const country = known ?? (name.kind === "unknown" && name.first === name.last ? countryOfSurname(dictionary, textOf(name.first, name.last)) : null);
  return country ? { id: `country:${country}`, code: `${country}${sector}`, country } : null;
}

/**
 * The country an article is about: the one most of its coded mentions (states, their people and
 * bodies, known people, parties) belong to, at least three and twice as many as any other; null
 * when no country stands out.
 */
export function mainCountry(drafts: readonly DraftMention[]): string | null {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const country = d.weak ? null : d.actor?.country;
    if (!country || /^(IGO|NGO|IMG)/.test(d.actor!.code)) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * A surname after an office ("President Bush"): a title alone ("Mr Campbell") is too common a
 * surname's to say whose country it is, and a monarch is named by his given name ("Crown Prince Abdullah").
 */
function isTitledOrRoled(d: DraftMention): boolean {
  const roles = d.phrase.roles;
  return d.phrase.name !== null && roles.some((r) => r.kind === "person" && r.sector !== null) && roles.every((r) => (r.kind === "title" || r.kind === "person") && r.word !== "king");
}

const surnames = new WeakMap<ActorDictionary, Map<string, Set<string>>>();

/** The country of every person in the dictionary whose name ends in `word`, when they share one; else null. */
function countryOfSurname(dictionary: ActorDictionary, word: string): string | null {
  let index = surnames.get(dictionary);
  if (!index) {
    index = new Map();
    for (const actor of dictionary.actors.values()) {
      if (actor.kind !== "person" || !actor.country) continue;
      const last = actor.name.split(/\s+/).pop()!.toLowerCase();
      const set = index.get(last) ?? new Set<string>();
      set.add(actor.country);
      index.set(last, set);
    }
    surnames.set(dictionary, index);
  }
  const countries = index.get(word.toLowerCase());
  return countries?.size === 1 ? [...countries][0]! : null;
}

/** Whether a country is named in a list with another ("from Algeria, Tunisia and Jordan"). */
function isListed(d: DraftMention, drafts: readonly DraftMention[]): boolean {
  const n = drafts.indexOf(d);
  const isState = (m: DraftMention | undefined): boolean => m !== undefined && m.actor?.id.startsWith("country:") === true && m.phrase.sentence === d.phrase.sentence;
  const prev = drafts[n - 1];
  const next = drafts[n + 1];
  return (isState(prev) && d.first - prev!.last <= 2) || (isState(next) && next!.first - d.last <= 2);
}

/**
 * The mention a possessive pronoun before `d` refers to: the nearest earlier one in its
 * sentence or the one before that fits the pronoun ("its" a state or organisation, "their" a
 * group or people, "his"/"her" a person). Null when the nearest that fits has no actor.
 */
function ownerOfPronoun(drafts: readonly DraftMention[], d: DraftMention): DraftMention | null {
  const pronoun = d.phrase.before;
  const fits = (m: DraftMention): boolean => {
    if (pronoun === "its") return m.type === "GPE" || m.type === "ORG" || m.type === "IGO" || m.type === "COMPANY";
    if (pronoun === "their") return m.type === "GROUP" || m.type === "ORG" || m.type === "IGO" || (m.type === "PERSON" && m.phrase.name === null);
    return m.type === "PERSON";
  };
  for (let n = drafts.indexOf(d) - 1; n >= 0; n--) {
    const m = drafts[n]!;
    if (m.phrase.sentence < d.phrase.sentence - 1) return null;
    // A place where something is ("troops in Iraq … their") is not whose the thing is.
    if (isLocative(m.phrase.before) && (m.type === "GPE" || m.type === "LOC")) continue;
    if (fits(m)) return m.actor ? m : null;
  }
  return null;
}

/** Whether the name of `person` ends in `word`. */
function endsWith(person: DraftMention, word: string, textOf: (first: number, last: number) => string): boolean {
  const name = person.phrase.name;
  return name !== null && textOf(name.first, name.last).split(/\s+/).pop() === word;
}

/** The latest person named exactly `text`. */
function findByName(people: readonly DraftMention[], text: string, textOf: (first: number, last: number) => string): DraftMention | null {
  for (let i = people.length - 1; i >= 0; i--) {
    const name = people[i]!.phrase.name;
    if (name && textOf(name.first, name.last) === text) return people[i]!;
  }
  return null;
}

/**
 * The latest person whose name ends in `word` (a surname), or begins with it (a given name,
 * or a surname written first, as in "Kojima Minoru").
 */
function findBySurname(people: readonly DraftMention[], word: string, textOf: (first: number, last: number) => string): DraftMention | null {
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    const name = p.phrase.name;
    if (!name || name.last === name.first) continue;
    const parts = textOf(name.first, name.last).split(/\s+/);
    // A name's first word only for a name that stands on its own: "Pipeline" is no one after a guessed "Pipeline Pro".
    if (parts[parts.length - 1] === word || (parts[0] === word && !p.weak)) return p;
  }
  return null;
}

/**
 * The latest person a title can refer to: one called so in the article ("President X"), or
 * whose dictionary role has that title; "leader" fits any head of government. A country in
 * the title ("the Belarusian leader") must be the person's.
 */
function findByTitle(people: readonly DraftMention[], d: DraftMention, dictionary: ActorDictionary): DraftMention | null {
  const head = headOf(d)!;
  const country = d.phrase.modifier?.targets[0]?.actor.country ?? null;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (!p.actor || (country && p.actor.country !== country)) continue;
    const called = p.phrase.roles.some((r) => r.word === head.word);
    const entry = dictionary.actors.get(p.actor.id);
    const titled = entry?.roles.some((r) => r.code === p.actor!.code && r.title?.toLowerCase().includes(head.word)) ?? false;
    const leads = head.word === "leader" && p.actor.sector === "GOV";
    if (called || titled || leads) return p;
  }
  return null;
}
