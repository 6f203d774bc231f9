import { z } from "zod";

/** One word of a pattern, as the compiler reads it. */
export type PatternWord =
  | { readonly kind: "words"; readonly alternatives: readonly string[]; readonly optional: boolean }
  | { readonly kind: "gap" }
  | { readonly kind: "target" };

const WORD = /^[a-z][a-z'’-]*$/;

/**
 * Splits a pattern's text into words, or returns why it cannot be read.
 *
 * @example parsePatternText("release|free * prisoner") → [words, gap, words]
 */
export function parsePatternText(text: string): PatternWord[] | string {
  const parts = text.trim().split(/\s+/);
  const words: PatternWord[] = [];
  for (const part of parts) {
    if (part === "*") words.push({ kind: "gap" });
    else if (part === "$T") words.push({ kind: "target" });
    else {
      const optional = part.startsWith("[") && part.endsWith("]");
      const body = optional ? part.slice(1, -1) : part;
      const alternatives = body.split("|").map((w) => w.toLowerCase());
      const bad = alternatives.find((w) => !WORD.test(w));
      if (bad !== undefined) return `"${part}" is not a word, a|b, [word], * or $T`;
      words.push({ kind: "words", alternatives, optional });
    }
  }
  const first = words[0];
  if (!first || first.kind !== "words" || first.optional) return "a pattern starts with a required word (the verb's lemma or the event noun)";
  return words;
}

const patternText = z.string().min(1).superRefine((text, ctx) => {
  const parsed = parsePatternText(text);
  if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
});

/** One record of `data/events/patterns/NN.yaml`: a CAMEO code and the patterns that say it. */
export const patternRecordSchema = z
  .object({
    code: z.string().regex(/^\d{2,4}$/, "a CAMEO code is 2 to 4 digits, quoted"),
    verbs: z.array(patternText).optional(),
    nouns: z.array(patternText).optional(),
    /** Patterns that say no event where they match ("meet * requirement" is no meeting, "press release" no release): the longer match wins and codes nothing. */
    except: z.array(patternText).optional(),
  })
  .strict()
  .refine((r) => (r.verbs?.length ?? 0) + (r.nouns?.length ?? 0) > 0, "a record needs at least one verb or noun pattern");

export type PatternRecord = z.infer<typeof patternRecordSchema>;
