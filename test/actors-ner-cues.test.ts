// Names no dictionary knows, typed by general knowledge of names (data/actors/given-names.yaml,
// data/actors/name-cues.yaml), on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Mention } from "../src/document.js";
import { mentionsOf } from "./helpers/actors.js";

/** Each mention as [name, type]: the name inside it when it has one, else its text. */
const namesOf = (sentence: string): string[][] =>
  mentionsOf(sentence).map((m: Mention) => [m.name ? sentence.slice(m.name.start, m.name.end) : m.text, m.type]);

test("a given name of another language makes an unknown name a person's", () => {
  assert.deepEqual(namesOf("Our team put Oleksandr Hrytsenko on the list."), [["Oleksandr Hrytsenko", "PERSON"]]);
  assert.deepEqual(namesOf("Later Mustafa Harrak and Jürgen Wendel joined the board."), [["Mustafa Harrak", "PERSON"], ["Jürgen Wendel", "PERSON"]]);
  // Without a known given name, two capitalised words alone are too weak to keep.
  assert.deepEqual(namesOf("Our team put Granite Harrak on the list."), []);
});

test("words before a given name are a description only when they end as nouns for people do", () => {
  assert.deepEqual(namesOf("The letter reached Parish Recorder Grace Holloway in June."), [["Grace Holloway", "PERSON"]]);
  // A first word that is no given name, before one that is, is still the person's ("Granville Ephraim").
  assert.deepEqual(namesOf("The letter reached Granville Ephraim Thornbury in June."), [["Granville Ephraim Thornbury", "PERSON"]]);
});

test("after a given name, a capitalised title is a surname", () => {
  assert.deepEqual(namesOf("The essay was written by Edmund Pope in 1730."), [["Edmund Pope", "PERSON"]]);
  assert.deepEqual(namesOf("They met Pope Leo in Rome."), [["Leo", "PERSON"], ["Rome", "GPE"]]);
});

test("a capitalised title before a name with a noun of places opens the place's name", () => {
  assert.deepEqual(namesOf("The ferry left King County and docked at Prince Harbour Island."), [["King County", "LOC"], ["Prince Harbour Island", "LOC"]]);
  // A rank before a person's name stays a rank, though the surname is a word of places.
  assert.deepEqual(namesOf("Lieutenant James Hill spoke."), [["James Hill", "PERSON"]]);
});

test("laboratories, institutions and music labels are organisations; gyms and racecourses places; symposia events", () => {
  assert.deepEqual(namesOf("She worked at Harwell Marine Laboratory and later at the Pellman Institution."), [["Harwell Marine Laboratory", "ORG"], ["Pellman Institution", "ORG"]]);
  assert.deepEqual(namesOf("The album came out on Brackley Music after a show at Thornton Gym."), [["Brackley Music", "ORG"], ["Thornton Gym", "LOC"]]);
  assert.deepEqual(namesOf("They spoke at the Ravensworth Symposium."), []);
});

test("names of organisations go on with 'for' after a word of organisations", () => {
  assert.deepEqual(namesOf("Staff of the Harlow Institute for Coastal Studies and the Union for the Adriatic met."), [["Harlow Institute for Coastal Studies", "ORG"], ["Union for the Adriatic", "ORG"]]);
  // A league is played in for a club: two names.
  assert.deepEqual(namesOf("He played in the Tasman Hockey League for Riverton Wanderers."), [["Tasman Hockey League", "ORG"], ["Riverton Wanderers", "ORG"]]);
});

test("a city is known by its name written without accents", () => {
  const mentions = mentionsOf("The delegates flew from Bogota to Montreal.");
  assert.deepEqual(mentions.map((m) => [m.text, m.actor?.code]), [["Bogota", "COL"], ["Montreal", "CAN"]]);
});

test("a region of one state the place packages lack is a place in that state", () => {
  const mentions = mentionsOf("Shelling was reported in Crimea and floods in Bavaria.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [["Crimea", "GPE", "UKR"], ["Bavaria", "GPE", "DEU"]]);
  // A region's name that is also a given name, before a surname, is a person's.
  assert.deepEqual(namesOf("Brittany Holloway sang."), [["Brittany Holloway", "PERSON"]]);
});

test("a description before a person's name is left out though the surname ends in s", () => {
  assert.deepEqual(namesOf("Ballarat Recorder Harold Evans won the final."), [["Harold Evans", "PERSON"]]);
  // So is a demonym no dictionary knows.
  assert.deepEqual(namesOf("Yesterday Wisconsinan Harold Evans won the final."), [["Harold Evans", "PERSON"]]);
});

test("a team of a league named by its acronym is two names", () => {
  assert.deepEqual(namesOf("He joined the Halden Otters of the NWHL in 1950."), [["Halden Otters", "ORG"], ["NWHL", "ORG"]]);
  assert.deepEqual(namesOf("The Girl Guides of Norway met."), [["Girl Guides of Norway", "ORG"]]);
});

test("an opposition leader before a name is one person of the opposition; dissidents are a group", () => {
  const mentions = mentionsOf("Opposition leader Marek Dvorsky said dissidents had been warned.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [["Opposition leader Marek Dvorsky", "PERSON", "OPP"], ["dissidents", "GROUP", "OPP"]]);
});

test("brotherhoods, guilds, consortia and projects are organisations", () => {
  assert.deepEqual(namesOf("Members of the Tarrow Brotherhood joined the Civic Housing Project."), [["Tarrow Brotherhood", "ORG"], ["Civic Housing Project", "ORG"]]);
});

test("a state before a name of several words ending in a word of organisations opens it", () => {
  assert.deepEqual(namesOf("The ship joined the U.S. Ninth Fleet in 1950."), [["U.S. Ninth Fleet", "ORG"]]);
  // Not before other words: "US" stays the state.
  assert.deepEqual(mentionsOf("The US Treasury Secretary spoke.").map((m) => m.text)[0], "US");
});

test("a capitalised noun of organisations alone is a mention without a name", () => {
  const sentence = "The Harwell Institute opened in 1990. Later the Institute moved to Leeds.";
  const mentions = mentionsOf(sentence);
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.name ? sentence.slice(m.name.start, m.name.end) : null]), [
    ["Harwell Institute", "ORG", "Harwell Institute"],
    ["Institute", "ORG", null],
    ["Leeds", "GPE", "Leeds"],
  ]);
});

test("a department or agency anywhere in a name makes it an organisation, though a place opens it", () => {
  assert.deepEqual(namesOf("He joined the North Carolina Department of Public Works in 1930."), [["North Carolina Department of Public Works", "ORG"]]);
});

test("a police chief before a name is one person of the police", () => {
  const mentions = mentionsOf("Police chief Omar Dakka denied it.");
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.actor?.code]), [["Police chief Omar Dakka", "PERSON", "COP"]]);
});
