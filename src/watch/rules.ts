import { z } from "zod";
import { AttacheError } from "../errors.js";
import { readDataFile } from "../knowledge/read-data.js";
import type { StoredAlertRule } from "../store/store.js";

const MODALITIES = ["asserted", "intended", "requested", "hypothetical", "negated", "reported"] as const;

const codePrefix = z.string().regex(/^[A-Za-z]{1,15}$/, "an actor code prefix such as BLR or USAGOV").transform((s) => s.toUpperCase());
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

/**
 * An alert rule as the user writes it (data/alerts/README.md). Within a field any value will
 * do; every field given must hold. Codes are prefixes: `BLR` matches `BLRGOV`.
 */
export const alertRuleSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "a name of letters, digits, '-', '_' or '.'"),
    actors: oneOrMany(codePrefix).optional(),
    dyad: z.tuple([codePrefix, codePrefix]).optional(),
    codes: oneOrMany(z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2 to 4 digits")).optional(),
    roots: oneOrMany(z.union([z.string(), z.number()]).transform((v) => String(v).padStart(2, "0")).pipe(z.string().regex(/^(0[1-9]|1\d|20)$/, "a CAMEO root from 01 to 20"))).optional(),
    plover: oneOrMany(z.string().regex(/^[A-Za-z]+$/, "a PLOVER type such as ASSAULT").transform((s) => s.toUpperCase())).optional(),
    modality: oneOrMany(z.enum(MODALITIES)).optional(),
    minGoldstein: z.number().min(0).max(10).optional(),
    claimSubjects: oneOrMany(z.string().trim().min(1)).optional(),
    query: z.string().trim().min(1).optional(),
    webhook: z.string().url().refine((u) => /^https?:/i.test(u), "an http(s) URL").optional(),
    email: z.string().email().optional(),
  })
  .strict()
  .refine((r) => Object.keys(r).some((k) => k !== "name" && k !== "webhook" && k !== "email"), "a rule needs at least one condition");

export type AlertRule = z.infer<typeof alertRuleSchema>;

/** What a rule fires on: each canonical event, each claim, or (a query alone) each story. */
export type RuleKind = "event" | "claim" | "story";

/** A rule with any event condition fires per event; with claim subjects only, per claim; with a query only, per story. */
export function ruleKindOf(rule: AlertRule): RuleKind {
  const onEvents = [rule.actors, rule.dyad, rule.codes, rule.roots, rule.plover, rule.modality, rule.minGoldstein].some((v) => v !== undefined);
  if (onEvents) return "event";
  return rule.claimSubjects !== undefined ? "claim" : "story";
}

/** Checks a rule written by a user (flags or a file); a bad one is a "data-invalid" error naming the field. */
export function parseAlertRule(value: unknown, where: string): AlertRule {
  const parsed = alertRuleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new AttacheError({ code: "data-invalid", input: where, detail: `${field}${issue?.message ?? "invalid rule"}` });
}

/** Reads a YAML or JSON file holding a list of rules; errors name the file and line. */
export function readRuleFile(path: string): AlertRule[] {
  return readDataFile(path, alertRuleSchema).map((r) => r.value);
}

/** A stored rule, checked again: the database is an edge too. */
export function ruleOfStored(stored: StoredAlertRule): AlertRule {
  let value: unknown;
  try {
    value = JSON.parse(stored.rule);
  } catch {
    value = null;
  }
  return parseAlertRule(value, `alert rule ${stored.name}`);
}
