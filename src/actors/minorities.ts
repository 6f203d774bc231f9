/**
 * A people named as a minority ("ethnic Albanians in Serbia", "Bosnian Serbs") are coded by the
 * state they live in, as CAMEO does, not by the state of their ethnicity.
 */
import { resolvedActor } from "./dated-codes.js";
import type { DraftMention } from "./resolve.js";

const INTERNATIONAL = /^(IGO|NGO|IMG)/;

/** The country a minority lives in: a place right after it ("in Serbia"), else the country its sentence names most. */
function countryOfResidence(drafts: readonly DraftMention[], n: number, own: string, wordAt: (i: number) => string): string | null {
  const d = drafts[n]!;
  // "ethnic Albanians in Serbia", "ethnic Albanian guerrillas operating in Macedonia".
  for (let k = n + 1; k < drafts.length && drafts[k]!.phrase.sentence === d.phrase.sentence && drafts[k]!.first - d.last <= 4; k++) {
    const place = drafts[k]!;
    const country = place.actor?.country;
    if ((place.type === "GPE" || place.type === "LOC") && country && country !== own && wordAt(place.first - 1) === "in") return country;
  }
  const counts = new Map<string, number>();
  for (const other of drafts) {
    const country = other.actor?.country;
    if (other === d || other.phrase.sentence !== d.phrase.sentence || !country || country === own || other.weak || INTERNATIONAL.test(other.actor!.code)) continue;
    if (isMinority(other, wordAt)) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
  return ranked[0]![0];
}

/**
 * "Bosnian Serbs", "Iraqi Kurds": a people named right after another state's demonym live in
 * that state; its country, or null.
 */
function stateBefore(drafts: readonly DraftMention[], n: number): string | null {
  const d = drafts[n]!;
  const before = drafts[n - 1];
  const own = d.actor?.country;
  const state = before?.actor?.country;
  if (!before || !own || !state || state === own || d.type !== "GROUP" || before.type !== "GROUP" || d.phrase.roles.length > 0) return null;
  if (before.last + 1 !== d.first || before.actor!.code !== state || d.phrase.name?.kind !== "known") return null;
  return state;
}

/** Whether a draft names a people as a minority: "ethnic" right before a demonym or a demonym and its role. */
function isMinority(d: DraftMention, wordAt: (i: number) => string): boolean {
  const actor = d.actor;
  if (!actor?.country || INTERNATIONAL.test(actor.code) || (d.type !== "GROUP" && d.type !== "ORG")) return false;
  if (d.phrase.name?.kind === "unknown") return false;
  return d.phrase.before === "ethnic" || wordAt(d.first) === "ethnic";
}

/**
 * "Serb forces killed three ethnic Albanians in southeastern Serbia": the Albanians are Serbia's
 * (SRB), and keep their sector ("ethnic Albanian guerrillas" in Macedonia are MKDREB).
 */
export function placeMinorities(drafts: DraftMention[], wordAt: (i: number) => string): void {
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    const state = stateBefore(drafts, n);
    if (state) {
      d.actor = resolvedActor(`${d.actor!.id}@${state}`, d.actor!.name, `${state}${d.actor!.sector ?? ""}`, state);
      d.via = `${d.via}+residence`;
      continue;
    }
    if (!isMinority(d, wordAt)) continue;
    const own = d.actor!.country!;
    const country = countryOfResidence(drafts, n, own, wordAt);
    if (!country) continue;
    const sector = d.actor!.sector ?? "";
    d.actor = resolvedActor(`${d.actor!.id}@${country}`, d.actor!.name, `${country}${sector}`, country);
    d.via = `${d.via}+residence`;
  }
}
