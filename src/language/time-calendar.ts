/**
 * Calendar arithmetic for time expressions: ISO values at their own precision, ISO weeks, and
 * the choice of year or week for a date that leaves it out. All dates are UTC calendar days.
 */

/** Which way an incomplete date leans: the past, the future, or the nearest to the anchor. */
export type Lean = "past" | "future" | "nearest";

/** A calendar day; month 1–12. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** "2025-09-11". */
export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2025-09". */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** "2025-09-12T09:30": a clock time on a day. */
export function isoClock(d: Day, hour: number, minute: number): string {
  return `${isoDay(d)}T${pad(hour)}:${pad(minute)}`;
}

/** "2020". */
export function isoYear(year: number): string {
  return pad(year, 4);
}

function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `days` after (or before, when negative) `d`. */
export function addDays(d: Day, days: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** The ISO week of a day: "2025-W37" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: Day): string {
  const date = toDate(d);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${pad(date.getUTCFullYear(), 4)}-W${pad(week)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
function weekdayOf(d: Day): number {
  return toDate(d).getUTCDay();
}

/**
 * The year of a month (and optional day) given without one. `past`: the latest on or before
 * the anchor ("in December", said in September 2025 of something done → 2024); `future`: the
 * first on or after it; `nearest`: whichever is closer.
 */
export function yearFor(month: number, day: number | null, anchor: Day, lean: Lean): number {
  // Where the date falls in the anchor's own year: before (< 0), same (0) or after (> 0).
  const order = month - anchor.month || (day === null ? 0 : day - anchor.day);
  if (lean === "past") return order <= 0 ? anchor.year : anchor.year - 1;
  if (lean === "future") return order >= 0 ? anchor.year : anchor.year + 1;
  // Nearest: compare the distance to this year's, last year's and next year's.
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1];
  const distance = (year: number): number => Math.abs(toDate({ year, month, day: day ?? 15 }).getTime() - toDate(anchor).getTime());
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/**
 * The day a weekday name points to. `past`: the latest such day on or before the anchor (news
 * say "on Friday" of the day they are published); `future`: the first after it; `nearest`:
 * within three days either way.
 */
export function dayForWeekday(weekday: number, anchor: Day, lean: Lean): Day {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  if (lean === "past") return addDays(anchor, -back);
  const forward = (weekday - weekdayOf(anchor) + 7) % 7 || 7;
  if (lean === "future") return addDays(anchor, forward);
  return back <= 3 ? addDays(anchor, -back) : addDays(anchor, forward);
}

/** The month `months` after (or before) the anchor's month. */
export function addMonths(anchor: Day, months: number): { year: number; month: number } {
  const index = anchor.year * 12 + (anchor.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The anchor day of an ISO publication date ("2025-09-12", "2025-09-12T10:30:00Z", "2025-09"). */
export function anchorOf(value: string): Day | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
}
