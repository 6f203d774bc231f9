import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../src/document.js";
import { codeEvents } from "../src/events/coder.js";
import { docWithActors, timeAt } from "./helpers/event-docs.js";
import type { HandActor } from "./helpers/event-docs.js";
import { knowledgeWith } from "./helpers/test-coder.js";
import { parsePatternText, patternRecordSchema } from "../src/events/pattern-schema.js";
import { assertSpansResolve } from "./helpers/spans.js";

const knowledge = knowledgeWith([
  { code: "190", verbs: ["attack", "shoot|shot down"], nouns: ["attack on|against", "invasion of"] },
  { code: "112", verbs: ["accuse"] },
  { code: "0841", verbs: ["release|free * prisoner|detainee", "release|free"], nouns: ["release of"] },
  { code: "0253", verbs: ["urge * release of"] },
  { code: "042", verbs: ["visit"], nouns: ["visit to"] },
  { code: "040", verbs: ["hold * talk with"], nouns: ["talk with"] },
  { code: "045", verbs: ["broker * peace deal|agreement between"] },
  { code: "062", nouns: ["joint * military exercise"] },
  { code: "085", verbs: ["lift|ease * sanction"], nouns: ["lifting of * sanction on"] },
  { code: "010", verbs: ["say", "sign * letter"] },
]);

const ACTORS: readonly HandActor[] = [
  ["Russia", "RUS", "RUS"],
  ["Russian", "RUS", "RUS"],
  ["Ukraine", "UKR", "UKR"],
  ["Belarus", "BLR", "BLR"],
  ["Minsk", "BLR", "BLR"],
  ["Poland", "POL", "POL"],
  ["Israel", "ISR", "ISR"],
  ["Iran", "IRN", "IRN"],
  ["US", "USA", "USA"],
  ["Trump", "USAGOV", "USA"],
  ["Coale", "USAGOV", "USA"],
  ["Lukashenko", "BLRGOV", "BLR"],
  ["Putin", "RUSGOV", "RUS"],
  ["Armenia", "ARM", "ARM"],
  ["Azerbaijan", "AZE", "AZE"],
  ["political prisoners", "CVL", null, "GROUP"],
];

const brief = (e: CodedEvent): string => `${e.source ?? "-"}>${e.target ?? "-"} ${e.cameo} ${e.modality}`;

function code(text: string, extra: Parameters<typeof docWithActors>[2] = {}): CodedEvent[] {
  const doc = docWithActors(text, ACTORS, { published: "2025-09-12", ...extra });
  const events = codeEvents(doc, knowledge);
  assertSpansResolve({ ...doc, layers: { ...doc.layers, events } });
  return events;
}

test("an active verb: subject is the source, object the target", () => {
  assert.deepEqual(code("Russia attacked Ukraine.").map(brief), ["RUS>UKR 190 asserted"]);
});

test("a passive with 'by X': the agent is the source, the subject the target", () => {
  assert.deepEqual(code("Israel was accused by Iran of spying.").map(brief), ["IRN>ISR 112 asserted"]);
});

test("a passive without an agent keeps the source empty rather than inventing one", () => {
  const events = code("Lukashenko was freed on Monday.");
  assert.deepEqual(events.map(brief), ["->BLRGOV 0841 asserted"]);
  assert.equal(events[0]!.sourceText, null);
});

test("an event needs a known actor: a predicate alone codes nothing", () => {
  assert.deepEqual(code("The release of prisoners occurred a day later.").map(brief), []);
});

test("coordinated subjects acting jointly make an event each way between them", () => {
  assert.deepEqual(code("Russia and Belarus began joint military exercises.").map(brief), ["RUS>BLR 062 asserted", "BLR>RUS 062 asserted"]);
});

test("'between X and Y' gives one event per target", () => {
  assert.deepEqual(code("Trump brokered a peace deal between Armenia and Azerbaijan.").map(brief), ["USAGOV>ARM 045 asserted", "USAGOV>AZE 045 asserted"]);
});

test("a coordinated verb phrase takes the first verb's subject", () => {
  assert.deepEqual(code("Trump held talks with Putin and brokered a peace deal between Armenia and Azerbaijan.").map(brief), [
    "USAGOV>RUSGOV 040 asserted",
    "USAGOV>ARM 045 asserted",
    "USAGOV>AZE 045 asserted",
  ]);
});

test("a participle clause takes the main clause's subject and addressee", () => {
  const events = code("Trump signed a letter to Lukashenko, urging the release of political prisoners.");
  assert.deepEqual(events.map(brief), ["USAGOV>BLRGOV 0253 asserted"]);
});

test("a possessor is the source of an event noun, 'to X' its target, 'in X' its place", () => {
  const events = code("Coale's visit to Minsk was brief.");
  assert.deepEqual(events.map(brief), ["USAGOV>BLR 042 asserted"]);
  const placed = code("Trump held talks with Putin in Helsinki.");
  assert.equal(placed[0]!.location, "Helsinki");
});

test("a modifier inside an event noun is its source: 'the lifting of US sanctions on Belarus'", () => {
  assert.deepEqual(code("They discussed the lifting of US sanctions on Belarus.").map(brief), ["USA>BLR 085 asserted"]);
});

test("reported speech: the claimed deed is coded, reported", () => {
  assert.deepEqual(code("Poland claimed to have shot down Russian drones.").map(brief), ["POL>RUS 190 reported"]);
});

test("a bare statement is dropped when what was said is coded", () => {
  assert.deepEqual(code("Russia attacked Ukraine, Trump said.").map(brief), ["RUS>UKR 190 asserted"]);
  assert.deepEqual(code("Trump said nothing to Putin.").map(brief), ["USAGOV>RUSGOV 010 asserted"]);
});

test("the event's date is the time in its clause, else the publication date", () => {
  const text = "Lukashenko freed 52 political prisoners on September 11th.";
  const dated = code(text, { times: [timeAt(text, "September 11th", "2025-09-11")] });
  assert.deepEqual(dated.map((e) => [e.date, e.datePrecision]), [["2025-09-11", "day"]]);
  const since = "Lukashenko freed political prisoners since July 2021.";
  const undated = code(since, { times: [timeAt(since, "July 2021", "2021-07", { from: "2021-07" })] });
  assert.deepEqual(undated.map((e) => [e.date, e.datePrecision]), [["2025-09-12", "publication"]]);
});

test("a title-cased headline is not coded", () => {
  assert.deepEqual(code("Russia Attacks Ukraine Again\nRussia attacked Ukraine.").map((e) => e.sentence), [1]);
});

test("every event carries its code's name, root, QuadClass, Goldstein score, PLOVER type and rule", () => {
  const [event] = code("Russia attacked Ukraine.");
  assert.ok(event);
  assert.equal(event.cameoName, "Use conventional military force");
  assert.equal(event.root, "19");
  assert.equal(event.quad, 4);
  assert.equal(event.goldstein, -10);
  assert.equal(event.plover, "ASSAULT");
  assert.equal(event.rule, "190@test-patterns.yaml:1:v0");
  assert.deepEqual(event.evidence, [7, 15]);
});

test("the ontology: every CAMEO code with root, QuadClass and Goldstein score, and the PLOVER crosswalk", () => {
  const { ontology } = knowledge;
  assert.ok(ontology.codes.length > 280, `${ontology.codes.length} codes`);
  const crosswalk = Object.fromEntries(["0841", "085", "036", "042", "062", "190", "195", "020", "010"].map((c) => [c, ontology.cameo(c)?.plover]));
  assert.deepEqual(crosswalk, { "0841": "RETREAT", "085": "RETREAT", "036": "AGREE", "042": "CONSULT", "062": "COOPERATE", "190": "ASSAULT", "195": "ASSAULT", "020": "REQUEST", "010": "" });
  assert.deepEqual(["01", "05", "06", "08", "09", "13", "14", "20"].map((root) => ontology.cameo(root)?.quad), [1, 1, 2, 2, 3, 3, 4, 4]);
  assert.equal(ontology.cameo("19")?.code, "190");
  assert.equal(ontology.ploverTypes.length, 16);
  assert.ok(ontology.ploverContexts.includes("human_rights"));
});

test("a pattern that is not words, a|b, [word], * or $T is refused with its reason", () => {
  assert.equal(typeof parsePatternText("release|free * prisoner"), "object");
  assert.match(String(parsePatternText("* release")), /starts with a required word/);
  assert.match(String(parsePatternText("release (prisoner)")), /not a word/);
  assert.equal(patternRecordSchema.safeParse({ code: "0841", verbs: ["free"] }).success, true);
  assert.equal(patternRecordSchema.safeParse({ code: "841x", verbs: ["free"] }).success, false);
  assert.equal(patternRecordSchema.safeParse({ code: "0841" }).success, false);
});
