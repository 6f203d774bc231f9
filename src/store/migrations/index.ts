/**
 * The schema's history, oldest first. A migration is never edited once committed: a change
 * to the schema is a new file here and one more line in this list (the stories tables, for
 * instance, come as their own entry). `migrate` in `../sqlite-migrate.ts` applies the ones a
 * database has not seen, each in its own transaction, and records them in `schema_migrations`.
 */
import { core } from "./0001-core.js";
import { stories } from "./0002-stories.js";
import { latestVersionIndex } from "./0003-latest-version-index.js";
import { storyKeyCount } from "./0004-story-key-count.js";
import { watch } from "./0005-watch.js";
import { dyadTrendIndex } from "./0006-dyad-trend-index.js";
import { storyKeysByWeek } from "./0007-story-keys-by-week.js";
import { eventDayCounts } from "./0008-event-day-counts.js";
import { canonicalRepresentatives } from "./0009-canonical-representatives.js";
import { storyKeysByDay } from "./0010-story-keys-by-day.js";
import { storyPostingsWithoutForeignKeys } from "./0011-story-postings-without-foreign-keys.js";

export interface Migration {
  /** 1, 2, 3…: the order they apply in; each number once. */
  readonly version: number;
  readonly name: string;
  /** SQLite statements; PostgreSQL will have its own list. */
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [core, stories, latestVersionIndex, storyKeyCount, watch, dyadTrendIndex, storyKeysByWeek, eventDayCounts,
  canonicalRepresentatives, storyKeysByDay, storyPostingsWithoutForeignKeys];
