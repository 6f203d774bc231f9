import { createHmac } from "node:crypto";
import type { AlertDelivery, Store } from "../store/store.js";
import type { Clock } from "./clock.js";
import { isoOf } from "./clock.js";

export interface DeliverySettings {
  /** Attempts before a delivery is marked failed. */
  readonly maxAttempts: number;
  /** The wait after the first failure, doubled after each one. */
  readonly retryBaseSeconds: number;
  readonly timeoutMs: number;
  /** Sends email; absent when no SMTP server is configured (such deliveries fail with that reason). */
  readonly sendEmail?: ((to: string, subject: string, text: string) => Promise<void>) | undefined;
}

export const DEFAULT_DELIVERY: DeliverySettings = { maxAttempts: 6, retryBaseSeconds: 30, timeoutMs: 10_000 };

/** The signature header value for a body: `sha256=` and the hex HMAC-SHA256 of the body under the rule's secret. */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

async function postWebhook(delivery: AlertDelivery, secret: string, timeoutMs: number): Promise<void> {
  const response = await fetch(delivery.target, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "attache-alerts/0.1",
      "x-attache-signature": signatureOf(delivery.payload, secret),
      "x-attache-delivery": String(delivery.id),
    },
    body: delivery.payload,
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

async function sendOne(delivery: AlertDelivery, secret: string, settings: DeliverySettings): Promise<void> {
  if (delivery.channel === "webhook") return postWebhook(delivery, secret, settings.timeoutMs);
  if (delivery.channel === "email") {
    if (!settings.sendEmail) throw new Error("no SMTP server configured (set ATTACHE_SMTP_URL)");
    const payload = JSON.parse(delivery.payload) as { rule: string; article: { title: string | null } };
    return settings.sendEmail(delivery.target, `[attache] ${payload.rule}: ${payload.article.title ?? "new match"}`, JSON.stringify(JSON.parse(delivery.payload), null, 2));
  }
  throw new Error(`unknown channel ${delivery.channel}`);
}

/** How a round of deliveries went. */
export interface DeliveryRound {
  readonly delivered: number;
  readonly retrying: number;
  readonly failed: number;
}

/**
 * Sends every pending delivery that is due. A failure is retried later with back-off
 * (the wait doubles), and marked failed after the last attempt; each outcome is stored.
 */
export async function deliverDue(store: Store, clock: Clock, settings: DeliverySettings = DEFAULT_DELIVERY): Promise<DeliveryRound> {
  const due = await store.dueDeliveries(isoOf(clock.now()));
  if (due.length === 0) return { delivered: 0, retrying: 0, failed: 0 };
  const secrets = new Map((await store.listAlertRules()).map((r) => [r.name, r.secret]));
  const round = { delivered: 0, retrying: 0, failed: 0 };
  for (const delivery of due) {
    const attempts = delivery.attempts + 1;
    try {
      await sendOne(delivery, secrets.get(delivery.ruleName) ?? "", settings);
      await store.updateDelivery(delivery.id, { status: "delivered", attempts, nextAttemptAt: delivery.nextAttemptAt, lastError: null, now: isoOf(clock.now()) });
      round.delivered++;
    } catch (error) {
      const reason = error instanceof Error ? (error.name === "TimeoutError" ? `no answer in ${settings.timeoutMs} ms` : error.message) : String(error);
      const last = attempts >= settings.maxAttempts;
      const wait = settings.retryBaseSeconds * 2 ** (attempts - 1);
      await store.updateDelivery(delivery.id, {
        status: last ? "failed" : "pending", attempts, nextAttemptAt: isoOf(clock.now() + wait * 1000), lastError: reason, now: isoOf(clock.now()),
      });
      if (last) round.failed++;
      else round.retrying++;
    }
  }
  return round;
}
