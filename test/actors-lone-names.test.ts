// Names that their own words leave unsure, on sentences written for these tests: a town's
// name is a place, an ending of family names makes a person, a capitalised institution alone
// is named.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf } from "./helpers/actors.js";

const typesOf = (sentence: string): string[][] => mentionsOf(sentence).map((m) => [m.text, m.type, m.via ?? ""]);

test("a one-word name that nothing types is a place when a town bears it", () => {
  assert.deepEqual(typesOf("The riders reached Hexham before noon."), [["Hexham", "LOC", "guess+town"]]);
  // A word no town of some size bears stays too weak to keep.
  assert.deepEqual(typesOf("The riders reached Quorvelt before noon."), []);
});

test("a town's name that is someone's surname in the article stays the person", () => {
  assert.deepEqual(typesOf("Ada Hexham spoke first. Later Hexham left the hall.").map(([text, type]) => [text, type]), [
    ["Ada Hexham", "PERSON"],
    ["Hexham", "PERSON"],
  ]);
});

test("a town's name is no place where it is a given name or a battle's", () => {
  assert.deepEqual(typesOf("The riders met Thomas before noon."), [["Thomas", "PERSON", "guess+given"]]);
  assert.deepEqual(typesOf("He fell at the Battle of Hexham.").filter(([text]) => text === "Hexham"), []);
  // Where one goes, a town named like a person is the town.
  assert.deepEqual(typesOf("The track was extended to Harrison in 1898."), [["Harrison", "LOC", "guess+town"]]);
  assert.deepEqual(typesOf("The riders met Harrison before noon."), [["Harrison", "PERSON", "guess+given"]]);
});

test("a family name's ending makes two unknown words a person's name", () => {
  assert.deepEqual(typesOf("The prize went to Zbyszko Nowicki and Ivanna Petrenko.").map(([text, type]) => [text, type]), [
    ["Zbyszko Nowicki", "PERSON"],
    ["Ivanna Petrenko", "PERSON"],
  ]);
  // Without one, a would-be person with no given name we know stays unsure.
  assert.deepEqual(typesOf("We met Zbyszko Brann at the farm."), []);
});

test("a capitalised institution alone inside a sentence is named; a lower-case one is not", () => {
  const named = (sentence: string): (string | null)[] => mentionsOf(sentence).map((m) => (m.name ? sentence.slice(m.name.start, m.name.end) : null));
  assert.deepEqual(named("The bill went to the Senate on Friday."), ["Senate"]);
  assert.deepEqual(named("The bill went to the senate on Friday."), [null]);
});

test("a given name alone inside a sentence is a person, and a month is not", () => {
  assert.deepEqual(typesOf("The next morning, Dorothy arrived at the farm."), [["Dorothy", "PERSON", "guess+given"]]);
  assert.deepEqual(typesOf("The next morning, in May, the farm opened."), []);
});

test("a name followed by a lower-case noun of places is a place", () => {
  assert.deepEqual(typesOf("It lies in the Vorlenkreis district of Hesse.").map(([text, type]) => [text, type]), [
    ["Vorlenkreis", "LOC"],
    ["Hesse", "LOC"],
  ]);
  assert.deepEqual(typesOf("It lies beside the Vorlenkreis works."), []);
});

test("a lone word that qualifies what follows names no person or town", () => {
  assert.deepEqual(typesOf("A reporter was hurt in mostly Christian eastern districts."), [["reporter", "GROUP", "nominal"]]);
  assert.deepEqual(typesOf("Troops took a Hexham supply depot."), [["Troops", "GROUP", "nominal"]]);
  // Compass words are no given names.
  assert.deepEqual(typesOf("It was blamed on the West by many."), []);
});

test("an organisation named in full is named again by its last word", () => {
  assert.deepEqual(typesOf("The Harwick Wolverines won. Later the Wolverines lost."), [
    ["Harwick Wolverines", "ORG", "guess"],
    ["Wolverines", "ORG", "guess+short"],
  ]);
  // A name's complement after "of" is no short form of it.
  assert.deepEqual(typesOf("Members of the Society of the Harrow marched. Later the Harrow froze.").map(([text]) => text), ["Society of the Harrow"]);
});

test("a town's or a given name after an article is neither", () => {
  assert.deepEqual(typesOf("He spoke in the Hexham about it."), []);
  assert.deepEqual(typesOf("They feared a Dorothy recount."), []);
});

test("a lone name that ends the article is looked at without reading past the text", () => {
  // A bare word named before, alone at the very end (a wire's sign-off): the rules ask what follows it.
  const mentions = mentionsOf("In a Kestrel interview, Ian Morrow urged growers not to panic. Kestrel");
  assert.ok(mentions.some((m) => m.text === "Ian Morrow" && m.type === "PERSON"));
});
