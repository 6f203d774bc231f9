/**
 * Puts a sentence's pieces together into noun phrases that name one actor each:
 * "Belarusian President Alexander Lukashenko" (modifier, role, name), "Russian drones"
 * (modifier, role), "Trump's envoy John Coale" (a possessor, then role and name), "the US
 * Embassy", "rights groups", or a bare name.
 */
import type { Token } from "../document.js";
import type { NameTarget, RoleNoun } from "./dictionary.js";
import type { Piece } from "./matcher.js";

export type PhraseName =
  | { readonly kind: "known"; readonly targets: readonly NameTarget[]; readonly first: number; readonly last: number }
  | { readonly kind: "unknown"; readonly first: number; readonly last: number; readonly role?: RoleNoun | undefined; readonly country?: readonly NameTarget[] | undefined; readonly placeFirst?: boolean | undefined };

export interface Phrase {
  /** Token indices of the phrase, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  /** A country, demonym, organisation or company before the roles ("Belarusian", "US", "UN"). */
  readonly modifier: { readonly targets: readonly NameTarget[]; readonly first: number; readonly last: number } | null;
  readonly roles: readonly RoleNoun[];
  readonly name: PhraseName | null;
  /** Index (in the article's phrase list) of the possessor: "Trump" in "Trump's envoy". */
  readonly possessor: number | null;
  /** The lower-cased token before the phrase, "" at the start of a sentence. */
  readonly before: string;
  /** The lower-cased token after the phrase, "" at the end of a sentence. */
  readonly after: string;
  /** Whether a hyphen joins the phrase to the next word ("Warsaw-based", "US-brokered"). */
  readonly hyphenated: boolean;
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const isModifier = (p: Piece): boolean =>
  p.kind === "name" && p.targets.every((t) => t.actor.kind !== "person" || t.use !== "name");

/**
 * The phrases of one sentence, appended to `phrases` (so that a possessor can be referred to
 * by its index). `texts` are the sentence's token texts, `from` its first token index.
 */
export function collectPhrases(pieces: readonly Piece[], tokens: readonly Token[], texts: readonly string[], from: number, phrases: Phrase[]): void {
  const textAt = (i: number): string => (i >= from && i - from < texts.length ? texts[i - from]! : "");
  const sentence = tokens[from]!.sentence;
  const touching = (a: Piece | undefined, b: Piece | undefined): boolean => !!a && !!b && b.first === a.last + 1;
  const hyphenAfter = (p: Piece): boolean => textAt(p.last + 1) === "-" && !POSSESSIVE.has(textAt(p.last + 2));
  let lastBare: { piece: Piece; index: number } | null = null;

  for (let j = 0; j < pieces.length; ) {
    const piece = pieces[j]!;
    let modifier: Phrase["modifier"] = null;
    let k = j;
    if (piece.kind === "name" && isModifier(piece) && pieces[j + 1]?.kind === "role" && touching(piece, pieces[j + 1]) && !hyphenAfter(piece)) {
      modifier = { targets: piece.targets, first: piece.first, last: piece.last };
      k = j + 1;
    }
    const roles: RoleNoun[] = [];
    while (pieces[k]?.kind === "role" && (roles.length === 0 || touching(pieces[k - 1], pieces[k]))) {
      roles.push((pieces[k] as Extract<Piece, { kind: "role" }>).role);
      k++;
    }
    let name: PhraseName | null = null;
    const head = pieces[k];
    // After a role only a person or an organisation can follow ("official Kent" is no one's name).
    const nameFollows = head && (roles.length === 0 || (touching(pieces[k - 1], head) && !(head.kind === "name" && head.targets.every((t) => t.actor.kind === "country")))) && (head.kind === "unknown" || head.kind === "name");
    if (nameFollows && (roles.length > 0 || (!modifier && k === j))) {
      name = head.kind === "unknown" ? head : { kind: "known", targets: head.targets, first: head.first, last: head.last };
      k++;
    }
    if (roles.length === 0 && !name) {
      j++;
      continue;
    }
    const first = piece.first;
    const last = pieces[k - 1]!.last;
    // "the prisoner release", "military exercises": a singular role noun before a noun only
    // describes that noun.
    if (!name && !modifier && /[^s]$/i.test(textAt(last)) && tokens[last + 1]?.pos === "NOUN" && tokens[last + 1]!.sentence === sentence) {
      j = k;
      continue;
    }
    // "Trump's envoy", "Romania's new government": the possessor is the bare name just before
    // the possessive mark, with only adjectives after it.
    let mark = first - 1;
    while (mark > from && tokens[mark]!.pos === "ADJ" && !POSSESSIVE.has(textAt(mark))) mark--;
    const possessor = roles.length > 0 && !modifier && lastBare && lastBare.piece.last + 1 === mark && POSSESSIVE.has(textAt(mark)) ? lastBare.index : null;
    phrases.push({ first, last, sentence, modifier, roles, name, possessor, before: textAt(first - 1).toLowerCase(), after: textAt(last + 1).toLowerCase(), hyphenated: hyphenAfter(pieces[k - 1]!) });
    lastBare = roles.length === 0 && !modifier ? { piece: pieces[k - 1]!, index: phrases.length - 1 } : null;
    j = k;
  }
}
