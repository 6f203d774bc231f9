/**
 * Reads PETRARCH/TABARI (Phoenix) dictionaries into records of our formats, so that users of
 * those dictionaries can bring theirs with `attache dict import`:
 *
 *   actors:  NAME_WITH_UNDERSCORES_ [CODE]        a block per actor; `+ALIAS` lines; codes on
 *            +ALIAS                                the line or indented below, optionally dated:
 *                [USAGOV 170120-210120]            `>YYMMDD` from, `<YYMMDD` until, `A-B` both
 *   agents:  WORD_PHRASE {PLURALS} [~SECTOR]       `!SET! = A, B` substitution sets
 *
 * Actors with dated codes become people; IGO/NGO codes become organisations; other codes
 * (countries, their armies…) become names in countries-extra. Agents become role nouns.
 */
import type { CountryNameRecord, DatedRole, OrganisationRecord, PersonRecord, RoleRecord } from "./schemas.js";
import { countryNameSchema, organisationSchema, personSchema, roleSchema } from "./schemas.js";

export interface ImportedDictionary {
  readonly people: PersonRecord[];
  readonly organisations: OrganisationRecord[];
  readonly countryNames: CountryNameRecord[];
  readonly roles: RoleRecord[];
  /** Entries that could not be expressed in our formats, with the reason. */
  readonly skipped: string[];
}

const SMALL_WORDS = new Set(["of", "the", "and", "for", "in", "on", "to", "de", "del", "al", "el", "la", "le", "bin", "ibn", "van", "von", "da", "di", "du", "des"]);

/** "AFGHAN_NATIONAL_ARMY_" → "Afghan National Army"; short words stay capitals ("UN", "USA"). */
export function displayName(raw: string): string {
  const words = raw.replace(/_+$/, "").split(/[_\s]+/).filter(Boolean);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (SMALL_WORDS.has(lower) && i > 0) return lower;
      // Acronyms keep their capitals: a one-word name of up to five letters ("NATO", "UNDP"), a
      // two-letter word ("UN", "EU"), or a word with dots ("U.N.").
      const acronym = (words.length === 1 && w.length <= 5) || (w.length === 2 && !SMALL_WORDS.has(lower)) || /\./.test(w);
      if (acronym && /^[A-Z.]+$/.test(w)) return w;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(" ");
}

/** "170120" → "2017-01-20"; "19940720" → "1994-07-20"; null when it is no date. */
export function petrarchDate(raw: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return null;
  const year = m[1]!.length === 4 ? m[1]! : `${Number(m[1]) >= 30 ? "19" : "20"}${m[1]}`;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${m[2]}-${m[3]}`;
}

/** One bracketed code: `[BLRGOV >940720]` → { code, from }; null when unusable. */
function parseCode(inner: string): DatedRole | null {
  const [code, restriction] = inner.trim().split(/\s+/);
  if (!code || !/^([A-Z0-9]{3})+$/.test(code)) return null;
  if (!restriction) return { code };
  let m: RegExpExecArray | null;
  if ((m = /^>(\d+)$/.exec(restriction))) {
    const from = petrarchDate(m[1]!);
    return from ? { code, from } : null;
  }
  if ((m = /^<(\d+)$/.exec(restriction))) {
    const to = petrarchDate(m[1]!);
    return to ? { code, to } : null;
  }
  if ((m = /^(\d+)-(\d+)$/.exec(restriction))) {
    const from = petrarchDate(m[1]!);
    const to = petrarchDate(m[2]!);
    return from && to ? { code, from, to } : null;
  }
  return null;
}

const slug = (name: string): string => name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "actor";

interface Block {
  name: string;
  aliases: string[];
  codes: DatedRole[];
}

/** The actor blocks of an actors file. */
function actorBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "");
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1]!)).filter((c): c is DatedRole => c !== null);
    const words = line.replace(/\[[^\]]*\]/g, "").trim();
    if (/^\s/.test(line)) {
      current?.codes.push(...codes);
    } else if (line.startsWith("+")) {
      if (current && words.length > 1) current.aliases.push(displayName(words.slice(1)));
      current?.codes.push(...codes);
    } else if (words) {
      current = { name: displayName(words), aliases: [], codes };
      blocks.push(current);
    }
  }
  return blocks;
}

/** An actors file as records of our formats. */
function importActors(text: string, into: ImportedDictionary, ids: Set<string>): void {
  for (const block of actorBlocks(text)) {
    if (block.codes.length === 0) continue;
    const dated = block.codes.filter((c) => c.from || c.to);
    const undated = block.codes.filter((c) => !c.from && !c.to);
    const first = block.codes[0]!.code;
    let id = slug(block.name);
    for (let n = 2; ids.has(id); n++) id = `${slug(block.name)}-${n}`;
    if (dated.length > 0) {
      const record = { id, name: block.name, aliases: block.aliases, country: first.slice(0, 3), ...(undated[0] ? { code: undated[0].code } : {}), roles: dated };
      const parsed = personSchema.safeParse(record);
      if (parsed.success) {
        ids.add(id);
        into.people.push(parsed.data);
      } else into.skipped.push(`${block.name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    } else if (/^(IGO|NGO)/.test(first)) {
      const parsed = organisationSchema.safeParse({ id, name: block.name, aliases: block.aliases, code: first, type: first.slice(0, 3) });
      if (parsed.success) {
        ids.add(id);
        into.organisations.push(parsed.data);
      } else into.skipped.push(`${block.name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    } else {
      for (const name of [block.name, ...block.aliases]) {
        const record = first.length > 3 ? { name, country: first.slice(0, 3), code: first, kind: "body" } : { name, country: first, kind: "name" };
        const parsed = countryNameSchema.safeParse(record);
        if (parsed.success) into.countryNames.push(parsed.data);
        else into.skipped.push(`${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      }
    }
  }
}

/** The regular plural PETRARCH would make of a noun phrase. */
function pluralOf(phrase: string): string {
  if (/(s|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

const BODY = /(ministry|ministries|court|council|party|army|police|parliament|government|office|commission|department|agency|assembly|company|bank|union|committee|senate|congress|force|service)/;

/** An agents file as role nouns. */
function importAgents(text: string, into: ImportedDictionary): void {
  const sets = new Map<string, string[]>();
  const byWord = new Map<string, RoleRecord>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    if (!line) continue;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(",").map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const sector = /\[~([A-Z]+)\]/.exec(line)?.[1];
    if (!sector) continue;
    const head = line.replace(/\[[^\]]*\]/g, "").replace(/\{[^}]*\}/g, "").trim();
    const braces = /\{([^}]*)\}/.exec(line);
    const forms = expand(head, sets).map((f) => f.replace(/_+$/, "").replace(/_/g, " ").trim().toLowerCase()).filter(Boolean);
    const plurals = braces ? braces[1]!.split(/[,\s]+/).filter(Boolean).map((p) => p.replace(/_/g, " ").toLowerCase()) : forms.map(pluralOf);
    const words = [...new Set([...forms, ...plurals])];
    if (words.length === 0) continue;
    const key = words[0]!;
    const existing = byWord.get(key);
    if (existing) {
      existing.words.push(...words.filter((w) => !existing.words.includes(w)));
      continue;
    }
    const parsed = roleSchema.safeParse({ words, sector, kind: BODY.test(key) ? "body" : "person" });
    if (parsed.success) byWord.set(key, parsed.data);
    else into.skipped.push(`${head}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  }
  into.roles.push(...byWord.values());
}

/** "CATTLE!PERSON!" with !PERSON! = MAN, MEN → ["CATTLEMAN", "CATTLEMEN"]. */
function expand(phrase: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  const m = /![A-Z]+!/.exec(phrase);
  if (!m) return [phrase];
  const choices = sets.get(m[0]) ?? [];
  return choices.flatMap((c) => expand(phrase.replace(m[0], c), sets));
}

/** Whether a file is an agents dictionary (sectors written `[~GOV]`) rather than actors. */
export function isAgentsFile(text: string): boolean {
  return /\[~[A-Z]+\]/.test(text);
}

/** Reads PETRARCH/Phoenix actor and agent dictionaries (their texts) into our formats. */
export function importPetrarch(texts: readonly string[]): ImportedDictionary {
  const into: ImportedDictionary = { people: [], organisations: [], countryNames: [], roles: [], skipped: [] };
  const ids = new Set<string>();
  for (const text of texts) {
    if (isAgentsFile(text)) importAgents(text, into);
    else importActors(text, into, ids);
  }
  return into;
}
