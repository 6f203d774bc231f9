/**
 * The Store: where annotated Documents are kept and queried. It is composed of one small
 * interface per concern so that a new concern (stories, for one) adds its own interface
 * without touching the others. SQLite implements it (`sqlite.ts`); PostgreSQL will. Nothing
 * outside `store/` knows which is in use: open one with `openStore` (`open-store.ts`).
 *
 * Every method returns a Promise, because a networked database can only answer that way.
 */
import type {
  ActorCode,
  ArticleId,
  Claim,
  CodedEvent,
  Document,
  EventId,
  Mention,
  Modality,
  PublishedDate,
  QuadClass,
} from "../document.js";

/** What saving a Document did: a new article, a new version of a known one, or nothing. */
export type SaveStatus = "new" | "version" | "unchanged";

export interface SaveOutcome {
  readonly status: SaveStatus;
  readonly articleId: ArticleId;
  /** The version number the document's text is stored under (1 for a new article). */
  readonly version: number;
}

/** One stored version of an article's text. */
export interface VersionInfo {
  readonly version: number;
  readonly contentHash: string;
  /** ISO timestamp of the ingest that stored this version. */
  readonly ingestedAt: string;
}

/** An article as stored: the latest version as a Document, and the list of its versions. */
export interface StoredArticle {
  readonly document: Document;
  readonly version: number;
  readonly versions: readonly VersionInfo[];
}

/** One line of `attache articles`: the latest version of an article, without its layers. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: PublishedDate | null;
  readonly language: string;
  readonly version: number;
  readonly events: number;
  readonly mentions: number;
}

export interface ArticleFilter {
  /** Exact outlet name, case-insensitive. */
  readonly source?: string | undefined;
  /** ISO date: publication date on or after. */
  readonly since?: string | undefined;
  /** ISO date: publication date on or before (a day includes all its hours). */
  readonly until?: string | undefined;
  readonly language?: string | undefined;
  readonly limit?: number | undefined;
}

export interface SearchHit {
  readonly article: ArticleSummary;
  /** A short excerpt with the matched words between « and ». */
  readonly snippet: string;
}

export interface ArticleStore {
  /**
   * Saves a Document (article, version and every layer) in one transaction. The same
   * content again is a no-op; a changed text under the same article id is a new version.
   */
  saveDocument(doc: Document): Promise<SaveOutcome>;
  /** The latest version of an article, or null. */
  getArticle(id: ArticleId): Promise<StoredArticle | null>;
  /** Ids of articles whose id starts with `prefix` (for `attache show` with a short id). */
  findArticleIds(prefix: string, limit: number): Promise<ArticleId[]>;
  listArticles(filter: ArticleFilter): Promise<ArticleSummary[]>;
  /** Full-text search over titles and bodies; any user string is safe. */
  searchArticles(query: string, limit: number): Promise<SearchHit[]>;
}

/** A stored event: every CodedEvent field, its id, and the article it came from. */
export interface StoredEvent extends CodedEvent {
  readonly id: EventId;
  /** A number unique in this database, for layouts that want integer ids (GDELT's GLOBALEVENTID). */
  readonly serial: number;
  readonly articleId: ArticleId;
  readonly version: number;
  /** The exact words of `evidence`, and the whole sentence they stand in. */
  readonly evidenceText: string;
  readonly sentenceText: string | null;
  readonly articleTitle: string | null;
  readonly articleSource: string | null;
  readonly articleUrl: string | null;
  readonly articleDate: string | null;
  /** The story of the article, and the canonical event this report of it belongs to (null until placed). */
  readonly story: string | null;
  readonly canonical: string | null;
  /**
   * Whether this report stands for its canonical event (the earliest article's report, see
   * `canonical-rows.ts`): listings of canonical events show it, and counts count it once.
   */
  readonly represents: boolean;
  /** Of its canonical event (1 when it is in none): reports in latest versions, distinct articles, distinct outlets. */
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
}

export interface EventFilter {
  /** Source or target code starts with this. */
  readonly actor?: string | undefined;
  /** Source starts with one and target with the other, in either direction. */
  readonly dyad?: readonly [string, string] | undefined;
  /** CAMEO code starts with this ("08", "0841"). */
  readonly code?: string | undefined;
  readonly root?: string | undefined;
  readonly plover?: string | undefined;
  readonly quad?: QuadClass | undefined;
  readonly modality?: Modality | undefined;
  /** ISO date bounds on the event's own date. */
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly articleId?: ArticleId | undefined;
  /**
   * Only the report that represents each canonical event (`StoredEvent.represents`), so that a
   * happening told by many outlets is listed once; otherwise every report.
   */
  readonly canonical?: boolean | undefined;
  readonly limit?: number | undefined;
  /** Keyset pagination: only events after this one in `findEvents` order (date newest first, then serial). */
  readonly after?: EventCursor | undefined;
}

/** Where a page of events ended: the last event's date and serial. */
export interface EventCursor {
  readonly date: string | null;
  readonly serial: number;
}

export interface EventStore {
  /** Events of the latest version of each article, newest event date first. */
  findEvents(filter: EventFilter): Promise<StoredEvent[]>;
  /** Every event matching the filter, one at a time, in id order (for exports). */
  eachEvent(filter: EventFilter): AsyncIterable<StoredEvent>;
  getEvent(id: EventId): Promise<StoredEvent | null>;
}

/** An actor with how often the stored articles mention it. */
export interface ActorCount {
  readonly code: ActorCode;
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly mentions: number;
  readonly articles: number;
}

/** A mention, with the article it is in. */
export interface StoredMention extends Mention {
  readonly articleId: ArticleId;
  readonly articleTitle: string | null;
  readonly articleDate: string | null;
}

export interface ActorStore {
  /** Resolved actors, most mentioned first. */
  listActors(limit: number): Promise<ActorCount[]>;
  /** Mentions whose actor has this code, id or name (case-insensitive), latest articles first. */
  findMentions(actor: string, limit: number): Promise<StoredMention[]>;
}

/** A stored claim, with the article it is in. */
export interface StoredClaim extends Claim {
  readonly articleId: ArticleId;
  readonly articleTitle: string | null;
  readonly articleDate: string | null;
}

export interface ClaimFilter {
  /** The subject contains these words (case-insensitive). */
  readonly subject?: string | undefined;
  readonly limit?: number | undefined;
}

export interface ClaimStore {
  findClaims(filter: ClaimFilter): Promise<StoredClaim[]>;
}

/** Counts for a summary line. */
export interface StoreCounts {
  readonly articles: number;
  readonly versions: number;
  readonly events: number;
  readonly mentions: number;
  readonly claims: number;
}

/** An article as story grouping keeps it: its story and its profile (JSON, read by `stories/`). */
export interface StoryEntry {
  readonly articleId: ArticleId;
  readonly story: string;
  readonly profile: string;
}

/**
 * An article that may be in a new article's story: its story, and the stored version its profile
 * was made from (`articles.latest_version_id`), so that a profile read before can be used again.
 */
export interface StoryCandidate {
  readonly articleId: ArticleId;
  readonly story: string;
  readonly versionId: number;
}

/** What is written when an article is placed in a story. */
export interface StoryPlacement extends StoryEntry {
  readonly day: string | null;
  readonly source: string | null;
  /** LSH bucket keys and lookup keys the article is filed under. */
  readonly buckets: readonly string[];
  readonly keys: readonly string[];
}

/** One line of `attache stories`. */
export interface StorySummary {
  readonly id: string;
  /** Earliest publication day of its articles, else the earliest ingest time. */
  readonly firstSeen: string | null;
  readonly articles: number;
  readonly sources: readonly string[];
  /** The earliest article, whose id the story's id is made from. */
  readonly representative: ArticleSummary | null;
}

/** An event as canonical-event grouping needs it, with its story and current canonical id. */
export interface StoryEventRow {
  readonly eventId: string;
  readonly articleId: ArticleId;
  readonly story: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly root: string;
  readonly cameo: string;
  readonly date: string | null;
  readonly datePrecision: string;
  readonly canonical: string | null;
}

/** The four things that say an event in another story is the same one: dyad, code and day. */
export interface TightEventKey {
  readonly source: string;
  readonly target: string;
  readonly cameo: string;
  readonly date: string;
}

/** A canonical event with how many stored events report it, from how many outlets. */
export interface CanonicalCount {
  readonly canonical: string;
  readonly mentions: number;
  readonly sources: number;
}

/** Stories, canonical events and related reads (`stories/` holds the logic; this keeps the tables). */
export interface StoryStore {
  /** Runs `work` as one transaction: every story and canonical-event write in it lands, or none. */
  inStoryTransaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Articles filed under any of these buckets, or sharing min(`minShared`, `ownKeys`, their own
   * key count) of these keys (at most `limit` of those, most keys shared first).
   */
  storyCandidates(buckets: readonly string[], keys: readonly string[], minShared: number, ownKeys: number, limit: number): Promise<StoryCandidate[]>;
  /** The earliest article (by day, undated last, then id) of each story. */
  earliestOfStories(stories: readonly string[]): Promise<{ articleId: ArticleId; day: string | null }[]>;
  placeInStory(placement: StoryPlacement): Promise<void>;
  moveStories(from: readonly string[], to: string): Promise<void>;
  /** The story entry of an article, or null when it has none yet. */
  storyEntryOf(articleId: ArticleId): Promise<StoryEntry | null>;
  storyEntries(articleIds: readonly ArticleId[]): Promise<StoryEntry[]>;
  getStory(id: string): Promise<StorySummary | null>;
  /** Stories with most articles first, then latest. */
  listStories(limit: number): Promise<StorySummary[]>;
  /** Articles of a story, earliest first. */
  storyArticles(id: string, limit: number): Promise<ArticleSummary[]>;
  /** Events of the latest versions of a story's articles. */
  storyEvents(story: string): Promise<StoryEventRow[]>;
  /** Events anywhere that match one of these keys exactly. */
  eventsMatching(keys: readonly TightEventKey[]): Promise<StoryEventRow[]>;
  /** Sets canonical ids; `merged` old canonical ids are renamed wherever they are. */
  setCanonicalEvents(assignments: ReadonlyMap<string, string>, merged: ReadonlyMap<string, string>): Promise<void>;
  /** Mentions and outlets per canonical event, for these event ids' canonical events. */
  canonicalCounts(eventIds: readonly string[]): Promise<Map<string, CanonicalCount>>;
  /** Articles whose title or body match any of the words, best BM25 first (not `except`). */
  articlesMatchingAny(words: readonly string[], except: ArticleId, limit: number): Promise<{ articleId: ArticleId; bm25: number }[]>;
}

/** A period and the events in it: how many, their Goldstein sum, and counts per QuadClass. */
export interface TrendPoint {
  /** "2025-09-11" (day), the Monday "2025-09-08" (week), or "2025-09" (month). */
  readonly period: string;
  readonly events: number;
  readonly goldstein: number;
  readonly quad: readonly [number, number, number, number];
}

export interface TopQuery {
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** Only events of these modalities (all when absent). */
  readonly modalities?: readonly Modality[] | undefined;
  readonly limit?: number | undefined;
}

export interface TrendQuery extends TopQuery {
  readonly interval: "day" | "week" | "month";
  /** Events between two actors (code prefixes), in either direction. */
  readonly dyad?: readonly [string, string] | undefined;
  /** Events with this actor (code prefix) on either side. */
  readonly actor?: string | undefined;
}

export interface TopActor {
  readonly code: string;
  readonly events: number;
}

export interface DyadCount {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldstein: number;
}

/**
 * Counts over time and actors: the cooperation–conflict trend of a dyad, top actors and dyads.
 * They count canonical events (each by its representative report), not reports.
 */
export interface AggregateStore {
  eventTrend(query: TrendQuery): Promise<TrendPoint[]>;
  topActors(query: TopQuery): Promise<TopActor[]>;
  topDyads(query: TopQuery): Promise<DyadCount[]>;
}

/** A feed URL or folder under watch, with its polling state (all kept across restarts). */
export interface WatchedFeed {
  readonly id: number;
  readonly location: string;
  readonly kind: "url" | "folder";
  readonly addedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** The current polling interval, adapted to how often the feed changes. */
  readonly intervalSeconds: number;
  readonly nextPollAt: string;
  readonly lastPolledAt: string | null;
  readonly lastChangedAt: string | null;
  /** Failures in a row; 0 once a poll succeeds. */
  readonly failures: number;
  readonly lastError: string | null;
  /** New items taken from it so far. */
  readonly items: number;
}

/** What one poll changes in a feed's state. */
export interface FeedPollUpdate {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly intervalSeconds: number;
  readonly nextPollAt: string;
  readonly lastPolledAt: string;
  readonly lastChangedAt: string | null;
  readonly failures: number;
  readonly lastError: string | null;
  readonly newItems: number;
}

/** An alert rule as stored: its definition as JSON (checked by `watch/` when read) and its webhook secret. */
export interface StoredAlertRule {
  readonly name: string;
  readonly rule: string;
  readonly secret: string;
  readonly createdAt: string;
}

/** One delivery of one firing on one channel, with its attempts. */
export interface AlertDelivery {
  readonly id: number;
  readonly ruleName: string;
  readonly fireKey: string;
  readonly channel: string;
  readonly target: string;
  readonly payload: string;
  readonly status: "pending" | "delivered" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly updatedAt: string;
}

/** Feeds under watch, items seen, alert rules, what they fired on and its deliveries (`watch/` holds the logic). */
export interface WatchStore {
  /** Adds a feed, due at once; a location already watched is returned as it is. */
  addFeed(location: string, kind: "url" | "folder", intervalSeconds: number, now: string): Promise<WatchedFeed>;
  listFeeds(): Promise<WatchedFeed[]>;
  removeFeed(location: string): Promise<boolean>;
  /** Feeds whose next poll is at or before `now`, earliest first. */
  dueFeeds(now: string): Promise<WatchedFeed[]>;
  updateFeed(id: number, update: FeedPollUpdate): Promise<void>;
  /** The keys (item links, file names) not seen before, in the order given. */
  unseenItems(keys: readonly string[]): Promise<string[]>;
  markSeen(feedId: number, keys: readonly string[], now: string): Promise<void>;
  /** Adds a rule, or replaces the one of that name (keeping what it fired on). */
  saveAlertRule(rule: StoredAlertRule): Promise<void>;
  listAlertRules(): Promise<StoredAlertRule[]>;
  removeAlertRule(name: string): Promise<boolean>;
  /**
   * Records that a rule fired on a key: a canonical event id, `story:<id>`, or a claim key.
   * `seenIn` is the event (or, for a story, the article) it was seen in. False when the rule
   * already fired on that key, or on an event or article that merges have since put under it.
   */
  recordFiring(ruleName: string, fireKey: string, seenIn: string | null, now: string): Promise<boolean>;
  addDelivery(delivery: { ruleName: string; fireKey: string; channel: string; target: string; payload: string; now: string }): Promise<void>;
  /** Pending deliveries whose next attempt is due. */
  dueDeliveries(now: string): Promise<AlertDelivery[]>;
  updateDelivery(id: number, update: { status: AlertDelivery["status"]; attempts: number; nextAttemptAt: string; lastError: string | null; now: string }): Promise<void>;
  /** Latest deliveries first, of one rule or all. */
  listDeliveries(ruleName: string | undefined, limit: number): Promise<AlertDelivery[]>;
}

/** The whole store: one interface per concern, plus what every store has. */
export interface Store extends ArticleStore, EventStore, ActorStore, ClaimStore, StoryStore, AggregateStore, WatchStore {
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
