import assert from "node:assert/strict";
import test from "node:test";
import { canonicalEventsOf, isSameEvent } from "../src/stories/index.js";
import type { ArticleId } from "../src/document.js";
import type { StoryEventRow } from "../src/store/store.js";

/** A small deterministic generator, so a failure can be rerun. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** Events crowded onto few stories, dyads, codes and dates, with unknown actors and dates among them. */
function crowdedEvents(seed: number, count: number): StoryEventRow[] {
  const next = random(seed);
  const dates = [null, "2025-09", "2025-09-10", "2025-09-11", "2025-09-12", "2025-09-14", "2025-10-01"];
  return Array.from({ length: count }, (_, i) => {
    const cameo = pick(next, ["040", "042", "057", "0841", "190"]);
    const date = pick(next, dates);
    return {
      eventId: `e${String(i).padStart(4, "0")}`,
      articleId: `a${i % 9}` as ArticleId,
      story: pick(next, ["s1", "s2", "s3"]),
      source: pick(next, ["USAGOV", "BLRGOV", null]),
      target: pick(next, ["BLRGOV", "RUS", null]),
      root: cameo.slice(0, 2),
      cameo,
      date,
      datePrecision: date === null ? "publication" : date.length === 7 ? "month" : pick(next, ["day", "publication"]),
      canonical: null,
    } satisfies StoryEventRow;
  });
}

/** The groups by definition: connected components of isSameEvent over every pair. */
function groupsByPairs(events: readonly StoryEventRow[]): Map<string, string> {
  const group = new Map(events.map((e) => [e.eventId, e.eventId]));
  const find = (x: string): string => (group.get(x) === x ? x : find(group.get(x)!));
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      if (!isSameEvent(events[i]!, events[j]!)) continue;
      const [a, b] = [find(events[i]!.eventId), find(events[j]!.eventId)];
      if (a !== b) group.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return new Map(events.map((e) => [e.eventId, find(e.eventId)]));
}

test("canonical events are the components of isSameEvent over every pair, without comparing every pair", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const events = crowdedEvents(seed, 400);
    const expected = groupsByPairs(events);
    assert.deepEqual(canonicalEventsOf(events).assignments, expected, `seed ${seed}`);
    // The crowding is real: some groups join many events, others stay apart.
    const sizes = [...expected.values()].reduce((m, g) => m.set(g, (m.get(g) ?? 0) + 1), new Map<string, number>());
    assert.ok(Math.max(...sizes.values()) > 10 && sizes.size > 20, `seed ${seed}: ${sizes.size} groups`);
  }
});

test("thousands of events of one story, dyad and root whose days chain are one canonical event", () => {
  const events: StoryEventRow[] = Array.from({ length: 6000 }, (_, i) => ({
    eventId: `e${String(i).padStart(5, "0")}`,
    articleId: `a${i}` as ArticleId,
    story: "s1",
    source: "GOV",
    target: null,
    root: "04",
    cameo: "040",
    date: `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`,
    datePrecision: "day",
    canonical: null,
  }));
  const { assignments } = canonicalEventsOf(events);
  // Days a day apart chain the whole month into one event.
  assert.equal(new Set(assignments.values()).size, 1);
  assert.equal(assignments.get("e05999"), "e00000");
});
