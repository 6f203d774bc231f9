import type { AlertDelivery, StoredAlertRule, WatchedFeed } from "./store.js";

/** Database rows of the watch tables and their typed records; both stores read the same columns. */
export interface FeedRow {
  id: number; location: string; kind: "url" | "folder"; added_at: string; etag: string | null; last_modified: string | null;
  interval_s: number; next_poll_at: string; last_polled_at: string | null; last_changed_at: string | null;
  failures: number; last_error: string | null; items: number;
}
export const feedOf = (r: FeedRow): WatchedFeed => ({
  id: r.id, location: r.location, kind: r.kind, addedAt: r.added_at, etag: r.etag, lastModified: r.last_modified,
  intervalSeconds: r.interval_s, nextPollAt: r.next_poll_at, lastPolledAt: r.last_polled_at, lastChangedAt: r.last_changed_at,
  failures: r.failures, lastError: r.last_error, items: r.items,
});

export interface RuleRow { name: string; rule: string; secret: string; created_at: string }
export const ruleOf = (r: RuleRow): StoredAlertRule => ({ name: r.name, rule: r.rule, secret: r.secret, createdAt: r.created_at });

export interface DeliveryRow {
  id: number; rule_name: string; fire_key: string; channel: string; target: string; payload: string;
  status: AlertDelivery["status"]; attempts: number; next_attempt_at: string; last_error: string | null; updated_at: string;
}
export const deliveryOf = (r: DeliveryRow): AlertDelivery => ({
  id: r.id, ruleName: r.rule_name, fireKey: r.fire_key, channel: r.channel, target: r.target, payload: r.payload,
  status: r.status, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error, updatedAt: r.updated_at,
});
