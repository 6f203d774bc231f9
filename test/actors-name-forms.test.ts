// How English writes names, on sentences written for these tests: nicknames in quotes,
// particles, initials, names that join two names with "and", titles in quotes, and capitals
// that name no one (a statistic after a figure, a belief ending in -ism).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../src/document.js";
import { mentionsOf } from "./helpers/actors.js";

/** Each mention as [name inside it, type]. */
const namesOf = (sentence: string): [string, string][] =>
  mentionsOf(sentence).filter((m): m is Mention & { name: { start: number; end: number } } => m.name !== undefined).map((m) => [sentence.slice(m.name.start, m.name.end), m.type]);

test("a nickname in quotes inside a person's name keeps the name whole", () => {
  assert.deepEqual(namesOf('Later that year Thomas "Tiny" Hardwick won the race.'), [['Thomas "Tiny" Hardwick', "PERSON"]]);
  assert.deepEqual(namesOf("Later that year Radomir “Rado” Kettleby won the race."), [["Radomir “Rado” Kettleby", "PERSON"]]);
});

test("two particles in a row stay inside a name", () => {
  assert.deepEqual(namesOf("The column was led by Ignacio de la Verbena until spring."), [["Ignacio de la Verbena", "PERSON"]]);
});

test("initials make a name a person's even when its surname is a town", () => {
  assert.deepEqual(namesOf("The pamphlet quoted R. T. Douglas at length."), [["R. T. Douglas", "PERSON"]]);
  assert.deepEqual(namesOf("The workshop was opened by Marten J. Oosterhuis in Leiden."), [["Marten J. Oosterhuis", "PERSON"], ["Leiden", "GPE"]]);
});

test("a railway named after two places, and a list after 'of', are one name", () => {
  assert.deepEqual(namesOf("Coaches were bought from the Dunmore and Kelsall Railway in 1911."), [["Dunmore and Kelsall Railway", "LOC"]]);
  assert.deepEqual(namesOf("Coaches were bought from the Arbery, Lenham and Fosbrook Railroad."), [["Arbery, Lenham and Fosbrook Railroad", "LOC"]]);
  assert.deepEqual(namesOf("She joined the Radnor Institute of Letters and Sciences in 1950."), [["Radnor Institute of Letters and Sciences", "ORG"]]);
  // Two places listed with "and" stay two.
  assert.deepEqual(namesOf("Trains ran between Leeds and Manchester every hour."), [["Leeds", "GPE"], ["Manchester", "GPE"]]);
});

test("a name inside a title in quotes names no one; a name that is the whole quote stays", () => {
  assert.deepEqual(namesOf('The band closed with "Midnight in Tokyo" and left.'), []);
  assert.deepEqual(namesOf('Critics praised "Letters From Gdansk Harbour" last year.'), []);
  // Speech in quotes has lower-case words: the names in it are kept.
  assert.deepEqual(namesOf('"We will meet in Tokyo next week," the minister said.'), [["Tokyo", "GPE"]]);
});

test("a group's role noun in the singular before a name makes one person", () => {
  const mentions = mentionsOf("Professor Ilse Varnhagen spoke first.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [["Professor Ilse Varnhagen", "PERSON", "EDU"]]);
});

test("capitals after a figure, a lone 'The' and a belief ending in -ism name no one", () => {
  assert.deepEqual(namesOf("He finished the season with a 3.15 ERA and 12 wins."), []);
  assert.deepEqual(namesOf("Much later she converted to Calvinism in Lisbon."), [["Lisbon", "GPE"]]);
  assert.deepEqual(namesOf("He wrote a letter to The Monday Review about it."), []);
});

test("a family name written first makes a person; so do the words after a name", () => {
  assert.deepEqual(namesOf("In the end Zhou Mingtao surrendered the fort."), [["Zhou Mingtao", "PERSON"]]);
  assert.deepEqual(namesOf("Vasko Drenovac is a Macedonian singer."), [["Vasko Drenovac", "PERSON"], ["Macedonian", "GROUP"]]);
});

test("the nouns around a name can say it is an organisation", () => {
  assert.deepEqual(namesOf("They toured with the band Harlow Park in spring."), [["Harlow Park", "ORG"]]);
  assert.deepEqual(namesOf("Vesta Gare was a kitplane manufacturer."), [["Vesta Gare", "ORG"]]);
});

test("names listed with a sure person or place are of its kind", () => {
  assert.deepEqual(namesOf("Honoured that year were Ansel Varga, Tiko Bramwell and Mary Kowal."), [
    ["Ansel Varga", "PERSON"],
    ["Tiko Bramwell", "PERSON"],
    ["Mary Kowal", "PERSON"],
  ]);
  // One sure person among more unsure names types none of them.
  assert.deepEqual(namesOf("He admired Ansel Varga, Crimson Marrow, Tiko Bramwell and Copper Dune."), [["Ansel Varga", "PERSON"]]);
  assert.deepEqual(namesOf("He won tournaments in Leeds, Oldcastle and Swindon.").map(([, type]) => type), ["GPE", "LOC", "GPE"]);
  // Alone, the same weak guesses name no one.
  assert.deepEqual(namesOf("Tiko Bramwell arrived."), []);
});

test("a one-word name listed with sure organisations is one", () => {
  assert.deepEqual(namesOf("The ads ran on Zentrix, Harwick Broadcasting Company and Fenmore Records."), [
    ["Zentrix", "ORG"],
    ["Harwick Broadcasting Company", "ORG"],
    ["Fenmore Records", "ORG"],
  ]);
  assert.deepEqual(namesOf("The ads ran on Zentrix last year."), []);
  // Joined by "and" to an organisation's name, a word is part of it, not a member of a list.
  assert.deepEqual(namesOf("It funds the Zentrix and Social Research Council."), [["Social Research Council", "ORG"]]);
});

test("a name typed surely once keeps its type where it stands alone", () => {
  const text = "She joined the band Gorse Hill in 1990. Later Gorse Hill toured Japan.";
  assert.deepEqual(namesOf(text), [["Gorse Hill", "ORG"], ["Gorse Hill", "ORG"], ["Japan", "GPE"]]);
});

test("regions are places with CAMEO region codes, and their adjectives code the roles after them", () => {
  const mentions = mentionsOf("He toured Europe and the Middle East. European leaders met Asian envoys.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [
    ["Europe", "GPE", "EUR"],
    ["the Middle East", "GPE", "MEA"],
    ["European leaders", "PERSON", "EURGOV"],
    ["Asian envoys", "PERSON", "ASAGOV"],
  ]);
});

test("an acronym defined in the article is what its name is, wherever it is used", () => {
  const text = "The Bridgton and Saco River Railroad (B&SR) opened in 1883. Later B&SR used its profits well.";
  assert.deepEqual(namesOf(text), [["Bridgton and Saco River Railroad", "LOC"], ["B&SR", "LOC"], ["B&SR", "LOC"]]);
  // Capitals that are not the name's initials are not its acronym.
  assert.deepEqual(namesOf("The Dunmore and Kelsall Railway (WRX) ran until 1932."), [["Dunmore and Kelsall Railway", "LOC"], ["WRX", "ORG"]]);
});

test("a place noun just before a name, 'River X' and '… Dock' make places; 'in' makes one of a given name", () => {
  assert.deepEqual(namesOf("It lies in the district Wolmsdorf, on the River Tarrow."), [["Wolmsdorf", "LOC"], ["River Tarrow", "LOC"]]);
  assert.deepEqual(namesOf("Ships moored at Halloran Dock."), [["Halloran Dock", "LOC"]]);
  assert.deepEqual(namesOf("She lived in Lorraine for a year."), [["Lorraine", "LOC"]]);
});

test("a name opening with a given name is an organisation's after 'the'", () => {
  assert.deepEqual(namesOf("The story ran in the Marion Ledger on Sunday."), [["Marion Ledger", "ORG"]]);
  assert.deepEqual(namesOf("The story was written by Marion Ledger."), [["Marion Ledger", "PERSON"]]);
});

test("the words before a name can make it a team, even a city's name", () => {
  const mentions = mentionsOf("He played for Lausanne and later signed with Harrowgate Rovers.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor]), [
    ["Lausanne", "ORG", null],
    ["Harrowgate Rovers", "ORG", null],
  ]);
  assert.equal(mentionsOf("He moved to Lausanne.")[0]?.type, "GPE");
});

test("a place's name before words that are no given name names an organisation of the place", () => {
  assert.deepEqual(namesOf("The Vermont Lottery had several options."), [["Vermont Lottery", "ORG"]]);
});

test("an institution written with capitals after a state is named whole", () => {
  assert.deepEqual(namesOf("He sat in the Ohio Senate from 1830."), [["Ohio Senate", "ORG"]]);
  // In lower case it is the state's institution, and only the state is named.
  assert.deepEqual(namesOf("The Russian army attacked."), []);
});

test("a call sign or acronym opening a sentence is a name", () => {
  assert.deepEqual(namesOf("4KQ began broadcasting in 1931."), [["4KQ", "ORG"]]);
});

test("what is founded or formed is an organisation, even a family's name the article gave a person", () => {
  const text = "Luiz Caloi opened a shop. Caloi was founded in 1898. In 1972, Caloi introduced a bicycle.";
  assert.deepEqual(namesOf(text), [["Luiz Caloi", "PERSON"], ["Caloi", "ORG"], ["Caloi", "ORG"]]);
  // A name with a place's word of its own stays a place; a possessor is not what a name is.
  assert.deepEqual(namesOf("Tarnby County was established in 1920."), [["Tarnby County", "LOC"]]);
  assert.deepEqual(namesOf("Mark Atessian joined in 1966. Atessian was the state's best lineman."), [["Mark Atessian", "PERSON"], ["Atessian", "PERSON"]]);
});

test("an organisation's name goes on with 'of the' and with its place, and a capitalised rank opening it is part of it", () => {
  assert.deepEqual(namesOf("Tuvalu joined the World Federation of the Kite Movement in 1974."), [["Tuvalu", "GPE"], ["World Federation of the Kite Movement", "ORG"]]);
  assert.deepEqual(namesOf("The Amateur Curling Association of Canada was formed."), [["Amateur Curling Association of Canada", "ORG"]]);
  assert.deepEqual(namesOf("He pitched in Major League Baseball for years."), [["Major League Baseball", "ORG"]]);
});

test("a region is no country of context, and only an occupation before a name makes a group's noun one person", () => {
  const mentions = mentionsOf("Leaders across Europe met on Monday. The government said little.");
  assert.deepEqual(mentions.map((m) => [m.text, m.actor?.code ?? null]), [["Leaders", "GOV"], ["Europe", "EUR"], ["government", "GOV"]]);
  assert.equal(mentionsOf("The journalist Andrea Volkova was detained.")[0]?.type, "PERSON");
  assert.notEqual(mentionsOf("The Media Council of Ruritania met.")[0]?.type, "PERSON");
});
