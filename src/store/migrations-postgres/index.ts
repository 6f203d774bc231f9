/**
 * The PostgreSQL schema's history, oldest first, numbered as the SQLite list is (version N
 * here makes the same tables as version N in `../migrations/`, in PostgreSQL's dialect). A
 * migration is never edited once committed. `migratePostgres` in `../postgres-migrate.ts`
 * applies the ones a database has not seen and records them in `schema_migrations`.
 */
import type { Migration } from "../migrations/index.js";
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

export const PG_MIGRATIONS: readonly Migration[] = [core, stories, latestVersionIndex, storyKeyCount, watch, dyadTrendIndex, storyKeysByWeek, eventDayCounts,
  canonicalRepresentatives, storyKeysByDay, storyPostingsWithoutForeignKeys];
