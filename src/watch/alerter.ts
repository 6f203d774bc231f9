import type { ArticleId, Document } from "../document.js";
import { AttacheError } from "../errors.js";
import type { Store } from "../store/store.js";
import type { Clock } from "./clock.js";
import { isoOf } from "./clock.js";
import type { AlertPayload } from "./firings.js";
import { articleContextOf, describeFiring, firingsOf } from "./firings.js";
import type { AlertRule } from "./rules.js";
import { ruleOfStored } from "./rules.js";

/** The stored rules, checked; a rule that no longer reads is reported and left out. */
export async function loadRules(store: Store, report: (line: string) => void): Promise<AlertRule[]> {
  const rules: AlertRule[] = [];
  for (const stored of await store.listAlertRules()) {
    try {
      rules.push(ruleOfStored(stored));
    } catch (error) {
      if (!(error instanceof AttacheError)) throw error;
      report(error.message);
    }
  }
  return rules;
}

/**
 * Runs the stored rules over an article just saved (and placed in its story): each rule
 * fires at most once per canonical event, claim or story, however many copies arrive. A
 * firing is written to `log` and queued for its webhook and email, all in the store.
 */
export async function alertOnArticle(store: Store, id: ArticleId, doc: Document | undefined, clock: Clock, log: (line: string) => void): Promise<AlertPayload[]> {
  const rules = await loadRules(store, log);
  if (rules.length === 0) return [];
  const ctx = await articleContextOf(store, id, doc);
  if (!ctx) return [];
  const fired: AlertPayload[] = [];
  for (const rule of rules) {
    for (const firing of firingsOf(rule, ctx)) {
      const now = isoOf(clock.now());
      const payload = { ...firing.payload, firedAt: now };
      const body = JSON.stringify(payload);
      // The firing and its deliveries land together: a crash between them must not lose a webhook.
      const isNew = await store.inStoryTransaction(async () => {
        if (!(await store.recordFiring(rule.name, payload.key, firing.seenIn, now))) return false;
        if (rule.webhook) await store.addDelivery({ ruleName: rule.name, fireKey: payload.key, channel: "webhook", target: rule.webhook, payload: body, now });
        if (rule.email) await store.addDelivery({ ruleName: rule.name, fireKey: payload.key, channel: "email", target: rule.email, payload: body, now });
        return true;
      });
      if (!isNew) continue;
      fired.push(payload);
      log(describeFiring(payload));
    }
  }
  return fired;
}
