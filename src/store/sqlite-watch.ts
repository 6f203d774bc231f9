import type { WatchedFeed, WatchStore } from "./store.js";
import type { SqliteDb } from "./sqlite-db.js";
import type { DeliveryRow, FeedRow, RuleRow } from "./watch-rows.js";
import { deliveryOf, feedOf, ruleOf } from "./watch-rows.js";

// Lists are bound as one JSON parameter and read with json_each: values never enter SQL text.
const list = (values: readonly string[]): string => JSON.stringify(values);

/** The SQLite implementation of feeds under watch and alerts. */
export function sqliteWatchStore(db: SqliteDb): WatchStore {
  const feedAt = (location: string): WatchedFeed | null => {
    const row = db.get("SELECT * FROM watch_feeds WHERE location = ?", [location]) as FeedRow | undefined;
    return row === undefined ? null : feedOf(row);
  };
  return {
    async addFeed(location, kind, intervalSeconds, now) {
      db.run(
        "INSERT INTO watch_feeds (location, kind, added_at, interval_s, next_poll_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (location) DO NOTHING",
        [location, kind, now, intervalSeconds, now],
      );
      return feedAt(location)!;
    },
    listFeeds: async () => (db.all("SELECT * FROM watch_feeds ORDER BY id") as FeedRow[]).map(feedOf),
    removeFeed: async (location) => db.run("DELETE FROM watch_feeds WHERE location = ?", [location]).changes > 0,
    dueFeeds: async (now) => (db.all("SELECT * FROM watch_feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id", [now]) as FeedRow[]).map(feedOf),
    async updateFeed(id, u) {
      db.run(
        `UPDATE watch_feeds SET etag = ?, last_modified = ?, interval_s = ?, next_poll_at = ?, last_polled_at = ?,
           last_changed_at = ?, failures = ?, last_error = ?, items = items + ? WHERE id = ?`,
        [u.etag, u.lastModified, u.intervalSeconds, u.nextPollAt, u.lastPolledAt, u.lastChangedAt, u.failures, u.lastError, u.newItems, id],
      );
    },
    async unseenItems(keys) {
      if (keys.length === 0) return [];
      const seen = new Set(
        (db.all("SELECT item_key FROM watch_seen WHERE item_key IN (SELECT value FROM json_each(?))", [list(keys)]) as { item_key: string }[]).map((r) => r.item_key),
      );
      return keys.filter((k) => !seen.has(k));
    },
    async markSeen(feedId, keys, now) {
      db.transaction(() => {
        for (const key of keys) db.run("INSERT INTO watch_seen (item_key, feed_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [key, feedId, now]);
      });
    },
    async saveAlertRule(rule) {
      db.run(
        `INSERT INTO alert_rules (name, rule, secret, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, secret = excluded.secret`,
        [rule.name, rule.rule, rule.secret, rule.createdAt],
      );
    },
    listAlertRules: async () => (db.all("SELECT * FROM alert_rules ORDER BY name") as RuleRow[]).map(ruleOf),
    removeAlertRule: async (name) => db.run("DELETE FROM alert_rules WHERE name = ?", [name]).changes > 0,
    async recordFiring(ruleName, fireKey, seenIn, now) {
      return db.transaction(() => {
        // Canonical and story ids are renamed when groups merge: an earlier firing counts if what it was seen in is now under this key.
        const already = db.get(
          `SELECT 1 AS x FROM alert_firings f
             LEFT JOIN event_canonical c ON c.event_id = f.seen_in
             LEFT JOIN story_articles s ON s.article_id = f.seen_in
           WHERE f.rule_name = ? AND (f.fire_key = ? OR c.canonical_id = ? OR 'story:' || s.story_id = ?) LIMIT 1`,
          [ruleName, fireKey, fireKey, fireKey],
        );
        if (already !== undefined) return false;
        db.run("INSERT INTO alert_firings (rule_name, fire_key, seen_in, fired_at) VALUES (?, ?, ?, ?)", [ruleName, fireKey, seenIn, now]);
        return true;
      });
    },
    async addDelivery(d) {
      db.run(
        `INSERT INTO alert_deliveries (rule_name, fire_key, channel, target, payload, status, next_attempt_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT DO NOTHING`,
        [d.ruleName, d.fireKey, d.channel, d.target, d.payload, d.now, d.now],
      );
    },
    dueDeliveries: async (now) =>
      (db.all("SELECT * FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id", [now]) as DeliveryRow[]).map(deliveryOf),
    async updateDelivery(id, u) {
      db.run("UPDATE alert_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?", [
        u.status, u.attempts, u.nextAttemptAt, u.lastError, u.now, id,
      ]);
    },
    async listDeliveries(ruleName, limit) {
      const rows = ruleName === undefined
        ? db.all("SELECT * FROM alert_deliveries ORDER BY id DESC LIMIT ?", [limit])
        : db.all("SELECT * FROM alert_deliveries WHERE rule_name = ? ORDER BY id DESC LIMIT ?", [ruleName, limit]);
      return (rows as DeliveryRow[]).map(deliveryOf);
    },
  };
}
