/** A fake clock and an RSS writer for the watch tests. */
import type { Clock } from "../../src/watch/clock.js";

/** A clock that only moves when told to (or when slept on): no test waits for real time. */
export class FakeClock implements Clock {
  constructor(public ms: number = Date.parse("2026-01-01T00:00:00Z")) {}
  now(): number {
    return this.ms;
  }
  async sleep(ms: number): Promise<void> {
    this.ms += ms;
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface RssItem {
  readonly title: string;
  readonly link: string;
  readonly date: string;
  readonly text: string;
}

/** An RSS 2.0 document whose items carry their full text. */
export function rssOf(title: string, items: readonly RssItem[]): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escape(title)}</title><language>en</language>
${items.map((i) => `<item><title>${escape(i.title)}</title><link>${escape(i.link)}</link><guid>${escape(i.link)}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate>
<content:encoded><![CDATA[<p>${i.text}</p>]]></content:encoded></item>`).join("\n")}
</channel></rss>`;
}
