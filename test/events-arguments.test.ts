import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";

const knowledge = knowledgeWith([
  { code: "0312", verbs: ["agree to hold * exercise"] },
  { code: "046", verbs: ["resume * talk"], nouns: ["talk"] },
  { code: "064", verbs: ["share * information"] },
  { code: "190", verbs: ["attack"] },
  { code: "130", verbs: ["threaten"] },
  { code: "0331", verbs: ["agree to lend"] },
  { code: "191", verbs: ["impose * blockade"] },
  { code: "190", nouns: ["shelling"] },
  { code: "1044", verbs: ["demand * autonomy"] },
  { code: "0872", verbs: ["lift * blockade"] },
  { code: "0874", verbs: ["withdraw * of * troop"] },
  { code: "120", verbs: ["reject"] },
  { code: "0331", nouns: ["offer of * aid"] },
  { code: "195", nouns: ["air strike"] },
  { code: "193", verbs: ["kill"] },
  { code: "114", verbs: ["summon * ambassador", "complain"] },
  { code: "0841", verbs: ["release|free"] },
  { code: "1711", verbs: ["seize"] },
  { code: "010", verbs: ["say"] },
  { code: "1831", nouns: ["suicide bombing"] },
  { code: "112", verbs: ["accuse"] },
  { code: "0842", verbs: ["return * property"] },
  { code: "141", verbs: ["protest"] },
  { code: "142", verbs: ["begin * hunger strike"] },
  { code: "144", verbs: ["block * road"] },
  { code: "192", nouns: ["invasion"] },
  { code: "141", nouns: ["rally"] },
  { code: "170", verbs: ["prevent"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Ruritanian", "RUR", "RUR", "GPE"],
  ["Freedonian", "FRE", "FRE", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
  ["Sylvanian", "SYL", "SYL", "GPE"],
  ["Zenda", "SYL", "SYL", "GPE"],
  ["Strelsau", "RUR", "RUR", "GPE"],
  ["Ruritanian authorities", "RURGOV", "RUR", "GROUP"],
  ["Sylvanian Union", "SYLUN", "SYL", "ORG"],
  ["the rebels", "REB", null, "GROUP"],
  ["President Rudolf", "RURGOV", "RUR", "PERSON"],
  ["Ivan Orlov", null, null, "PERSON"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();

test("a joint deed of coordinated actors is coded both ways", () => {
  assert.deepEqual(coded("Ruritania and Freedonia resumed border talks on Monday."), ["FRE>RUR 046", "RUR>FRE 046"]);
  // Two actors with one code make one dyad, so one event.
  assert.deepEqual(coded("Ruritania and Strelsau resumed border talks on Monday."), ["RUR>RUR 046"]);
});

test("what a joint agreement is about is no party to it", () => {
  assert.deepEqual(coded("Ruritania and Freedonia shared information on Sylvania."), ["FRE>RUR 064", "RUR>FRE 064"]);
  // The adjective of one party ("Ruritanian") is not a third party either.
  assert.deepEqual(coded("Ruritania and Freedonia resumed talks on a Ruritanian pullback."), ["FRE>RUR 046", "RUR>FRE 046"]);
});

test("'talks between X and Y' go both ways", () => {
  assert.deepEqual(coded("The talks between Ruritania and Freedonia went well."), ["FRE>RUR 046", "RUR>FRE 046"]);
});

test("a deed that is not joint keeps its direction, and a joint attack keeps its target", () => {
  assert.deepEqual(coded("Ruritania and Freedonia threatened Sylvania."), ["FRE>SYL 130", "RUR>SYL 130"]);
  assert.deepEqual(coded("Ruritania and Freedonia attacked Sylvania."), ["FRE>SYL 190", "RUR>SYL 190"]);
});

test("a target further on in the clause: 'to X' after an object, a place where the deed is done", () => {
  assert.deepEqual(coded("Ruritania agreed to lend up to $2 billion in loans to Sylvania."), ["RUR>SYL 0331"]);
  assert.deepEqual(coded("Ruritania imposed a naval blockade in the port city of Zenda on Monday."), ["RUR>SYL 191"]);
  assert.deepEqual(coded("Now the rebels are demanding autonomy for the south of the country from Ruritanian authorities."), ["REB>RURGOV 1044"]);
});

test("the clause-wide target stops at a clause boundary and never makes an event of a place alone", () => {
  // "where" opens another clause: Sylvania is not the blockade's target.
  assert.deepEqual(coded("Ruritania imposed a blockade, which Freedonia condemned in Sylvania."), ["RUR>- 191"]);
  // A deed with no doer told in a place is not an event against the place.
  assert.deepEqual(coded("Two men were killed in the shelling in Sylvania."), []);
});

test("the source's own country is the clause target only when no other actor is named", () => {
  assert.deepEqual(coded("Ruritania imposed a blockade on ships in Strelsau."), ["RUR>RUR 191"]);
  assert.deepEqual(coded("Ruritania imposed a blockade on ships from Strelsau to Sylvania."), ["RUR>SYL 191"]);
});

test("a possessive pronoun inside the object owns it and is not the target", () => {
  assert.deepEqual(coded("Ruritania lifted its blockade of Sylvania."), ["RUR>SYL 0872"]);
  assert.deepEqual(coded("Ruritania began withdrawing some of its troops from Sylvania on Monday."), ["RUR>SYL 0874"]);
});

test("an event noun after a coded deed is what the deed is about, not another event", () => {
  assert.deepEqual(coded("Ruritania rejected a Freedonian offer of food aid."), ["RUR>FRE 120"]);
  // Before the deed, the noun is its doer and stays.
  assert.deepEqual(coded("Ruritanian air strikes killed ten soldiers in Sylvania."), ["RUR>- 195", "RUR>SYL 193"]);
  // A noun naming both its parties is news of its own.
  assert.deepEqual(coded("Ruritania rejected the offer, on the eve of talks between Freedonia and Sylvania."), ["FRE>SYL 046", "RUR>- 120", "SYL>FRE 046"]);
  // Past a clause break, the noun is news of its own: the deed is not about it.
  assert.deepEqual(coded("Ruritania summoned the Sylvanian ambassador, a day after Sylvanian air strikes on Strelsau."), ["RUR>SYL 114", "SYL>RUR 195"]);
});

test("an infinitive of purpose after a coded deed says why it was done and is no event of its own", () => {
  assert.deepEqual(coded("Ruritania summoned the Freedonian ambassador to complain about the raid."), ["RUR>FRE 114"]);
  // A governed infinitive is the deed itself, not a purpose ("agreed to").
  assert.deepEqual(coded("Ruritania agreed to lend money to Sylvania."), ["RUR>SYL 0331"]);
  // After a clause boundary the infinitive is no purpose of the deed before it.
  assert.deepEqual(coded("Ruritania summoned the Freedonian ambassador; Sylvania agreed to lend money to Freedonia."), ["RUR>FRE 114", "SYL>FRE 0331"]);
});

test("a participle describing a noun after the sentence's deed is no event of its own", () => {
  assert.deepEqual(coded("Ruritania returned the property seized by Freedonian soldiers in May."), ["RUR>- 0842"]);
  assert.deepEqual(coded("Ruritania attacked the rebels protesting in Zenda."), ["RUR>RURREB 190"]);
  // A clause of its own ("that X held") is not a reduced relative.
  assert.deepEqual(coded("Ruritania said that Freedonia attacked Sylvania."), ["FRE>SYL 190"]);
});

test("a relative clause after the coded deed tells background, even with its own doer", () => {
  assert.deepEqual(coded("Ruritania returned the property to Freedonia, which had attacked Sylvania in May."), ["RUR>FRE 0842"]);
  // Without a deed in the main clause, the relative clause is the news.
  assert.deepEqual(coded("The reporters met Freedonia, which had attacked Sylvania in May."), ["FRE>SYL 190"]);
});

test("what a statement speaks of is not its target", () => {
  assert.deepEqual(coded("Ruritania said the trade in Sylvania would grow."), ["RUR>- 010"]);
});

test("a determiner after 'and' still coordinates ('Ruritania and the Sylvanian Union')", () => {
  assert.deepEqual(coded("Ruritania and the Sylvanian Union resumed talks."), ["RUR>SYLUN 046", "SYLUN>RUR 046"]);
});

test("an abbreviation in brackets after the subject does not hide it", () => {
  assert.deepEqual(coded("The Sylvanian Union (SU) has accused Ruritania of lying."), ["SYLUN>RUR 112"]);
});

test("the agent after 'by' may open with a determiner and modifiers", () => {
  assert.deepEqual(coded("Sylvania was attacked by the senior Ruritanian authorities."), ["RURGOV>SYL 190"]);
});

test("a violent deed told by its outcome takes the code of the means named beside it", () => {
  assert.deepEqual(coded("Ruritania attacked Sylvania in a suicide bombing."), ["RUR>SYL 1831"]);
  // Before the verb, the means is the subject and brings its own actors.
  assert.deepEqual(coded("Ruritanian air strikes on Sylvania attacked two border posts."), ["RUR>SYL 195"]);
});

test("a subject placed 'in' a place is the actor, not the place", () => {
  assert.deepEqual(coded("Ruritanian authorities in Zenda attacked Freedonia on Monday."), ["RURGOV>FRE 190"]);
  // A place alone before the verb is still the subject.
  assert.deepEqual(coded("Ruritania attacked Freedonia on Monday."), ["RUR>FRE 190"]);
});

test("'in protest of X', 'in defiance of X' lead to the one opposed, over the place where it is done", () => {
  assert.deepEqual(coded("Now the rebels began a hunger strike in Zenda in protest of the Ruritanian authorities' decision."), ["REB>RURGOV 142"]);
  assert.deepEqual(coded("Now the rebels blocked roads in Strelsau in defiance of Ruritanian authorities."), ["REB>RURGOV 144"]);
  // Without the stance the place where the deed is done stays its target.
  assert.deepEqual(coded("Now the rebels blocked roads in Strelsau."), ["REB>RUR 144"]);
});

test("a hyphenated modifier between an event noun and its owner hides neither; only '-led' makes an owner of a name", () => {
  assert.deepEqual(coded("Ruritania mounted its long-threatened invasion of Sylvania on Monday."), ["RUR>SYL 192"]);
  assert.deepEqual(coded("A Ruritanian-led invasion of Sylvania began on Monday."), ["RUR>SYL 192"]);
  // What a country inspired or made is not its deed.
  assert.ok(!coded("Freedonian-inspired rallies against Sylvania spread on Monday.").some((e) => e.startsWith("FRE>")));
});

test("a person or body of the source's own country named as a possessor in the object is the target", () => {
  assert.deepEqual(coded("Ruritanian authorities rejected President Rudolf's remarks on Monday."), ["RURGOV>RURGOV 120"]);
  // The source's own places and possessive pronouns are still passed over.
  assert.deepEqual(coded("Ruritania rejected Strelsau's offer of talks with Sylvania."), ["RUR>SYL 125"]);
});

test("an object's deed told by a participle and 'by X' leads to X ('the march staged by X')", () => {
  assert.deepEqual(coded("Ruritanian authorities prevented the march staged by Sylvania on Monday."), ["RURGOV>SYL 170"]);
  // Without the agent the object names no one.
  assert.deepEqual(coded("Ruritanian authorities prevented the march on Monday."), ["RURGOV>- 170"]);
});

test("a pronoun that refers to the source is no target, even when neither has a code", () => {
  const sides = (text: string): string[] => codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e) => `${e.sourceText}>${e.targetText} ${e.cameo}`);
  assert.deepEqual(sides("Ivan Orlov said Sylvania accused him."), ["Sylvania>Ivan Orlov 112"]);
  assert.deepEqual(sides("Ivan Orlov rejected him on Monday."), ["Ivan Orlov>null 120"]);
});
