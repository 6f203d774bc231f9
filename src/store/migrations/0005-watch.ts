import type { Migration } from "./index.js";

/**
 * Following feeds and alerting: subscriptions with their polling state, the items already
 * seen (kept across feeds, so a link in two feeds is fetched once), alert rules, which
 * canonical event each rule fired on, and each delivery with its attempts.
 */
export const watch: Migration = {
  version: 5,
  name: "feeds under watch and alerts",
  sql: `
CREATE TABLE watch_feeds (
  id INTEGER PRIMARY KEY,
  location TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('url', 'folder')),
  added_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  interval_s INTEGER NOT NULL,
  next_poll_at TEXT NOT NULL,
  last_polled_at TEXT,
  last_changed_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  items INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX watch_feeds_due ON watch_feeds (next_poll_at);

CREATE TABLE watch_seen (
  item_key TEXT PRIMARY KEY,
  feed_id INTEGER,
  seen_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE alert_rules (
  name TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE alert_firings (
  rule_name TEXT NOT NULL REFERENCES alert_rules(name) ON DELETE CASCADE,
  fire_key TEXT NOT NULL,
  -- the event (event rules) or article (story rules) fired on: found again after merges rename the key
  seen_in TEXT,
  fired_at TEXT NOT NULL,
  PRIMARY KEY (rule_name, fire_key)
);
CREATE INDEX alert_firings_seen_in ON alert_firings (seen_in);

CREATE TABLE alert_deliveries (
  id INTEGER PRIMARY KEY,
  rule_name TEXT NOT NULL REFERENCES alert_rules(name) ON DELETE CASCADE,
  fire_key TEXT NOT NULL,
  channel TEXT NOT NULL,
  target TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (rule_name, fire_key, channel, target)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries (status, next_attempt_at);
`,
};
