import type { WatchStore } from "./store.js";
import type { PgDb } from "./postgres-db.js";
import type { DeliveryRow, FeedRow, RuleRow } from "./watch-rows.js";
import { deliveryOf, feedOf, ruleOf } from "./watch-rows.js";

/** The PostgreSQL implementation of feeds under watch and alerts; lists travel as one array parameter. */
export function postgresWatchStore(db: PgDb): WatchStore {
  return {
    async addFeed(location, kind, intervalSeconds, now) {
      await db.run(
        "INSERT INTO watch_feeds (location, kind, added_at, interval_s, next_poll_at) VALUES ($1, $2, $3, $4, $3) ON CONFLICT (location) DO NOTHING",
        [location, kind, now, intervalSeconds],
      );
      return feedOf((await db.get("SELECT * FROM watch_feeds WHERE location = $1", [location])) as FeedRow);
    },
    listFeeds: async () => ((await db.all("SELECT * FROM watch_feeds ORDER BY id")) as FeedRow[]).map(feedOf),
    removeFeed: async (location) => (await db.run("DELETE FROM watch_feeds WHERE location = $1", [location])) > 0,
    dueFeeds: async (now) =>
      ((await db.all("SELECT * FROM watch_feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at, id", [now])) as FeedRow[]).map(feedOf),
    async updateFeed(id, u) {
      await db.run(
        `UPDATE watch_feeds SET etag = $1, last_modified = $2, interval_s = $3, next_poll_at = $4, last_polled_at = $5,
           last_changed_at = $6, failures = $7, last_error = $8, items = items + $9 WHERE id = $10`,
        [u.etag, u.lastModified, u.intervalSeconds, u.nextPollAt, u.lastPolledAt, u.lastChangedAt, u.failures, u.lastError, u.newItems, id],
      );
    },
    async unseenItems(keys) {
      if (keys.length === 0) return [];
      const rows = (await db.all("SELECT item_key FROM watch_seen WHERE item_key = ANY($1::text[])", [keys])) as { item_key: string }[];
      const seen = new Set(rows.map((r) => r.item_key));
      return keys.filter((k) => !seen.has(k));
    },
    async markSeen(feedId, keys, now) {
      if (keys.length === 0) return;
      await db.run(
        "INSERT INTO watch_seen (item_key, feed_id, seen_at) SELECT DISTINCT k, $2::bigint, $3 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING",
        [keys, feedId, now],
      );
    },
    async saveAlertRule(rule) {
      await db.run(
        `INSERT INTO alert_rules (name, rule, secret, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, secret = excluded.secret`,
        [rule.name, rule.rule, rule.secret, rule.createdAt],
      );
    },
    listAlertRules: async () => ((await db.all("SELECT * FROM alert_rules ORDER BY name")) as RuleRow[]).map(ruleOf),
    removeAlertRule: async (name) => (await db.run("DELETE FROM alert_rules WHERE name = $1", [name])) > 0,
    recordFiring(ruleName, fireKey, seenIn, now) {
      return db.transaction(async () => {
        // Workers on other machines may fire the same rule at once: they take turns per rule.
        await db.run("SELECT pg_advisory_xact_lock(hashtext('alert:' || $1))", [ruleName]);
        // Canonical and story ids are renamed when groups merge: an earlier firing counts if what it was seen in is now under this key.
        const already = await db.get(
          `SELECT 1 AS x FROM alert_firings f
             LEFT JOIN event_canonical c ON c.event_id = f.seen_in
             LEFT JOIN story_articles s ON s.article_id = f.seen_in
           WHERE f.rule_name = $1 AND (f.fire_key = $2 OR c.canonical_id = $2 OR 'story:' || s.story_id = $2) LIMIT 1`,
          [ruleName, fireKey],
        );
        if (already !== undefined) return false;
        const inserted = await db.run(
          "INSERT INTO alert_firings (rule_name, fire_key, seen_in, fired_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
          [ruleName, fireKey, seenIn, now],
        );
        return inserted === 1;
      });
    },
    async addDelivery(d) {
      await db.run(
        `INSERT INTO alert_deliveries (rule_name, fire_key, channel, target, payload, status, next_attempt_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6) ON CONFLICT DO NOTHING`,
        [d.ruleName, d.fireKey, d.channel, d.target, d.payload, d.now],
      );
    },
    dueDeliveries: async (now) =>
      ((await db.all("SELECT * FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id", [now])) as DeliveryRow[]).map(deliveryOf),
    async updateDelivery(id, u) {
      await db.run("UPDATE alert_deliveries SET status = $1, attempts = $2, next_attempt_at = $3, last_error = $4, updated_at = $5 WHERE id = $6", [
        u.status, u.attempts, u.nextAttemptAt, u.lastError, u.now, id,
      ]);
    },
    async listDeliveries(ruleName, limit) {
      const rows = ruleName === undefined
        ? await db.all("SELECT * FROM alert_deliveries ORDER BY id DESC LIMIT $1", [limit])
        : await db.all("SELECT * FROM alert_deliveries WHERE rule_name = $1 ORDER BY id DESC LIMIT $2", [ruleName, limit]);
      return (rows as DeliveryRow[]).map(deliveryOf);
    },
  };
}
