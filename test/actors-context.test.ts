// Codes from what surrounds a mention: a demonym before a role and a name, the one country a
// sentence names, an armed group's own sector, old names of states. Sentences written for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf } from "./helpers/actors.js";

const codes = (sentence: string): [string, string | null][] => mentionsOf(sentence).map((m) => [m.text, m.actor?.code ?? null]);

test("a demonym, a role and an unknown name whose surname is a role word", () => {
  assert.deepEqual(codes("Norwegian Defence Secretary Anna Bishop promised aid to Chad."), [
    ["Norwegian Defence Secretary Anna Bishop", "NORGOV"],
    ["Chad", "TCD"],
  ]);
});

test("a role with no country takes the one country of its sentence", () => {
  assert.deepEqual(codes("President Omar Velasquez of Ruritania resigned, and police arrested protesters in Quito."), [
    ["President Omar Velasquez", "ECUGOV"],
    ["police", "ECUCOP"],
    ["protesters", "ECUOPP"],
    ["Quito", "ECU"],
  ]);
});

test("with two countries in the sentence a bare role stays without a country", () => {
  const found = new Map(codes("Officials in Lima accused Chile of spying."));
  assert.equal(found.get("Officials"), "GOV");
});

test("refugees and rights groups do not take the country around them", () => {
  const found = new Map(codes("Refugees crossed into Kenya, rights groups said."));
  assert.equal(found.get("Refugees"), "REF");
  assert.equal(found.get("rights groups"), "HRI");
});

test("an armed group gives its own sector to its people", () => {
  const found = new Map(codes("Hezbollah militants and Taliban commanders met Iraqi officials."));
  assert.equal(found.get("Hezbollah militants"), "LBNREB");
  assert.equal(found.get("Taliban commanders"), "AFGREB");
  assert.equal(found.get("Iraqi officials"), "IRQGOV");
});

test("old names of states and their acronyms", () => {
  const found = new Map(codes("The Soviet Union, West Germany, Zaire, Burma, Bosnia and the PRC signed; Bosnian Serbs and Yugoslav troops did not."));
  assert.equal(found.get("Soviet Union") ?? found.get("The Soviet Union"), "SUN");
  assert.equal(found.get("West Germany"), "DEU");
  assert.equal(found.get("Zaire"), "COD");
  assert.equal(found.get("Burma"), "MMR");
  assert.equal(found.get("Bosnia"), "BIH");
  assert.equal(found.get("PRC"), "CHN");
  assert.equal(found.get("Yugoslav troops"), "YUGMIL");
});

test("a role followed by 'of' and a state or organisation belongs to it", () => {
  const found = new Map(codes("Envoys met the leaders of Romania's new government, the President of Brazil, the army of Iraq and the Secretary-General of the United Nations."));
  assert.equal(found.get("leaders"), "ROUGOV");
  assert.equal(found.get("government"), "ROUGOV");
  assert.equal(found.get("President"), "BRAGOV");
  assert.equal(found.get("army"), "IRQMIL");
  assert.equal(found.get("Secretary-General"), "IGOUNO");
});

test("a leader of older news is known by name, not by the country around him", () => {
  const found = new Map(codes("President Bill Clinton imposed sanctions on the Taliban in Afghanistan."));
  assert.equal(found.get("President Bill Clinton"), "USA");
});

test("a role right before 'in' a place takes the place's country, even beside another country", () => {
  const found = new Map(codes("Police in Lima detained two Chilean journalists."));
  assert.equal(found.get("Police"), "PERCOP");
});

test("soldiers, refugees and officials placed in a country keep no country of it", () => {
  const found = new Map(codes("Soldiers in Lima, refugees at Quito and diplomats in Lima met Chilean envoys."));
  assert.equal(found.get("Soldiers"), "MIL");
  assert.equal(found.get("refugees"), "REF");
  assert.equal(found.get("diplomats"), "GOV");
});

test("a bare sector noun used as a modifier of a thing names no actor; a person's role and a plural stay", () => {
  const found = new Map(codes("Peru threatened a new military offensive after a press release from the business lobby, and officials said the deputy chief of the army resigned."));
  assert.equal(found.has("military"), false);
  assert.equal(found.has("press"), false);
  // "the army" and "the deputy" remain actors; the army takes the sentence's country.
  assert.equal(found.get("army"), "PERMIL");
  assert.ok(found.has("deputy"));
  assert.equal(found.get("officials"), "PERGOV");
});

test("'the government' of a story about one country is that country's, not one named further back as a place or in a list", () => {
  const found = codes("Lukashenko met Belarusian officials in Minsk. Belarusian police detained protesters. The opposition fled to Lithuania, Poland and Ukraine. The government said talks would resume.");
  assert.equal(new Map(found).get("government"), "BLRGOV");
  // A country named as the actor in the sentence before is still the one meant.
  assert.equal(new Map(codes("Protests spread in Georgia. The government banned them.")).get("government"), "GEOGOV");
});

test("a role with no country in its sentence takes the country most of the article's actors belong to", () => {
  const found = new Map(codes("Lukashenko met Belarusian officials. Belarusian police and Belarusian soldiers stood by. Russia and its allies watched from Russia. Officials said talks would go on."));
  assert.equal(found.get("Officials"), "BLRGOV");
  // No country stands out: the role keeps none.
  assert.equal(new Map(codes("Chile met Peru. Peru met Chile. Officials said talks would go on.")).get("Officials"), "GOV");
});

test("a surname after an office takes the country the dictionary's people of that surname share; after a title alone it does not", () => {
  assert.equal(new Map(codes("President Bush threatened further action against Russia.")).get("President Bush"), "USAGOV");
  assert.equal(new Map(codes("Mr Bush spoke to reporters in Paris on Monday.")).get("Mr Bush")?.startsWith("USA") ?? false, false);
});
