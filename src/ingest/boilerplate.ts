import { z } from "zod";
import type { BoilerplateKind, BoilerplateSpan, Document } from "../document.js";
import { hasFailed, withLayers } from "../document.js";
import { readLayeredData } from "../knowledge/read-data.js";

const cueSchema = z.object({
  kind: z.enum(["link-list", "share", "subscribe", "cookie", "navigation", "credit", "other"]),
  role: z.enum(["heading", "line", "contains", "words", "dated"]),
  maxWords: z.number().int().positive(),
  phrases: z.array(z.string().min(1)).min(1),
});
/** A cue with its lower-cased phrases grouped by first character: a line is tried only against those it starts with. */
type Cue = z.infer<typeof cueSchema> & { readonly byFirst: ReadonlyMap<string, readonly string[]> };

function byFirstCharacter(phrases: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const phrase of phrases) {
    const list = map.get(phrase.charAt(0));
    if (list) list.push(phrase);
    else map.set(phrase.charAt(0), [phrase]);
  }
  return map;
}

/** The cues of data/ingest/boilerplate, grouped by role; read once, on first use. */
interface Cues {
  readonly headings: readonly Cue[];
  readonly lines: readonly Cue[];
  readonly contains: readonly Cue[];
  readonly dated: readonly Cue[];
  readonly words: readonly { readonly cue: Cue; readonly set: ReadonlySet<string> }[];
  /** No line longer than this can match any cue: longer ones are skipped at once. */
  readonly maxWords: number;
}

let cues: Cues | undefined;
function loadCues(): Cues {
  if (cues) return cues;
  const all = readLayeredData("ingest/boilerplate", cueSchema, [], (c) => `${c.kind}/${c.role}/${c.phrases[0]}`).map((r) => r.value);
  const lower = all.map((c): Cue => {
    const phrases = c.phrases.map((p) => p.toLowerCase());
    return { ...c, phrases, byFirst: byFirstCharacter(phrases) };
  });
  cues = {
    headings: lower.filter((c) => c.role === "heading"),
    lines: lower.filter((c) => c.role === "line"),
    contains: lower.filter((c) => c.role === "contains"),
    dated: lower.filter((c) => c.role === "dated"),
    words: lower.filter((c) => c.role === "words").map((cue) => ({ cue, set: new Set(cue.phrases) })),
    maxWords: Math.max(0, ...lower.map((c) => c.maxWords)),
  };
  return cues;
}

/** One line of the text with what the rules look at. */
interface Line {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, list marker and leading punctuation dropped; "" for lines too long to be boilerplate. */
  readonly norm: string;
  readonly words: number;
  readonly listItem: boolean;
}

const LIST_MARKER = /^(?:[-–—•*·▪►»]+|\d{1,2}[.)])\s+/;
const SENTENCE_INSIDE = /[.!?]["”’)]?\s+["“‘(]?[A-Z]/;
const NAV_SEPARATOR = /\s+[>»›|/]\s+/;

// A line longer than this many characters per allowed word is a paragraph, whatever its word count.
const MAX_CHARS_PER_WORD = 12;

/** Words in text[start, end): runs of non-space characters, counted without allocating. */
function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function linesOf(text: string): Line[] {
  const { maxWords } = loadCues();
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + raw.indexOf(trimmed);
    const end = start + trimmed.length;
    const listItem = LIST_MARKER.test(trimmed);
    // Only short lines can match a cue: long ones (the article's paragraphs) are not even counted.
    const short = trimmed.length <= maxWords * MAX_CHARS_PER_WORD;
    const words = short ? countWords(text, start, end) - (listItem ? 1 : 0) : Infinity;
    const norm = words <= maxWords ? trimmed.replace(LIST_MARKER, "").replace(/^[\s"“'‘(\[]+/, "").toLowerCase() : "";
    lines.push({ start, end, norm, words, listItem });
  }
  return lines;
}

/** A phrase starts the line when it is followed by the end, a space or punctuation: "related:", not "relatedness". */
function startsWithPhrase(norm: string, phrase: string): boolean {
  if (!norm.startsWith(phrase)) return false;
  const next = norm.charAt(phrase.length);
  return next === "" || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]/u.test(phrase.charAt(phrase.length - 1));
}

/** Whether the line starts with one of the cue's phrases. */
function startsWithCue(norm: string, cue: Cue): boolean {
  const candidates = cue.byFirst.get(norm.charAt(0));
  return candidates !== undefined && candidates.some((p) => startsWithPhrase(norm, p));
}

/** A line that reads like a headline or a link: a list item, or short with no closing full stop and one sentence. */
function isHeadlineLike(line: Line, text: string): boolean {
  if (line.listItem) return true;
  const raw = text.slice(line.start, line.end);
  return line.words <= 20 && !/\.["”’)]?$/.test(raw) && !SENTENCE_INSIDE.test(raw);
}

// A link line ("Related: Some headline") is at most this long.
const MAX_LINK_WORDS = 30;

/**
 * A cue heading: a short line that starts with a link-list phrase and does not end as a
 * sentence does. `single` when the line goes on after a colon: then it is one link, not a heading.
 */
function headingCue(line: Line, text: string): { cue: Cue; single: boolean } | null {
  const cue = loadCues().headings.find((c) => startsWithCue(line.norm, c));
  if (!cue) return null;
  const colon = line.norm.indexOf(":");
  if (colon >= 0 && line.norm.slice(colon + 1).trim()) return line.words <= MAX_LINK_WORDS ? { cue, single: true } : null;
  const raw = text.slice(line.start, line.end);
  if (line.words > cue.maxWords || (/\.["”’)]?$/.test(raw) && !/(\.\.\.|…)$/.test(raw))) return null;
  return { cue, single: false };
}

/** A short line ending in a colon that is not a known cue: a heading only if link-like lines follow it to the end. */
function isColonHeading(line: Line): boolean {
  return line.words <= 6 && line.norm.endsWith(":");
}

/** A bare menu entry ("News", "Real Estate"): a few short words, no digits, no punctuation at the end. */
function isMenuEntry(line: Line): boolean {
  // The length bound also covers scripts written without spaces, where every line is "one word".
  return line.words <= 3 && line.end - line.start <= 25 && !/[\d.!?:,;]$/.test(line.norm) && !/\d/.test(line.norm);
}
// This many menu entries in a row are a navigation menu, not a list in the article.
const MIN_MENU_RUN = 5;

function isNavigation(line: Line): boolean {
  if (line.words > 14 || /[.!?]$/.test(line.norm)) return false;
  const parts = line.norm.split(NAV_SEPARATOR);
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 4)) return false;
  return parts.length >= 3 || parts[0] === "home";
}

/** The kind of a line that is boilerplate on its own (share row, credit, cookie notice…), or null. */
function lineKind(line: Line): BoilerplateKind | null {
  const { lines, contains, dated, words, maxWords } = loadCues();
  if (line.words > maxWords) return null;
  for (const cue of lines) if (line.words <= cue.maxWords && startsWithCue(line.norm, cue)) return cue.kind;
  if (/\d/.test(line.norm)) {
    for (const cue of dated) if (line.words <= cue.maxWords && startsWithCue(line.norm, cue)) return cue.kind;
  }
  for (const cue of contains) if (line.words <= cue.maxWords && cue.phrases.some((p) => line.norm.includes(p))) return cue.kind;
  let tokens: string[] | undefined;
  for (const { cue, set } of words) {
    if (line.words > cue.maxWords) continue;
    tokens ??= line.norm.split(/[\s,·•]+/).filter(Boolean);
    if (tokens.length > 0 && tokens.every((t) => set.has(t.replace(/[:.!]+$/, "")))) return cue.kind;
  }
  return isNavigation(line) ? "navigation" : null;
}

/** How many lines from `from` on pass `test`, stopping at the first that does not. */
function runLength(lines: readonly Line[], from: number, test: (line: Line) => boolean): number {
  let n = 0;
  while (from + n < lines.length && test(lines[from + n]!)) n++;
  return n;
}

/** Adds a span, merging it into the previous one when they are the same kind and only a line break apart. */
function addSpan(spans: BoilerplateSpan[], span: BoilerplateSpan, text: string): void {
  const last = spans[spans.length - 1];
  if (last && last.kind === span.kind && !text.slice(last.end, span.start).trim()) spans[spans.length - 1] = { ...last, end: span.end };
  else spans.push(span);
}

/**
 * Finds the text that is not the article: lists of links under a heading such as "Read also:"
 * or "Related" (the heading and the headline-like lines after it, up to the end or the next
 * real paragraph; a plain "Something:" heading counts only when its list runs to the end),
 * runs of bare menu entries, and lines that are share buttons, calls to subscribe, cookie
 * notices, navigation crumbs, page time stamps or photo credits. Adds them as the `boilerplate` layer; later stages do not analyse them.
 */
export function detectBoilerplate(doc: Document): Document {
  if (hasFailed(doc)) return doc;
  const text = doc.text;
  const lines = linesOf(text);
  const spans: BoilerplateSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const menu = runLength(lines, i, isMenuEntry);
    if (menu >= MIN_MENU_RUN) {
      addSpan(spans, { start: line.start, end: lines[i + menu - 1]!.end, kind: "navigation" }, text);
      i += menu - 1;
      continue;
    }
    const heading = headingCue(line, text);
    const run = heading?.single ? 0 : heading || isColonHeading(line) ? runLength(lines, i + 1, (l) => isHeadlineLike(l, text)) : 0;
    if (heading || (i + 1 + run === lines.length && run >= 2)) {
      addSpan(spans, { start: line.start, end: lines[i + run]!.end, kind: heading?.cue.kind ?? "link-list" }, text);
      i += run;
      continue;
    }
    const kind = lineKind(line);
    if (kind) addSpan(spans, { start: line.start, end: line.end, kind }, text);
  }
  return withLayers(doc, { boilerplate: spans });
}
