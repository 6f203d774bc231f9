/**
 * An acronym defined in the article stands for its name: "the Bridgton and Saco River
 * Railroad (B&SR)" makes every "B&SR" after it what the name is, a place or an organisation,
 * with the name's actor. Written the other way round too: "the AHAC (Amateur Hockey …)".
 */
import type { DraftMention } from "./resolve.js";

const ACRONYM = /^[A-Z][A-Za-z&.]*[A-Z]\.?s?$/;

/** Whether `acronym`'s capitals can be the initials of `name`, in order ("B&SR", "Bridgton and Saco River Railroad"). */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, "");
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0));
  if (letters.length < 2 || initials[0] !== letters[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

/** Gives every use of an acronym defined in the article the type and actor of its name. */
export function linkAcronyms(drafts: readonly DraftMention[], textOf: (first: number, last: number) => string, wordAt: (i: number) => string): void {
  const defined = new Map<string, DraftMention>();
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n]!;
    const b = drafts[n + 1]!;
    if (b.first !== a.last + 2 || wordAt(a.last + 1) !== "(" || wordAt(b.last + 1) !== ")") continue;
    if (a.phrase.roles.length > 0 || b.phrase.roles.length > 0 || !a.phrase.name || !b.phrase.name) continue;
    const [first, second] = [textOf(a.first, a.last), textOf(b.first, b.last)];
    if (ACRONYM.test(second) && !a.weak && abbreviates(second, first)) defined.set(second, a);
    else if (ACRONYM.test(first) && !b.weak && abbreviates(first, second)) defined.set(first, b);
  }
  if (defined.size === 0) return;
  for (const d of drafts) {
    if (d.phrase.roles.length > 0 || d.phrase.name?.kind !== "unknown") continue;
    const name = defined.get(textOf(d.first, d.last));
    if (!name || name === d) continue;
    d.type = name.type;
    if (name.actor) d.actor = name.actor;
    d.via = "acronym";
    delete d.weak;
  }
}
