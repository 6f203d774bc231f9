/**
 * What the dictionary knows of an actor, for `attache actor <name|code>`: its names, its code
 * and its roles over time, and where its record is.
 */
import type { ActorDictionary, ActorEntry } from "./dictionary.js";
import type { DatedRole } from "./schemas.js";

export interface ActorDescription {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorEntry["kind"];
  readonly type: ActorEntry["type"];
  readonly country: string | null;
  /** The code when no dated role applies. */
  readonly code: string;
  readonly aliases: readonly string[];
  /** Dated roles, earliest first. */
  readonly roles: readonly DatedRole[];
  /** file:line of the record, or the package it came from. */
  readonly source: string;
}

function describe(actor: ActorEntry): ActorDescription {
  const roles = [...actor.roles].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  return { id: actor.id, name: actor.name, kind: actor.kind, type: actor.type, country: actor.country, code: actor.code, aliases: actor.aliases, roles, source: actor.source };
}

/**
 * The actors a name, id or code stands for: an id ("donald-trump", "country:BLR"), any of
 * their names in any case ("Lukashenko", "belarus"), or a code ("BLRGOV": every actor with
 * that code, in a role or by default). Empty when nothing fits.
 *
 * @example describeActor(dictionary, "Trump")[0]?.roles // [{ code: "USAGOV", from: "2017-01-20", … }, …]
 */
export function describeActor(dictionary: ActorDictionary, nameOrCode: string): ActorDescription[] {
  const query = nameOrCode.trim();
  const byId = dictionary.actors.get(query);
  if (byId) return [describe(byId)];
  const named = dictionary.byName.get(query.toLowerCase());
  if (named) return [...new Map(named.map((t) => [t.actor.id, t.actor])).values()].map(describe);
  const code = query.toUpperCase();
  return [...dictionary.actors.values()].filter((a) => a.code === code || a.roles.some((r) => r.code === code)).map(describe);
}
