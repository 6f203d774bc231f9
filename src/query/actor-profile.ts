import type { ActorDescription, ActorDictionary } from "../actors/index.js";
import { describeActor } from "../actors/index.js";
import type { ActorStore, StoredMention } from "../store/store.js";

/** An article that mentions the actor, with how often. */
export interface MentioningArticle {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly mentions: number;
}

/** `attache actor`: the dictionary's entries for a name or code, and the store's recent mentions. */
export interface ActorProfile {
  readonly query: string;
  /** What the dictionaries say: aliases and dated roles. */
  readonly known: readonly ActorDescription[];
  readonly mentions: readonly StoredMention[];
  readonly articles: readonly MentioningArticle[];
}

/** Counts mentions per article, in the order the mentions come (latest articles first). */
function articlesOf(mentions: readonly StoredMention[]): MentioningArticle[] {
  const byId = new Map<string, MentioningArticle>();
  for (const m of mentions) {
    const seen = byId.get(m.articleId);
    byId.set(m.articleId, { id: m.articleId, title: m.articleTitle, date: m.articleDate, mentions: (seen?.mentions ?? 0) + 1 });
  }
  return [...byId.values()];
}

/**
 * Builds an actor's profile: its dictionary entries (aliases, dated roles) and the latest
 * stored mentions of it, by id when the dictionary knows it, else by code or name.
 */
export async function actorProfile(store: ActorStore, dictionary: ActorDictionary, query: string, limit: number): Promise<ActorProfile> {
  const known = describeActor(dictionary, query);
  // The query itself finds mentions by code or name; the known ids add those resolved under another code that day.
  const keys = new Set([query.trim(), ...known.map((k) => k.id)]);
  const byPlace = new Map<string, StoredMention>();
  for (const key of keys) {
    for (const m of await store.findMentions(key, limit)) byPlace.set(`${m.articleId}:${m.start}`, m);
  }
  const mentions = [...byPlace.values()];
  mentions.sort((a, b) => (b.articleDate ?? "").localeCompare(a.articleDate ?? "") || a.articleId.localeCompare(b.articleId) || a.start - b.start);
  const recent = mentions.slice(0, limit);
  return { query, known, mentions: recent, articles: articlesOf(recent) };
}
