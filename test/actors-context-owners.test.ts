// Countries a role takes from the words right around it: who leads it ("Chilean-led forces"),
// whose administration it is, where civilians live, the state people come from, and the
// countries a sentence names through a role's demonym. Sentences written for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dictionaryForTests, mentionsOf, writeDictionary } from "./helpers/actors.js";
import { loadActorDictionary } from "../src/actors/index.js";

const codes = (sentence: string, dictionary = dictionaryForTests()): Map<string, string | null> =>
  new Map(mentionsOf(sentence, "2025-09-12", dictionary).map((m) => [m.text, m.actor?.code ?? null]));

test("forces led by a state are that state's, even with another country in the sentence", () => {
  assert.equal(codes("Chilean-led forces attacked rebels in Peru.").get("forces"), "CHLMIL");
});

test("'the X administration' is the government of the person X", () => {
  assert.equal(codes("The Putin administration rejected the offer from Finland.").get("administration"), "RUSGOV");
  // A surname the dictionary's people of one country share gives that country.
  const dictionary = loadActorDictionary({ userDirs: [writeDictionary({ "actors/people/test.yaml": "- { id: ana-quispe, name: Ana Quispe, country: PER }\n" })] });
  assert.equal(codes("The Quispe administration declared that Chile must act.", dictionary).get("administration"), "PERGOV");
});

test("civilians take the country they live in; prisoners held there do not", () => {
  const found = codes("The agency sent food to people in Somalia and freed prisoners in Iraq.");
  assert.equal(found.get("people"), "SOMCVL");
  assert.equal(found.get("prisoners"), "CVL");
});

test("people from a state are of that state; a demonym after 'from' describes something else", () => {
  assert.equal(codes("Refugees from Afghanistan crossed the border.").get("Refugees"), "AFGREF");
  assert.equal(codes("People from Indian and Chinese backgrounds did well.").get("People"), "CVL");
});

test("a role alone takes the country a demonym names in its sentence; a named person does not", () => {
  assert.equal(codes("Islamic fundamentalists demanded the resignation of Algerian President Omar Kassem.").get("fundamentalists"), "DZARAD");
  assert.equal(codes("President Jean Dupont welcomed South African leader Peter Mokoena.").get("President Jean Dupont"), "GOV");
});

test("fighters and doctors are roles that take their demonym's country", () => {
  const found = codes("Iraqi fighters and Swiss doctors arrived.");
  assert.equal(found.get("Iraqi fighters"), "IRQREB");
  assert.equal(found.get("Swiss doctors"), "CHEHLH");
});

test("'Philippine' is the Philippines' demonym", () => {
  assert.equal(codes("The Philippine government rejected the call.").get("Philippine government"), "PHLGOV");
});

test("'Minister of Foreign Affairs' is one role; a general secretary is no general", () => {
  assert.equal(codes("The Chilean Minister of Foreign Affairs met Peru's president.").get("Chilean Minister of Foreign Affairs"), "CHLGOV");
  assert.equal(codes("Ana Ruiz, general secretary of the union, said workers would strike.").get("Ana Ruiz"), null);
});
