// Names no dictionary knows, on sentences written for these tests: where a name starts and
// ends, and whether it is a person, an organisation or a place, by the cues of English naming.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../src/document.js";
import { mentionsOf } from "./helpers/actors.js";

/** Each mention as [text, type], with the name inside it when that is not the whole mention. */
const shown = (mentions: readonly Mention[], text: string): (string | undefined)[][] =>
  mentions.map((m) => (m.name && (m.name.start !== m.start || m.name.end !== m.end) ? [m.text, m.type, text.slice(m.name.start, m.name.end)] : [m.text, m.type]));

const typesOf = (sentence: string): (string | undefined)[][] => shown(mentionsOf(sentence), sentence);

test("ranks and titles stand before a name, and the name inside the mention leaves them out", () => {
  const sentence = "Lieutenant General Mark Hollis and Sergeant Tom Reyes met Coach Dana Whitfield.";
  assert.deepEqual(typesOf(sentence), [
    ["Lieutenant General Mark Hollis", "PERSON", "Mark Hollis"],
    ["Sergeant Tom Reyes", "PERSON", "Tom Reyes"],
    ["Coach Dana Whitfield", "PERSON", "Dana Whitfield"],
  ]);
  const ranked = mentionsOf(sentence);
  assert.equal(ranked[0]?.actor?.code, "MIL");
  // A title alone names no one; "major" is an adjective unless written with its capital.
  assert.deepEqual(typesOf("The coach said it was a major step."), []);
});

test("a mention that names no one has no name; one that does has it", () => {
  const sentence = "Polish forces fired as NATO watched.";
  const mentions = mentionsOf(sentence);
  assert.deepEqual(mentions.map((m) => [m.text, m.name ? sentence.slice(m.name.start, m.name.end) : null]), [
    ["Polish forces", null],
    ["NATO", "NATO"],
  ]);
});

test("the name inside a mention leaves out an article the dictionary spells with it", () => {
  assert.deepEqual(typesOf("Veterans of the Soviet Union gathered."), [["the Soviet Union", "GPE", "Soviet Union"]]);
  // A capitalised "The" inside a sentence is part of the name.
  const sentence = "They toured with The Harrow Lanterns in June.";
  const band = mentionsOf(sentence)[0];
  assert.equal(band && band.name ? sentence.slice(band.name.start, band.name.end) : null, "The Harrow Lanterns");
});

test("a word that the tokenizer splits at a letter outside ASCII stays one name", () => {
  // "Bali" is a place the dictionary knows; "Baliński" is not it.
  assert.deepEqual(typesOf("Karol Baliński spoke in Łódź on Monday."), [
    ["Karol Baliński", "PERSON"],
    ["Łódź", "LOC"],
  ]);
});

test("buildings, grounds and lines are places; teams named after places are organisations", () => {
  assert.deepEqual(typesOf("The Hobart Street Stadium is near Marlow Junction."), [
    ["Hobart Street Stadium", "LOC"],
    ["Marlow Junction", "LOC"],
  ]);
  assert.deepEqual(typesOf("Fans of the West Coast Eagles cheered."), [["West Coast Eagles", "ORG"]]);
});

test("a name opening with an acronym is an organisation; one with a particle inside is a person", () => {
  assert.deepEqual(typesOf("They won the OVC West twice."), [["OVC West", "ORG"]]);
  assert.deepEqual(typesOf("They met Joaquim Pereira de Almeida in Lisbon."), [
    ["Joaquim Pereira de Almeida", "PERSON"],
    ["Lisbon", "GPE"],
  ]);
});

test("institutions go on with 'of', open with a demonym, and follow a family name's possessive", () => {
  const sentence = "The Federal Court of Appeals heard the Canadian League of Rights, and Miller's Brigade marched.";
  const mentions = mentionsOf(sentence);
  assert.deepEqual(shown(mentions, sentence), [
    ["Federal Court of Appeals", "ORG"],
    ["Canadian League of Rights", "ORG"],
    ["Miller's Brigade", "ORG"],
  ]);
  assert.equal(mentions[1]?.actor?.country, "CAN");
  // An organisation's possessive owns what follows: two names.
  assert.deepEqual(typesOf("Staff of the Harlow Institute's Archive Centre left."), [
    ["Harlow Institute", "ORG"],
    ["Archive Centre", "LOC"],
  ]);
});

test("the words around a name can say it is a place", () => {
  assert.deepEqual(typesOf("Wexcombe is a small village in Wiltshire, near the hamlet of Oxenwood."), [
    ["Wexcombe", "LOC"],
    ["Wiltshire", "GPE"],
    ["Oxenwood", "LOC"],
  ]);
  // Without such words, one capitalised word opening a sentence is no name.
  assert.deepEqual(typesOf("Wexcombe rarely floods."), []);
});

test("a town's name after a person with that surname is the person", () => {
  const mentions = mentionsOf("Ada Preston led the team for years. Preston resigned in May.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.via]), [
    ["Ada Preston", "PERSON", "guess"],
    ["Preston", "PERSON", "coreference:surname"],
  ]);
  // Without the person, the town is the town.
  assert.equal(mentionsOf("Preston voted in May.")[0]?.type, "GPE");
});

test("a military unit's number is part of its name; an opening word opens names only at their start", () => {
  assert.deepEqual(typesOf("The 65th Air Division and the 3 Fighter Wing moved."), [
    ["65th Air Division", "ORG"],
    ["3 Fighter Wing", "ORG"],
  ]);
  assert.deepEqual(typesOf("They moved to the Kallur District of Andhra Pradesh."), [
    ["Kallur District", "LOC"],
    ["Andhra Pradesh", "GPE"],
  ]);
  assert.deepEqual(typesOf("He studied at the University of Kansas."), [["University of Kansas", "ORG"]]);
});

test("a name with no English given name is a person's when the words after say so", () => {
  assert.deepEqual(typesOf("We met Witold Zamoyski, who runs the farm. Dou Jiande was born in Hebei."), [
    ["Witold Zamoyski", "PERSON"],
    ["Dou Jiande", "PERSON"],
    ["Hebei", "LOC"],
  ]);
  // Without such words, or an ending of family names, it is too weak a guess to keep.
  assert.deepEqual(typesOf("We met Witold Zamoyr at the farm."), []);
});

test("an occupation before a name makes it a person's; a title alone leaves the country before it named", () => {
  const sentence = "The police said that singer Ana Torres met the Polish director general on Monday.";
  assert.deepEqual(typesOf(sentence), [
    ["police", "ORG"],
    ["Ana Torres", "PERSON"],
    ["Polish", "GROUP"],
  ]);
  assert.equal(mentionsOf(sentence)[2]?.actor?.code, "POL");
  // A form of address keeps a name whose given name we do not know.
  assert.deepEqual(typesOf("Talks with Mr Zhuravsky went on."), [["Mr Zhuravsky", "PERSON", "Zhuravsky"]]);
});

test("capitalised words before a given name and a surname describe the person and are left out", () => {
  assert.deepEqual(typesOf("The report reached County Coroner William Brisco on Monday."), [["William Brisco", "PERSON"]]);
  // A second given name is part of the name; a name ending in a word of organisations or in a plural stays whole.
  assert.deepEqual(typesOf("We met Mary Ann Tolliver there."), [["Mary Ann Tolliver", "PERSON"]]);
  // A compass word opens a place's name ("East Kent Hunt"), no description.
  assert.deepEqual(typesOf("Members of the West Harrow Hunt rode out."), [["West Harrow Hunt", "LOC"]]);
  assert.deepEqual(typesOf("Fans of the San Jose Sharks cheered."), [["San Jose Sharks", "ORG"]]);
  assert.deepEqual(typesOf("He was inducted into the Hockey Hall of Fame."), [["Hockey Hall of Fame", "ORG"]]);
  // A name opening with a place is of the place, not a person after it.
  assert.deepEqual(typesOf("The paper covered every Leeds Harmony Gale concert."), [["Leeds Harmony Gale", "ORG"]]);
});

test("a compass word opens a name with a demonym; a capitalised institution opens a longer name", () => {
  const league = mentionsOf("Fans of the North American Soccer League cheered.");
  assert.deepEqual(league.map((m) => [m.text, m.type, m.actor?.country]), [["North American Soccer League", "ORG", "USA"]]);
  assert.deepEqual(typesOf("He was elected to the Senate Ethics Committee."), [["Senate Ethics Committee", "ORG"]]);
  // Streets are places.
  assert.deepEqual(typesOf("They walked down Harbour Way to Fenwick Lane."), [
    ["Harbour Way", "LOC"],
    ["Fenwick Lane", "LOC"],
  ]);
});

test("common abbreviations name no actor; an acronym of an organisation does", () => {
  assert.deepEqual(typesOf("The show aired at 9 p.m. EST, and the DVD sold well for Vantrel."), []);
  assert.deepEqual(typesOf("He won by KO in the third round, and his ERA was low."), []);
  // Nor is a time written against one.
  assert.deepEqual(typesOf("The polls close at 2230GMT tonight."), []);
  assert.deepEqual(typesOf("The show aired on the KQRB network."), [["KQRB", "ORG"]]);
});

test("capitalised plurals that are counted are things, not teams", () => {
  assert.deepEqual(typesOf("The county has four Registered Historic Places and 12 Grand Old Halls."), []);
  assert.deepEqual(typesOf("They won two Stanley Cups."), []);
  // A word of organisations still makes an organisation ("numerous League of Rights meetings").
  assert.deepEqual(typesOf("He addressed numerous League of Rights meetings."), [["League of Rights", "ORG"]]);
  // A year is no count.
  assert.deepEqual(typesOf("The 2007 Harwick Falcons won."), [["Harwick Falcons", "ORG"]]);
});

test("a capitalised group's noun that ends names of organisations closes one; exchanges and confederations are organisations", () => {
  assert.deepEqual(typesOf("It was printed by Hollowfield Press in 1978."), [["Hollowfield Press", "ORG"]]);
  assert.deepEqual(typesOf("Shares fell at the Ostrava Stock Exchange."), [["Ostrava Stock Exchange", "ORG"]]);
  const confederation = mentionsOf("He led the Brazilian Rowing Confederation.");
  assert.deepEqual(confederation.map((m) => [m.text, m.type, m.actor?.country]), [["Brazilian Rowing Confederation", "ORG", "BRA"]]);
});
