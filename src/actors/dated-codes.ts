/**
 * Which code an actor has on a given day: the dated role that covers the day, else its
 * default code. Trump is USAGOV on 2018-03-01 and on 2025-09-12, plain USA on 2022-06-01.
 */
import type { ActorCode, ResolvedActor } from "../document.js";
import type { ActorEntry } from "./dictionary.js";
import type { DatedRole } from "./schemas.js";

/** The first day a possibly partial ISO date can mean ("2021" → "2021-01-01"). */
const firstDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** The last day a possibly partial ISO date can mean ("2021" → "2021-12-31"). */
const lastDay = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Whether a role covers a day (YYYY-MM-DD); `to` is the day the role ended, exclusive. */
export function roleCovers(role: DatedRole, day: string): boolean {
  if (role.from && day < firstDay(role.from)) return false;
  if (role.to && (role.to.length === 10 ? day >= role.to : day > lastDay(role.to))) return false;
  return true;
}

/** The role an actor holds on `day`, or, without a date, the one that goes on; null if none. */
export function roleOn(actor: ActorEntry, day: string | null): DatedRole | null {
  const covering = actor.roles.filter((r) => (day ? roleCovers(r, day) : !r.to));
  // The latest begun role is the one that describes the actor now.
  covering.sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return covering[0] ?? null;
}

/** The actor's code on `day`. */
export function codeOn(actor: ActorEntry, day: string | null): string {
  return roleOn(actor, day)?.code ?? actor.code;
}

/** The sector part of a code, given the country it starts with: "BLRGOV" → "GOV". */
export function sectorOfCode(code: string, country: string | null): string | null {
  if (country && code.startsWith(country) && code.length > country.length) return code.slice(country.length, country.length + 3);
  if (/^(IGO|NGO|IMG)/.test(code) || code === country) return null;
  return /^[A-Z]{3}$/.test(code) && !country ? code : null;
}

/** The ResolvedActor a mention carries. */
export function resolvedActor(id: string, name: string, code: string, country: string | null): ResolvedActor {
  return { id, name, code: code as ActorCode, country, sector: sectorOfCode(code, country) };
}

/** A dictionary actor as it is on `day`. */
export function actorOn(actor: ActorEntry, day: string | null, code = codeOn(actor, day)): ResolvedActor {
  return resolvedActor(actor.id, actor.name, code, actor.country);
}
