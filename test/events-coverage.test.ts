import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";
import { loadCoderKnowledge } from "../src/events/knowledge.js";

const knowledge = knowledgeWith([
  { code: "0354", verbs: ["agree to lift * sanction"] },
  { code: "142", verbs: ["stage * hunger strike"] },
  { code: "1041", verbs: ["demand * resignation"] },
  { code: "1822", verbs: ["torture"] },
  { code: "191", verbs: ["blockade"] },
  { code: "073", verbs: ["fly|send * medicine"] },
  { code: "154", nouns: ["deployment of * troop"] },
  { code: "010", verbs: ["announce", "say"] },
  { code: "190", nouns: ["attack"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Ruritania", "RUR", "RUR", "GPE"],
  ["Freedonia", "FRE", "FRE", "GPE"],
  ["Sylvania", "SYL", "SYL", "GPE"],
  ["Grand Fenwick", "GFW", "GFW", "GPE"],
  ["Ruritanian police", "RURCOP", "RUR", "ORG"],
  ["Ruritanian students", "RUREDU", "RUR", "GROUP"],
  ["Ruritanian president", "RURGOV", "RUR", "PERSON"],
  ["the opposition", "OPP", null, "GROUP"],
  ["troops", "MIL", null, "GROUP"],
];

const coded = (text: string): string[] =>
  codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), knowledge).map((e: CodedEvent) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();

test("three names in a row are a list even when what closes it is no name", () => {
  assert.deepEqual(coded("Ruritania agreed to lift sanctions on Freedonia, Sylvania, Grand Fenwick, and with conditions, the rest."), ["RUR>FRE 0354", "RUR>GFW 0354", "RUR>SYL 0354"]);
  // Two names with a comma are an apposition, not a list: only the first is the target.
  assert.deepEqual(coded("Ruritania agreed to lift sanctions on Freedonia, Sylvania's ally."), ["RUR>FRE 0354"]);
});

test("a deed with no target takes the target of the purpose it was done for, and its aim its leaf (hunger strike for a resignation: 1421)", () => {
  assert.deepEqual(coded("Ruritanian students staged a hunger strike to demand the resignation of the Ruritanian president."), ["RUREDU>RURGOV 1421"]);
});

test("a past tense the tagger took for a noun is read as the verb ('police tortured a man')", () => {
  assert.deepEqual(coded("Ruritanian police tortured the opposition leader."), ["RURCOP>RUROPP 1822"]);
  assert.deepEqual(coded("Ruritania blockaded the headquarters of the opposition."), ["RUR>RUROPP 191"]);
});

test("a measure phrase does not break a pattern's gap ('flew 10 tons of medicine into X')", () => {
  assert.deepEqual(coded("Ruritania flew 10 tons of medicine into Sylvania."), ["RUR>SYL 073"]);
});

test("an event noun announced by its doer is the event; beside a coded deed a bare noun is its circumstance", () => {
  assert.deepEqual(coded("Ruritania announced the deployment of 200 troops to Sylvania."), ["RUR>SYL 154"]);
  // The noun has no doer of its own, the clause's deed is the news.
  assert.deepEqual(coded("Ruritania blockaded Sylvania after the attack."), ["RUR>SYL 191"]);
});

test("a verb of another root done to an event noun wins over the noun's longer pattern", () => {
  const easing = knowledgeWith([
    { code: "081", verbs: ["ease * restriction"] },
    { code: "172", nouns: ["restriction on * movement of * worker"] },
  ]);
  const events = codeEvents(docWithActors("Ruritania eased some restrictions on the movement of aid workers.", ACTORS, { published: "2025-09-12" }), easing);
  assert.deepEqual(events.map((e) => e.cameo), ["081"]);
});

test("a hyphenated compound is one word of a gap, and 'sanctions imposed on X' hands on to X", () => {
  const lifting = knowledgeWith([{ code: "085", verbs: ["lift * sanction"] }]);
  const events = codeEvents(docWithActors("Ruritania will partially lift 2-year-old economic sanctions imposed on Sylvania.", ACTORS, { published: "2025-09-12" }), lifting);
  assert.deepEqual(events.map((e) => `${e.source}>${e.target} ${e.cameo}`), ["RUR>SYL 0354"]);
});

test("the one whose call or offer is rejected or demanded is the target ('calls by X', 'a X offer to host')", () => {
  const rejecting = knowledgeWith([
    { code: "120", verbs: ["reject"] },
    { code: "100", verbs: ["demand"] },
    { code: "043", verbs: ["host"] },
  ]);
  const code = (text: string): string[] => codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), rejecting).map((e) => `${e.source}>${e.target} ${e.cameo}`);
  assert.deepEqual(code("Ruritania rejected recent calls by Sylvania for economic aid."), ["RUR>SYL 120"]);
  assert.deepEqual(code("Ruritania demanded an immediate apology by Sylvania."), ["RUR>SYL 100"]);
  // The refused meeting (125) keeps the one who offered it as its target.
  assert.deepEqual(code("Ruritania rejected a Sylvania offer to host a summit."), ["RUR>SYL 125"]);
});

test("the subject is the head a participle phrase describes, and a quantity phrase joins a coordination", () => {
  const knowing = knowledgeWith([
    { code: "190", verbs: ["kill"] },
    { code: "046", verbs: ["hold * talk with"] },
    { code: "0874", nouns: ["withdrawal from"] },
  ]);
  const actors: readonly HandActor[] = [...ACTORS, ["Ruritanian aircraft", "RURMIL", "RUR", "GROUP"], ["missiles", "MIL", null, "GROUP"], ["deputies", "LEG", null, "GROUP"], ["Sylvanian leaders", "SYLGOV", "SYL", "GROUP"]];
  const code = (text: string): string[] => codeEvents(docWithActors(text, actors, { published: "2025-09-12" }), knowing).map((e) => `${e.source}>${e.target} ${e.cameo}`).sort();
  assert.deepEqual(code("Ruritanian aircraft using guided missiles killed four Sylvania soldiers."), ["RURMIL>SYL 190"]);
  // Both parties of the joint deed talk with the one after "with", not with each other.
  assert.deepEqual(code("Freedonia and a group of deputies held talks with Sylvanian leaders."), ["FRE>SYLGOV 046", "LEG>SYLGOV 046"]);
  // A verb of pace gives the event noun its doer.
  assert.deepEqual(code("Ruritania speeded up the withdrawal from Sylvania."), ["RUR>SYL 0874"]);
});

test("a deed told in a relative clause on a violent noun is background, even across 'it said'", () => {
  const complaining = knowledgeWith([
    { code: "114", verbs: ["complain to"] },
    { code: "195", nouns: ["air raid"] },
    { code: "190", verbs: ["kill"] },
  ]);
  const events = codeEvents(docWithActors("Ruritania complained to Freedonia over two Sylvanian air raids in which it said 20 people were killed.", ACTORS, { published: "2025-09-12" }), complaining);
  assert.deepEqual(events.map((e) => `${e.source}>${e.target} ${e.cameo}`), ["RUR>FRE 114"]);
});

test("a participle after a comma continues the finite verb, not the infinitive it governs", () => {
  const urging = knowledgeWith([{ code: "020", verbs: ["urge"] }, { code: "0841", verbs: ["release"] }, { code: "112", verbs: ["accuse"] }]);
  const events = codeEvents(docWithActors("Ruritania urged Freedonia to release the hostages, accusing Sylvania of delays.", ACTORS, { published: "2025-09-12" }), urging);
  assert.ok(events.some((e) => e.source === "RUR" && e.target === "SYL" && e.cameo === "112"), events.map((e) => `${e.source}>${e.target} ${e.cameo}`).join("; "));
});

test("a target that names no actor is reported by its words, compounds and gerunds included", () => {
  const deporting = knowledgeWith([{ code: "174", verbs: ["deport"] }, { code: "1711", verbs: ["seize"] }]);
  const words = (text: string): (string | null)[] => codeEvents(docWithActors(text, ACTORS, { published: "2025-09-12" }), deporting).map((e) => e.targetText);
  assert.deepEqual(words("Ruritania deported a 95-year-old man on Friday."), ["95-year-old man"]);
  assert.deepEqual(words("Ruritania seized all three pumping stations."), ["three pumping stations"]);
  assert.deepEqual(words("Ruritania seized their stations."), ["stations"]);
});

test("a share before 'of' is crossed by a gap ('suspended part of a military aid program')", () => {
  const suspending = knowledgeWith([{ code: "162", verbs: ["suspend * aid program"] }]);
  const events = codeEvents(docWithActors("Ruritania suspended part of a military aid program for Sylvania.", ACTORS, { published: "2025-09-12" }), suspending);
  assert.deepEqual(events.map((e) => `${e.source}>${e.target} ${e.cameo}`), ["RUR>SYL 162"]);
});

test("a people named right after another country's demonym is that country's ('Bosnian Serbs')", () => {
  const demanding = knowledgeWith([{ code: "190", verbs: ["attack"] }]);
  const actors: readonly HandActor[] = [["Ruritanian", "RUR", "RUR", "GROUP"], ["Sylvanians", "SYL", "SYL", "GROUP"], ["Freedonia", "FRE", "FRE", "GPE"]];
  const code = (text: string): string[] => codeEvents(docWithActors(text, actors, { published: "2025-09-12" }), demanding).map((e) => `${e.source}>${e.target} ${e.cameo}`);
  assert.deepEqual(code("Ruritanian Sylvanians attacked Freedonia."), ["RUR>FRE 190"]);
  // Apart, each keeps its own country.
  assert.deepEqual(code("Sylvanians attacked Freedonia."), ["SYL>FRE 190"]);
});

test("cutting tariffs eases sanctions; peacekeepers arriving are deployed, not visiting; handing over medicine is humanitarian aid", () => {
  const shipped = loadCoderKnowledge();
  const run = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), shipped).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo}`).sort();
  assert.deepEqual(run("Ruritania cut tariffs on Sylvania."), ["RUR>SYL 085"]);
  assert.deepEqual(run("Ruritania rolled back tariffs on Sylvania."), ["RUR>SYL 085"]);
  assert.deepEqual(run("Ruritania's peacekeepers arrived in Sylvania."), ["RUR>SYL 074"]);
  assert.deepEqual(run("Ruritania handed over 700 kg of medicine to Sylvania."), ["RUR>SYL 073"]);
  assert.deepEqual(run("Ruritania evacuated the wounded from Sylvania."), ["RUR>SYL 073"]);
});

test("a specific code of a root said within its general pattern's words gives the deed its code ('provided 5 million dollars of aid' 071)", () => {
  const aid = knowledgeWith([{ code: "070", verbs: ["provide * aid"] }, { code: "071", verbs: ["provide * dollar"] }]);
  const run = (text: string): string[] => codeEvents(docWithActors(text, ACTORS), aid).map((e) => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.rule.split("@")[0]}`).sort();
  // The general match's span and rule stay; its code is the specific one.
  assert.deepEqual(run("Ruritania provided 5 million dollars of aid to Sylvania."), ["RUR>SYL 071 070"]);
  assert.deepEqual(run("Ruritania provided aid to Sylvania."), ["RUR>SYL 070 070"]);
});
