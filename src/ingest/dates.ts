import type { DateOrigin, PublishedDate } from "../document.js";

/**
 * Reads a date as inputs give it ("2025-09-12", "2025-09-12T10:30:00Z", RFC 2822 from feeds)
 * and keeps its precision. Returns null for anything that is not a real date.
 */
export function parseDateValue(value: string, origin: DateOrigin): PublishedDate | null {
  const text = value.trim();
  const ymd = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (ymd) {
    const [, y, m, d] = ymd;
    const check = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
    if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() + 1 !== Number(m ?? 1) || check.getUTCDate() !== Number(d ?? 1)) return null;
    return { value: text, precision: d ? "day" : m ? "month" : "year", origin };
  }
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  return { value: parsed.toISOString().replace(/\.000Z$/, "Z"), precision: "second", origin };
}
