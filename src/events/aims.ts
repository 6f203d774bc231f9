import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DATA_DIR, readDataFile } from "../knowledge/read-data.js";
import type { SentenceView } from "./sentence-view.js";

const recordSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("family"), codes: z.record(z.string().regex(/^\d{3}$/), z.string().regex(/^\d{3}$/)) }).strict(),
  z.object({ kind: z.literal("aim"), aim: z.number().int().min(1).max(4), against: z.boolean().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ kind: z.literal("not-after"), words: z.array(z.string().min(1)).min(1) }).strict(),
]);

/** One aim phrase: its words in a row, lower case. */
interface AimPhrase {
  readonly words: readonly string[];
  readonly aim: number;
  /** Only what a protest is against ("arrest"), no aim of a call or demand. */
  readonly against: boolean;
}

/** The cues of data/events/aims.yaml: which general codes have leaves by aim, and the words of each aim. */
export interface AimCues {
  /** A general code ("100") → the code whose leaves 1–4 are its aims ("104"). */
  readonly families: ReadonlyMap<string, string>;
  /** Aim phrases by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly AimPhrase[]>;
  readonly notAfter: ReadonlySet<string>;
}

/** Loads data/events/aims.yaml, then each user folder's events/aims.yaml (which extend it). */
export function loadAimCues(userDirs: readonly string[] = []): AimCues {
  const families = new Map<string, string>();
  const phrases = new Map<string, AimPhrase[]>();
  const notAfter = new Set<string>();
  const files = [DATA_DIR, ...userDirs].map((dir) => join(dir, "events", "aims.yaml")).filter((file) => existsSync(file));
  for (const file of files) {
    for (const { value } of readDataFile(file, recordSchema)) {
      if (value.kind === "family") for (const [from, to] of Object.entries(value.codes)) families.set(from, to);
      else if (value.kind === "not-after") for (const word of value.words) notAfter.add(word.toLowerCase());
      else {
        for (const phrase of value.words) {
          const words = phrase.toLowerCase().split(/\s+/);
          const list = phrases.get(words[0]!) ?? [];
          list.push({ words, aim: value.aim, against: value.against ?? false });
          list.sort((a, b) => b.words.length - a.words.length);
          phrases.set(words[0]!, list);
        }
      }
    }
  }
  return { families, phrases, notAfter };
}

const CLAUSE_ENDS = new Set([";", ":", "(", ")"]);
const REPORTING = new Set(["say", "report", "tell", "add", "according"]);
const WINDOW = 25;

/**
 * The aim-specific code of a general call, demand or protest from the words after its predicate,
 * in its clause: "staged rallies demanding the president's resignation" (141 → 1411), "demanded
 * autonomy" (100 → 1044), "urged X to respect human rights" (020 → 0243). Undefined when the code
 * has no aims or no aim is said. Words of actor names ("Independence Party") say none; a call or
 * demand looks no further than `deed`, the first deed coded after it, which is what it asks for.
 */
export function aimCodeOf(cues: AimCues, code: string, view: SentenceView, after: number, deed?: number): string | undefined {
  const family = cues.families.get(code);
  if (!family) return undefined;
  const protest = family.startsWith("14");
  const end = Math.min(view.tokens.length, after + WINDOW, protest || deed === undefined ? Infinity : deed);
  for (let i = after; i < end; i++) {
    const word = view.words[i]!.toLowerCase();
    if (CLAUSE_ENDS.has(word) || (word === "," && reportingFollows(view, i + 1))) return undefined;
    if (view.mentionOf[i]! >= 0) continue;
    const aim = aimAt(cues, view, i, protest);
    if (aim) return `${family}${aim}`;
  }
  return undefined;
}

/** The aim a phrase starting at token i says, or 0. */
function aimAt(cues: AimCues, view: SentenceView, i: number, protest: boolean): number {
  const keys = [view.words[i]!.toLowerCase(), view.tokens[i]!.lemma];
  for (const key of keys) {
    for (const phrase of cues.phrases.get(key) ?? []) {
      if (phrase.against && !protest) continue;
      let k = 1;
      while (k < phrase.words.length && i + k < view.tokens.length && (view.words[i + k]!.toLowerCase() === phrase.words[k] || view.tokens[i + k]!.lemma === phrase.words[k])) k++;
      if (k < phrase.words.length) continue;
      const next = view.words[i + k]?.toLowerCase();
      if (next && cues.notAfter.has(next)) continue;
      return phrase.aim;
    }
  }
  return 0;
}

/** Whether a reporting verb follows within a few words (", officials said"): the clause has ended. */
function reportingFollows(view: SentenceView, from: number): boolean {
  for (let i = from; i < Math.min(view.tokens.length, from + 5); i++) if (REPORTING.has(view.tokens[i]!.lemma)) return true;
  return false;
}
