import type { ArticleId, Claim, Document, PublishedDate } from "../document.js";
import type { StoredEvent, Store } from "../store/store.js";
import type { ArticleView } from "./match-rule.js";
import { articleMatches, claimMatches, eventMatches } from "./match-rule.js";
import type { AlertRule, RuleKind } from "./rules.js";
import { ruleKindOf } from "./rules.js";

/** A stored article as rules see it: its words, claims, story and latest events. */
export interface ArticleContext {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly published: PublishedDate | null;
  readonly story: string | null;
  readonly view: ArticleView;
  readonly events: readonly StoredEvent[];
}

/** What a webhook receives, and what a log line is made from. */
export interface AlertPayload {
  readonly rule: string;
  /** The canonical event, claim or story the rule fired on: it fires on each at most once. */
  readonly key: string;
  readonly kind: RuleKind;
  readonly event: {
    readonly id: string; readonly canonical: string | null; readonly source: string | null; readonly target: string | null;
    readonly cameo: string; readonly cameoName: string; readonly plover: string; readonly modality: string;
    readonly goldstein: number; readonly date: string | null; readonly evidence: string;
  } | null;
  readonly claim: { readonly text: string; readonly subject: string; readonly value: number; readonly attributedTo: string | null } | null;
  readonly article: { readonly id: string; readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly published: string | null; readonly story: string | null };
}

/** One thing a rule fires on, with the stored event (or story article) it was seen in, to find it again after merges. */
export interface Firing {
  readonly seenIn: string | null;
  readonly payload: AlertPayload;
}

/** Reads a stored article's context for the rules (null when it is gone). */
export async function articleContextOf(store: Store, id: ArticleId, doc?: Document): Promise<ArticleContext | null> {
  const document = doc ?? (await store.getArticle(id))?.document;
  if (!document) return null;
  const events = await store.findEvents({ articleId: id });
  const story = (await store.storyEntryOf(id))?.story ?? null;
  const { meta } = document;
  return {
    id, title: meta.title, url: meta.url, source: meta.source, published: meta.published, story, events,
    view: { title: meta.title, text: document.text, claims: document.layers.claims ?? [] },
  };
}

/** A figure is new when no article has given it before: the same subject, comparator and value from another outlet is not. */
const claimKeyOf = (c: Claim): string => `claim:${c.subject.toLowerCase().replace(/\s+/g, " ")}:${c.comparator}:${c.value}`;

/**
 * What a rule fires on in one article, each once: a matching event's canonical event (its own
 * id until stories place it), a figure not given before, or (a query alone) the story.
 */
export function firingsOf(rule: AlertRule, ctx: ArticleContext): Firing[] {
  if (!articleMatches(rule, ctx.view)) return [];
  const article = { id: ctx.id, title: ctx.title, url: ctx.url, source: ctx.source, published: ctx.published?.value ?? null, story: ctx.story };
  const base = { rule: rule.name, article, event: null, claim: null };
  const kind = ruleKindOf(rule);
  const byKey = new Map<string, Firing>();
  if (kind === "event") {
    for (const e of ctx.events) {
      if (!eventMatches(rule, e)) continue;
      const key = e.canonical ?? e.id;
      if (byKey.has(key)) continue;
      const event = {
        id: e.id, canonical: e.canonical, source: e.source, target: e.target, cameo: e.cameo, cameoName: e.cameoName,
        plover: e.plover, modality: e.modality, goldstein: e.goldstein, date: e.date, evidence: e.evidenceText,
      };
      byKey.set(key, { seenIn: e.id, payload: { ...base, key, kind, event } });
    }
  } else if (kind === "claim") {
    for (const c of ctx.view.claims) {
      if (!claimMatches(rule, c)) continue;
      const key = claimKeyOf(c);
      if (!byKey.has(key)) byKey.set(key, { seenIn: null, payload: { ...base, key, kind, claim: { text: c.text, subject: c.subject, value: c.value, attributedTo: c.attributedTo } } });
    }
  } else {
    const key = `story:${ctx.story ?? ctx.id}`;
    byKey.set(key, { seenIn: ctx.id, payload: { ...base, key, kind } });
  }
  return [...byKey.values()];
}

/** One line for a person: rule, what happened, where it was read. */
export function describeFiring(p: AlertPayload): string {
  const where = `${p.article.title ?? p.article.id}${p.article.source ? ` (${p.article.source})` : ""}`;
  if (p.event) {
    const e = p.event;
    return `[${p.rule}] ${e.date ?? "undated"} ${e.source ?? "?"} → ${e.target ?? "?"} ${e.cameo} ${e.plover} ${e.modality}: “${e.evidence}” — ${where}`;
  }
  if (p.claim) return `[${p.rule}] claim: “${p.claim.text}” — ${where}`;
  return `[${p.rule}] story: ${where}`;
}
