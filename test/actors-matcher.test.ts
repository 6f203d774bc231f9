// The matcher on sentences written for it: case, possessives, hyphens, acronyms and noun
// phrases with modifiers and roles, and their near misses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorDictionary } from "../src/actors/index.js";
import { mentionNamed, mentionsOf, writeDictionary } from "./helpers/actors.js";

const codeOf = (text: string, sentence: string): string | null | undefined => mentionNamed(mentionsOf(sentence), text)?.actor?.code ?? (mentionNamed(mentionsOf(sentence), text) ? null : undefined);

test("US the country, us the pronoun", () => {
  const mentions = mentionsOf("The US told us that it would wait.");
  assert.deepEqual(mentions.map((m) => [m.text, m.actor?.code]), [["US", "USA"]]);
});

test("Turkey the country, turkey the bird", () => {
  assert.equal(codeOf("Turkey", "Turkey closed its border."), "TUR");
  assert.deepEqual(mentionsOf("They ate turkey for dinner.").map((m) => m.text), []);
});

test("acronyms match only in capitals", () => {
  assert.equal(codeOf("NATO", "NATO met in Vilnius."), "IGOWSTNAT");
  assert.equal(mentionsOf("he said who would go").length, 0);
});

test("a demonym, a role and a name are one mention", () => {
  const mentions = mentionsOf("Belarusian President Alexander Lukashenko met Russian President Vladimir Putin.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [
    ["Belarusian President Alexander Lukashenko", "PERSON", "BLRGOV"],
    ["Russian President Vladimir Putin", "PERSON", "RUSGOV"],
  ]);
});

test("a possessor gives its country to the role after it", () => {
  const mentions = mentionsOf("Trump's envoy Jan Kowalczyk arrived.");
  assert.equal(mentionNamed(mentions, "Trump")?.actor?.code, "USAGOV");
  const envoy = mentionNamed(mentions, "envoy Jan Kowalczyk");
  assert.equal(envoy?.actor?.code, "USAGOV");
  assert.equal(envoy?.via, "possessor");
});

test("demonym or country with a role noun: country plus sector", () => {
  assert.equal(codeOf("Russian drones", "Poland shot down Russian drones."), "RUSMIL");
  assert.equal(codeOf("Belarusian opposition", "The Belarusian opposition protested."), "BLROPP");
  assert.equal(codeOf("US Embassy", "They reopened the US Embassy in Minsk."), "USAGOV");
  // "US sanctions": the mention is the US, acting as its government.
  assert.equal(codeOf("US", "The lifting of US sanctions on Belavia."), "USAGOV");
});

test("possessives and hyphenated compounds keep the name apart", () => {
  const mentions = mentionsOf("Lukashenko's aide praised the US-brokered deal.");
  assert.equal(mentionNamed(mentions, "Lukashenko")?.actor?.code, "BLRGOV");
  assert.equal(mentionNamed(mentions, "US")?.actor?.code, "USA");
});

test("capitals stand for the government, except as places", () => {
  const mentions = mentionsOf("Washington wants to reopen its embassy in Minsk.");
  assert.equal(mentionNamed(mentions, "Washington")?.actor?.code, "USAGOV");
  assert.equal(mentionNamed(mentions, "Minsk")?.actor?.code, "BLR");
  assert.equal(codeOf("Kremlin", "The Kremlin denied it."), "RUSGOV");
  assert.equal(codeOf("Pentagon", "The Pentagon confirmed it."), "USAMIL");
});

test("an unknown name with a role appositive is a person with that role's sector", () => {
  const mentions = mentionsOf("Yan Auseyushkin, a Warsaw-based analyst, believes it.");
  const yan = mentionNamed(mentions, "Yan Auseyushkin");
  assert.equal(yan?.type, "PERSON");
  assert.equal(yan?.actor?.sector, "CVL");
  assert.ok(!yan?.actor?.code.endsWith("GOV"));
  assert.equal(mentionNamed(mentions, "Warsaw")?.actor?.code, "POL");
});

test("a known surname inside another name is not the known person", () => {
  const mentions = mentionsOf("Melania Trump visited a school.");
  const melania = mentionNamed(mentions, "Melania Trump");
  assert.equal(melania?.type, "PERSON");
  assert.notEqual(melania?.actor?.id, "donald-trump");
});

test("unknown names are typed by their words", () => {
  const mentions = mentionsOf("Acme Widgets Inc. hired staff near the Volga River, said Pyotr Ilyin of the Ministry of Transport.");
  assert.equal(mentionNamed(mentions, "Acme Widgets Inc.")?.type, "ORG");
  assert.equal(mentionNamed(mentions, "Volga River")?.type, "LOC");
  assert.equal(mentionNamed(mentions, "Pyotr Ilyin")?.type, "PERSON");
  assert.equal(mentionNamed(mentions, "Ministry of Transport")?.type, "ORG");
});

test("rights groups and companies", () => {
  const mentions = mentionsOf("Rights groups say Belavia resumed flights.");
  assert.equal(mentionNamed(mentions, "Rights groups")?.actor?.code, "HRI");
  assert.equal(mentionNamed(mentions, "Belavia")?.actor?.code, "BLRBUS");
});

test("a singular role noun before a noun is no mention", () => {
  assert.equal(mentionNamed(mentionsOf("The prisoner release went ahead."), "prisoner"), undefined);
});

test("a demonym opening an institution's name gives it its country", () => {
  const mentions = mentionsOf("The Belarusian Supreme Court upheld the sentence.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [["Belarusian Supreme Court", "ORG", "BLRJUD"]]);
});

test("names listed with a spaced hyphen or '&' stay apart", () => {
  const mentions = mentionsOf("Guests: Oliver Stone - Cameron Diaz, and Western Reds Rugby League & West Coast Eagles.");
  assert.ok(mentions.some((m) => m.text === "Cameron Diaz"));
  assert.ok(!mentions.some((m) => m.text.includes("&")));
});

test("a country's name spelled like its demonym is the country; a place after a role is no one's name", () => {
  assert.equal(mentionNamed(mentionsOf("Talks on Gibraltar began."), "Gibraltar")?.type, "GPE");
  const mentions = mentionsOf("Officials met at the official Kent house.");
  assert.equal(mentionNamed(mentions, "Kent")?.actor?.code, "GBR");
  assert.equal(mentionNamed(mentions, "official Kent"), undefined);
});

test("an ambiguous name is settled by a country the article names, else reported with candidates", () => {
  const dictionary = loadActorDictionary({
    userDirs: [writeDictionary({
      "actors/people/namesakes.yaml": [
        "- { id: anna-zbrojewska-pol, name: Anna Zbrojewska, aliases: [Zbrojewska], country: POL, roles: [{ code: POLGOV, title: Minister, from: 2020-01-01 }] }",
        "- { id: anna-zbrojewska-cze, name: Anna Zbrojewska-Novotna, aliases: [Zbrojewska], country: CZE, roles: [{ code: CZEGOV, title: Minister, from: 2020-01-01 }] }",
      ].join("\n"),
    })],
  });
  const alone = mentionNamed(mentionsOf("Zbrojewska spoke on Monday.", "2024-05-01", dictionary), "Zbrojewska");
  assert.equal(alone?.actor, null);
  assert.deepEqual(alone?.candidates?.map((c) => c.code).sort(), ["CZEGOV", "POLGOV"]);
  const inContext = mentionNamed(mentionsOf("Zbrojewska spoke in Prague. The Czech Republic agreed.", "2024-05-01", dictionary), "Zbrojewska");
  assert.equal(inContext?.actor?.code, "CZEGOV");
});

test("a name with no known given name is kept when the words around it say it is a person", () => {
  assert.equal(mentionNamed(mentionsOf("Wojslaw Brzeczyszczykiewicz said the vote was rigged."), "Wojslaw Brzeczyszczykiewicz")?.type, "PERSON");
  // Nor an ending of family names (-wicz, -ski): then it is too weak a guess to keep.
  assert.equal(mentionNamed(mentionsOf("The vote, as Wojslaw Brzechwa knows, was rigged."), "Wojslaw Brzechwa"), undefined);
});
