/**
 * The work queue: articles put on a PostgreSQL-backed queue (pg-boss) by `attache enqueue`,
 * coded and saved by any number of `attache worker`s, retried with back-off, and kept in the
 * dead letters with their error once out of tries. Saving is idempotent (by content hash), so
 * a job tried again after its worker died has its effect once.
 */
export type { QueueSettings, WorkQueue } from "./open-queue.js";
export { assertQueueLocation, currentSettings, DEFAULT_SETTINGS, openWorkQueue, updateSettings } from "./open-queue.js";
export type { EnqueueOutcome } from "./enqueue.js";
export { enqueueArticle } from "./enqueue.js";
export type { DeadLetter, QueueCounts } from "./status.js";
export { deadLetters, queueCounts } from "./status.js";
export type { RetryOutcome } from "./dead-letters.js";
export { purgeDeadLetters, purgeWaiting, retryDeadLetters } from "./dead-letters.js";
export type { FailedTry, WorkOptions } from "./work.js";
export { workOnQueue } from "./work.js";
