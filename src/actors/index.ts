/**
 * Actors: the dictionary (data/actors/ + world-countries + user `--dict` folders), the
 * matcher that finds mentions in an article, their resolution to CAMEO codes on the article's
 * date, and coreference within the article.
 *
 * - `loadActorDictionary({ userDirs })` — the dictionary, built once per set of folders.
 * - `createActorStage(dictionary)` — the "mentions" pipeline stage (needs the tokens layer).
 * - `findMentions(doc, dictionary)` — the same, as a plain function.
 * - `mentionAt(doc, offset)`, `mentionsIn(doc, start, end)` — mentions at a place in the text.
 * - `resolvePronoun(doc, tokenIndex)` — what "he", "it", "they", "the country", "the two
 *   countries" refer to: the latest compatible mentions with an actor.
 * - `describeActor(dictionary, nameOrCode)` — names and roles over time, for `attache actor`.
 * - `codeOn(actor, day)` — an actor's code on a day (dated roles).
 * - `importPetrarch(texts)` — PETRARCH/Phoenix dictionaries as records of our formats.
 */
export type { ActorDictionary, ActorEntry, NameTarget, RoleNoun } from "./dictionary.js";
export { loadActorDictionary } from "./load.js";
export type { LoadOptions } from "./load.js";
export { createActorStage, findMentions } from "./stage.js";
export { mentionAt, mentionsIn, resolvePronoun } from "./references.js";
export { describeActor } from "./describe.js";
export type { ActorDescription } from "./describe.js";
export { codeOn, roleOn } from "./dated-codes.js";
export { importPetrarch } from "./petrarch.js";
export type { ImportedDictionary } from "./petrarch.js";
