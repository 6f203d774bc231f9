/** Following feeds and folders, and alerting when matching events happen. */
export type { Clock } from "./clock.js";
export { SYSTEM_CLOCK, isoOf } from "./clock.js";
export type { ScheduleSettings } from "./schedule.js";
export { DEFAULT_SCHEDULE, nextInterval, backoffSeconds, withJitter } from "./schedule.js";
export type { ArticleSink, PollerSettings, PollReport } from "./poller.js";
export { DEFAULT_POLLER, Poller } from "./poller.js";
export type { AlertRule, RuleKind } from "./rules.js";
export { alertRuleSchema, parseAlertRule, readRuleFile, ruleKindOf, ruleOfStored } from "./rules.js";
export type { AlertPayload, ArticleContext, Firing } from "./firings.js";
export { articleContextOf, describeFiring, firingsOf } from "./firings.js";
export { alertOnArticle, loadRules } from "./alerter.js";
export type { DeliverySettings, DeliveryRound } from "./deliver.js";
export { DEFAULT_DELIVERY, deliverDue, signatureOf } from "./deliver.js";
export type { WatchCounts, WatcherOptions } from "./watcher.js";
export { Watcher } from "./watcher.js";
export type { EmailSender } from "./email.js";
export { emailSenderFromEnv, smtpSender } from "./email.js";
