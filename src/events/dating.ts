import type { DatePrecision, Mention, PublishedDate, Span, TimeExpression, Token } from "../document.js";
import type { Day } from "../language/time-calendar.js";
import { addDays, addMonths, isoDay, isoMonth, isoWeek, isoYear } from "../language/time-calendar.js";
import type { SentenceView } from "./sentence-view.js";
import type { RelativeCue } from "./date-cues.js";
import { findRelativeCues } from "./date-cues.js";
import { placeCues } from "./place-cues.js";

/** When an event happened, at its own precision. */
export interface EventDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
}

/** What dating an event reads: its sentence, the document's times and publication date. */
export interface DatingInput {
  readonly view: SentenceView;
  readonly text: string;
  readonly times: readonly TimeExpression[];
  readonly sentence: Span;
  /** The predicate's words: [start, end) in the text. */
  readonly evidence: readonly [number, number];
  readonly published: PublishedDate | null;
}

/** Whether a time expression names a point in time an event can be dated by (not "since July", "for three days"). */
function isPointInTime(time: TimeExpression): boolean {
  return time.type === "DATE" && time.range === undefined && /^\d{4}/.test(time.value);
}

// "WARSAW, Sept 12 (Reuters) -": the dateline's date is the publication date, not an event's.
const DATELINE_END = /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/;

/** What dating needs of one sentence, worked out once for all its events. */
interface SentenceDating {
  readonly points: readonly TimeExpression[];
  /** [start, end) of each clause, in text offsets. */
  readonly clauses: readonly Span[];
  readonly cues: readonly RelativeCue[];
}

const bySentence = new WeakMap<SentenceView, SentenceDating>();

function sentenceDating(input: DatingInput): SentenceDating {
  const known = bySentence.get(input.view);
  if (known) return known;
  const { sentence, text, view } = input;
  const inSentence = input.times.filter((t) => t.end > sentence.start && t.start < sentence.end);
  const firstWords = view.tokens[Math.min(6, view.tokens.length - 1)]?.end ?? sentence.end;
  const points = inSentence.filter((t) => isPointInTime(t) && !(t.end <= firstWords && DATELINE_END.test(text.slice(t.end, t.end + 48))));
  const made: SentenceDating = { points, clauses: clausesOf(view), cues: findRelativeCues(view, inSentence, text) };
  bySentence.set(view, made);
  return made;
}

// Words that may open a new clause; one only does when verbs stand on both sides of it.
const CLAUSE_OPENERS = new Set([",", ";", "and", "but", "while", "whereas", "which", "who", "after", "before", "when", "as", "because", "although", "though"]);

/**
 * The clauses of a sentence, shallowly: it is cut before every clause opener (a comma, "and",
 * "after", a subordinating conjunction), and a piece without a verb joins the clause before it
 * (the first piece joins the one after it), so "Russia and Belarus held talks" stays whole.
 */
export function clausesOf(view: SentenceView): Span[] {
  const { tokens } = view;
  if (tokens.length === 0) return [];
  const pieces: { first: number; last: number; verb: boolean }[] = [];
  let first = 0;
  const close = (last: number): void => {
    let verb = false;
    for (let k = first; k <= last; k++) if (view.group[k]! >= 0 && (view.pos[k] === "VERB" || view.pos[k] === "AUX")) verb = true;
    pieces.push({ first, last, verb });
    first = last + 1;
  };
  for (let i = 1; i < tokens.length; i++) {
    if (view.words[i] === ";" || CLAUSE_OPENERS.has(view.words[i]!) || view.pos[i] === "SCONJ") close(i - 1);
  }
  close(tokens.length - 1);
  const joined: { first: number; last: number; verb: boolean }[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    if (previous && !piece.verb) previous.last = piece.last;
    else if (previous && !previous.verb) joined[joined.length - 1] = { first: previous.first, last: piece.last, verb: true };
    else joined.push({ ...piece });
  }
  return joined.map((c) => ({ start: tokens[c.first]!.start, end: tokens[c.last]!.end }));
}

/** The nearest point in time to the predicate among `points`: after it first ("freed … 52 on September 11th"), else before it. */
function nearest(points: readonly TimeExpression[], evidence: readonly [number, number]): TimeExpression | undefined {
  let after: TimeExpression | undefined;
  let before: TimeExpression | undefined;
  for (const time of points) {
    if (time.start >= evidence[1]) {
      if (!after || time.start < after.start) after = time;
    } else if (time.end <= evidence[0]) {
      if (!before || time.start > before.start) before = time;
    }
  }
  return after ?? before;
}

const inside = (time: Span, span: Span): boolean => time.start >= span.start && time.end <= span.end;

/**
 * The event's own date, from the time expressions of its sentence:
 * 1. the nearest point in time in its own clause (after the predicate first, else before), so
 *    "last month" in one clause does not date the other clause's event;
 * 2. across a relative cue ("on Thursday, a day after jets shot down drones"; "the day after the
 *    vote"; "on the eve of the summit on Friday"), the other side's date moved by the cue's length;
 * 3. the nearest point in time elsewhere in the sentence;
 * 4. else the publication date, marked as such. The dateline's date is never an event's.
 */
export function dateEvent(input: DatingInput): EventDate {
  const { evidence, published, sentence } = input;
  const { points, clauses, cues } = sentenceDating(input);
  const at = evidence[0];
  const clause = clauses.find((c) => c.start <= at && at < c.end) ?? sentence;
  const anchored = cues.find((c) => at >= c.end && at < c.anchorEnd);
  // A cue in the main clause dates the predicate it follows or leads into, not a verb beyond
  // another ("said he would remain five years after he came to power": the remaining, not the saying).
  const cue = anchored ?? cues.find((c) => (at < c.start || at >= c.anchorEnd) && !verbBetween(input.view, { start: c.start, end: c.anchorEnd }, evidence));
  const cueSpan: Span | null = cue ? { start: cue.start, end: cue.anchorEnd } : null;
  const anchorSpan: Span | null = cue ? { start: cue.end, end: cue.anchorEnd } : null;
  const ownSide = anchored ? points.filter((t) => inside(t, anchorSpan!)) : cueSpan ? points.filter((t) => !inside(t, cueSpan)) : points;
  const own = nearest(ownSide.filter((t) => inside(t, clause) && !verbBetween(input.view, t, evidence)), evidence);
  if (own) return { date: own.value, precision: own.precision };
  if (cue) {
    // The clause holding the cue is later ("after") than its anchor by the cue's length.
    const later = cue.relation === "after";
    const other = anchored ? nearestTo(points.filter((t) => !inside(t, cueSpan!)), cue) : points.find((t) => inside(t, anchorSpan!));
    const moved = other ? shiftDate(other, later !== Boolean(anchored) ? 1 : -1, cue.offset, cue.precision) : null;
    if (moved) return moved;
  }
  const elsewhere = nearest(anchored ? [] : points, evidence);
  if (elsewhere) return { date: elsewhere.value, precision: elsewhere.precision };
  if (published) return { date: published.value, precision: "publication" };
  return { date: null, precision: "unknown" };
}

/**
 * Whether another verb stands between a time and the predicate: "said today its troops were
 * pushing … out of positions they had occupied": "today" is the saying's, not the occupying's.
 */
function verbBetween(view: SentenceView, time: Span, evidence: readonly [number, number]): boolean {
  const from = time.end <= evidence[0] ? time.end : evidence[1];
  const to = time.end <= evidence[0] ? evidence[0] : time.start;
  return view.groups.some((g) => {
    const head = view.tokens[g.head]!;
    return view.pos[g.head] === "VERB" && head.start >= from && head.end <= to;
  });
}

/** The point in time closest to a cue: the main clause's date ("summoned … on Thursday, a day after"). */
function nearestTo(points: readonly TimeExpression[], cue: RelativeCue): TimeExpression | undefined {
  const distance = (t: TimeExpression): number => (t.end <= cue.start ? cue.start - t.end : t.start - cue.anchorEnd);
  return [...points].sort((a, b) => distance(a) - distance(b))[0];
}

const PRECISION_ORDER: readonly DatePrecision[] = ["second", "day", "week", "month", "year"];

/** A representative day of an ISO date at its precision: the day, a week's Thursday, a month's 15th, a year's 2 July. */
function middleDay(value: string, precision: DatePrecision): Day | null {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const year = Number(week[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = addDays({ year, month: 1, day: 4 }, 1 - (jan4.getUTCDay() || 7));
    return addDays(monday, (Number(week[2]) - 1) * 7 + 3);
  }
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.slice(0, 10));
  if (!date) return null;
  if (precision === "day" && date[3]) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
  if (precision === "month" && date[2]) return { year: Number(date[1]), month: Number(date[2]), day: 15 };
  if (precision === "year") return { year: Number(date[1]), month: 7, day: 2 };
  return null;
}

/** A length as whole months and days; lengths under a day ("PT3H") are none. */
function lengthOf(offset: string): { months: number; days: number } | null {
  const m = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(offset);
  if (!m) return /^PT/.test(offset) ? { months: 0, days: 0 } : null;
  const amount = Number(m[1]);
  switch (m[2]) {
    case "Y":
      return { months: Math.round(amount * 12), days: 0 };
    case "M":
      return { months: Math.round(amount), days: 0 };
    case "W":
      return { months: 0, days: Math.round(amount * 7) };
    default:
      return { months: 0, days: Math.round(amount) };
  }
}

/**
 * `time` moved by `sign` × `offset`, at the coarser of its own precision and the cue's: a day
 * after a day is a day, a day after "last week" is still only a week ("2025-W36").
 */
export function shiftDate(time: Pick<TimeExpression, "value" | "precision">, sign: 1 | -1, offset: string, cuePrecision?: DatePrecision): EventDate | null {
  const middle = middleDay(time.value, time.precision);
  const length = lengthOf(offset);
  if (!middle || !length) return null;
  const { year, month } = addMonths(middle, sign * length.months);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = addDays({ year, month, day: Math.min(middle.day, lastDay) }, sign * length.days);
  const rank = Math.max(PRECISION_ORDER.indexOf(time.precision), PRECISION_ORDER.indexOf(cuePrecision ?? "day"));
  const precision = PRECISION_ORDER[rank]!;
  switch (precision) {
    case "week":
      return { date: isoWeek(day), precision };
    case "month":
      return { date: isoMonth(day.year, day.month), precision };
    case "year":
      return { date: isoYear(day.year), precision };
    default:
      return { date: isoDay(day), precision: "day" };
  }
}

const PLACE_TYPES = new Set(["GPE", "LOC"]);

/** Where the event took place: "in Minsk", "near Kharkiv", "in the town of Gori", "in central Minsk", after the predicate, in the same clause. */
export function locateEvent(view: SentenceView, text: string, afterToken: number, times: readonly TimeExpression[]): string | null {
  const tokens: readonly Token[] = view.tokens;
  const { prepositions, placeNouns, modifiers } = placeCues();
  for (let i = afterToken + 1; i < view.tokens.length - 1; i++) {
    const word = view.words[i]!;
    if (word === ";" || view.pos[i] === "SCONJ" || view.group[i]! >= 0) return null;
    if (!prepositions.has(word)) continue;
    let k = i + 1;
    if (view.pos[k] === "DET") k++;
    if (placeNouns.has(view.words[k]!) && view.words[k + 1] === "of") k += 2;
    // "central Minsk", but "Eastern Canada" is a name.
    else if (modifiers.has(view.words[k]!) && tokens[k] && /^\p{Ll}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end))) k++;
    const at = tokens[k];
    const m = view.mentionOf[k] ?? -1;
    if (at && m >= 0) {
      const mention: Mention = view.mentions[m]!;
      // The name only, when the mention also took in "city of".
      if (PLACE_TYPES.has(mention.type)) return text.slice(Math.max(mention.start, at.start), mention.end);
      continue;
    }
    if (at && view.pos[k] === "PROPN" && !times.some((t) => t.start <= at.start && at.end <= t.end)) {
      let end = k;
      while (view.pos[end + 1] === "PROPN") end++;
      return text.slice(tokens[k]!.start, tokens[end]!.end);
    }
  }
  return null;
}
