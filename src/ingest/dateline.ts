import type { PublishedDate } from "../document.js";

/** What a wire-style dateline says: "GENEVA, March 3 (Attache Wire) -". */
export interface Dateline {
  /** The date, or null when the dateline gives none or its year cannot be known. */
  readonly published: PublishedDate | null;
  /** The agency in parentheses, if any. */
  readonly source: string | null;
  /** Month and day as written when no year could be given to them. */
  readonly yearless: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// PLACE[, REGION], Month Day[, Year] [(Agency)] - — the place in capitals, as wires write it.
const DATELINE =
  /^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\(([^)]{2,40})\))?\s*[-–—]/;
const AGENCY_ONLY = /^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s+\(([^)]{2,40})\)\s*[-–—]/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The year that puts month/day nearest the anchor date (a dateline omits the year of recent news). */
function yearNear(month: number, day: number, anchor: PublishedDate): number | null {
  const anchorYear = Number(anchor.value.slice(0, 4));
  const anchorTime = Date.parse(anchor.value.slice(0, 10));
  if (!Number.isFinite(anchorYear) || Number.isNaN(anchorTime)) return null;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [anchorYear - 1, anchorYear, anchorYear + 1]) {
    const distance = Math.abs(Date.UTC(year, month - 1, day) - anchorTime);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/**
 * Reads a dateline at the start of an article body. A dateline without a year takes the year
 * nearest `anchor` (the `--date` given), and none when there is no anchor.
 */
export function readDateline(body: string, anchor: PublishedDate | null): Dateline | null {
  const firstLine = body.slice(0, 200);
  const match = DATELINE.exec(firstLine);
  if (!match) {
    const agency = AGENCY_ONLY.exec(firstLine);
    return agency ? { published: null, source: agency[1]!.trim(), yearless: null } : null;
  }
  const [, monthName, dayText, yearText, agency] = match;
  const month = MONTHS[monthName!.slice(0, monthName!.toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()]!;
  const day = Number(dayText);
  const year = yearText ? Number(yearText) : anchor ? yearNear(month, day, anchor) : null;
  const source = agency?.trim() ?? null;
  if (year === null) return { published: null, source, yearless: `${monthName} ${day}` };
  if (!isRealDay(year, month, day)) return { published: null, source, yearless: null };
  return { published: { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day", origin: "dateline" }, source, yearless: null };
}
