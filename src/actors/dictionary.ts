/**
 * The actor dictionary: every known actor (countries, people, companies, organisations),
 * every name that points to one, and the role nouns, gathered in one token trie built once.
 * Building is pure (records in, frozen dictionary out); `load.ts` reads the records.
 */
import type { MentionType } from "../document.js";
import type { CompanyRecord, CountryNameRecord, DatedRole, OrganisationRecord, PersonRecord, RoleRecord } from "./schemas.js";
import type { PlaceSource } from "./places.js";
import { TokenTrie } from "./trie.js";

export type ActorKind = "country" | "person" | "company" | "organisation";

/** A canonical actor, as the data describes it. */
export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly type: MentionType;
  /** ISO alpha-3, or null for IGOs and NGOs without a country. */
  readonly country: string | null;
  /** The code when no dated role applies. */
  readonly code: string;
  readonly roles: readonly DatedRole[];
  readonly aliases: readonly string[];
  /** file:line of the record, or the package it came from. */
  readonly source: string;
}

/**
 * How a name stands for its actor: the actor's own name, an adjective or people ("Belarusian",
 * "Belarusians"), a seat of power ("Minsk", "Washington"), an institution ("the Kremlin"), or
 * a place in the country (a city, a state).
 */
export type NameUse = "name" | "demonym" | "people" | "seat" | "body" | "place";

export interface NameTarget {
  readonly actor: ActorEntry;
  readonly use: NameUse;
  /** A code the name itself implies ("Pentagon" → USAMIL), over the actor's own. */
  readonly code?: string;
}

/** A role noun ("president", "rights groups"), with the sector it gives and what it names. */
export interface RoleNoun {
  /** The first form, which identifies the role ("president"). */
  readonly word: string;
  readonly sector: string | null;
  readonly kind: RoleRecord["kind"];
}

export type DictionaryHit = { readonly kind: "name"; readonly target: NameTarget } | { readonly kind: "role"; readonly role: RoleNoun };

export interface ActorDictionary {
  readonly actors: ReadonlyMap<string, ActorEntry>;
  /** Every name and role noun, for the matcher. */
  readonly trie: TokenTrie<DictionaryHit>;
  /** Names by lower-cased text, for look-ups by name (`describeActor`). */
  readonly byName: ReadonlyMap<string, readonly NameTarget[]>;
  /** Names of smaller towns, as written: no actors, a hint that an unknown name is a place. */
  readonly minorPlaces: ReadonlySet<string>;
}

/** A country from the world-countries package, or one the curated file adds. */
export interface CountrySource {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly independent: boolean;
}

export interface DictionarySources {
  readonly countries: readonly CountrySource[];
  /** Cities and divisions; a name the rest of the dictionary has is not read as a place. */
  readonly places: readonly PlaceSource[];
  /** Names of smaller towns (no actors); a name the dictionary has is left out. */
  readonly minorPlaces?: readonly string[];
  readonly countryNames: readonly { readonly value: CountryNameRecord; readonly where: string }[];
  readonly people: readonly { readonly value: PersonRecord; readonly where: string }[];
  readonly companies: readonly { readonly value: CompanyRecord; readonly where: string }[];
  readonly organisations: readonly { readonly value: OrganisationRecord; readonly where: string }[];
  readonly roles: readonly { readonly value: RoleRecord; readonly where: string }[];
}

/** The plural of a demonym that names people: "Belarusian" → "Belarusians"; "French" has none. */
function peopleOf(demonym: string): string | null {
  return /(an|i|ese)$/.test(demonym) && !/ese$/.test(demonym) ? `${demonym}s` : null;
}

/** Builds the dictionary from records; later records with the same id replace earlier ones. */
export function buildActorDictionary(sources: DictionarySources): ActorDictionary {
  const actors = new Map<string, ActorEntry>();
  const names: { name: string; target: NameTarget; independent: boolean }[] = [];
  const addName = (name: string, target: NameTarget, independent = true): void => {
    names.push({ name, target, independent });
  };

  for (const c of sources.countries) {
    const actor: ActorEntry = { id: `country:${c.code}`, name: c.name, kind: "country", type: "GPE", country: c.code, code: c.code, roles: [], aliases: c.names, source: "world-countries" };
    actors.set(actor.id, actor);
    for (const name of c.names) addName(name, { actor, use: "name" }, c.independent);
    for (const demonym of c.demonyms) {
      addName(demonym, { actor, use: "demonym" }, c.independent);
      const people = peopleOf(demonym);
      if (people) addName(people, { actor, use: "people" }, c.independent);
    }
    if (c.independent) for (const capital of c.capitals) addName(capital, { actor, use: "seat", code: `${c.code}GOV` });
  }
  // The curated file may say that a name the package gives is not to be read as a country.
  const ignored = new Set(sources.countryNames.filter((r) => r.value.kind === "ignore").map((r) => `${r.value.name.toLowerCase()}:${r.value.country}`));
  for (const { value: r, where } of sources.countryNames) {
    if (r.kind === "ignore") continue;
    // A region is kept apart from the countries, so that it never stands for one in context.
    const id = `${r.region ? "region" : "country"}:${r.country}`;
    let actor = actors.get(id);
    if (!actor) {
      // A country the package lacks (the Soviet Union, Kosovo): the curated file brings it.
      actor = { id, name: r.name, kind: "country", type: "GPE", country: r.country, code: r.country, roles: [], aliases: [], source: where };
      actors.set(actor.id, actor);
    }
    addName(r.name, r.code ? { actor, use: r.kind, code: r.code } : { actor, use: r.kind });
  }
  for (const { value: p, where } of sources.people) {
    actors.set(p.id, { id: p.id, name: p.name, kind: "person", type: "PERSON", country: p.country, code: p.code ?? p.country, roles: p.roles, aliases: p.aliases, source: where });
  }
  for (const { value: c, where } of sources.companies) {
    actors.set(c.id, { id: c.id, name: c.name, kind: "company", type: "COMPANY", country: c.country, code: `${c.country}${c.sector}`, roles: [], aliases: c.aliases, source: where });
  }
  for (const { value: o, where } of sources.organisations) {
    actors.set(o.id, { id: o.id, name: o.name, kind: "organisation", type: o.type === "IGO" ? "IGO" : "ORG", country: o.country ?? null, code: o.code, roles: [], aliases: o.aliases, source: where });
  }
  // People, companies and organisations are named after all are read, so that a replaced
  // record leaves none of its old names behind.
  for (const actor of actors.values()) {
    if (actor.kind === "country") continue;
    for (const name of new Set([actor.name, ...actor.aliases])) addName(name, { actor, use: "name" });
  }

  // A name shared by a state and a dependent territory ("French") is the state's.
  const independentNames = new Set(names.filter((n) => n.independent).map((n) => n.name.toLowerCase()));
  // A capital that is also a country's name ("Singapore", "Kuwait") is the country.
  const countryNames = new Set(names.filter((n) => n.target.use === "name" && n.target.actor.kind === "country").map((n) => n.name.toLowerCase()));
  const trie = new TokenTrie<DictionaryHit>();
  const byName = new Map<string, NameTarget[]>();
  const seen = new Set<string>();
  for (const { name, target, independent } of names) {
    const key = name.toLowerCase();
    if (!independent && independentNames.has(key)) continue;
    if (target.actor.kind === "country" && ignored.has(`${key}:${target.actor.code}`)) continue;
    if (target.use === "seat" && countryNames.has(key)) continue;
    const dedupe = `${name}\u0000${target.actor.id}\u0000${target.use}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    trie.add(name, { kind: "name", target });
    byName.set(key, [...(byName.get(key) ?? []), target]);
  }
  for (const place of sources.places) {
    const actor = actors.get(`country:${place.country}`);
    if (!actor || byName.has(place.name.toLowerCase())) continue;
    trie.add(place.name, { kind: "name", target: { actor, use: "place" } });
    byName.set(place.name.toLowerCase(), [{ actor, use: "place" }]);
  }
  for (const { value: r } of sources.roles) {
    const role: RoleNoun = { word: r.words[0]!, sector: r.sector, kind: r.kind };
    for (const word of r.words) trie.add(word, { kind: "role", role });
  }
  const minorPlaces = new Set<string>();
  for (const name of sources.minorPlaces ?? []) if (!byName.has(name.toLowerCase())) minorPlaces.add(name);
  return Object.freeze({ actors, trie, byName, minorPlaces });
}
