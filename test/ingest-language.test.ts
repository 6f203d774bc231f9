import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "../src/ingest/create-document.js";
import { detectBoilerplate } from "../src/ingest/boilerplate.js";
import { detectLanguage } from "../src/language/detect-language.js";
import { tokenize } from "../src/language/tokens.js";

const ENGLISH = "The government of Chile said on Friday that it would recall its ambassador from Caracas after the arrest of two of its citizens, and it asked the United Nations to send observers to the border region.";
const SPANISH = "El gobierno de Chile anunció el viernes que llamará a consultas a su embajador en Caracas tras la detención de dos de sus ciudadanos, y pidió a las Naciones Unidas que envíe observadores a la región fronteriza.";
const GERMAN = "Die Regierung von Chile hat am Freitag angekündigt, ihren Botschafter aus Caracas zurückzurufen, nachdem zwei ihrer Bürger festgenommen worden waren, und sie bat die Vereinten Nationen, Beobachter in die Grenzregion zu schicken.";

function detect(text: string, language?: string) {
  return detectLanguage(detectBoilerplate(createDocument({ text, format: "text", origin: "t", published: null, ...(language ? { language } : {}) })));
}

test("English is recognised; Spanish and German are stored, marked not-english, and not tokenised", () => {
  assert.equal(detect(ENGLISH).meta.language, "en");
  assert.ok(!detect(ENGLISH).messages.some((m) => m.code === "not-english"));
  for (const [text, code] of [[SPANISH, "es"], [GERMAN, "de"]] as const) {
    const doc = detect(text);
    assert.equal(doc.meta.language, code);
    const note = doc.messages.find((m) => m.code === "not-english");
    assert.equal(note?.severity, "info");
    const tokenised = tokenize(doc);
    assert.equal(tokenised.layers.tokens, undefined);
    assert.equal(tokenised.text, text);
  }
});

test("fewer than twenty words stay undetermined and are analysed as English", () => {
  const doc = detect("El gobierno de Chile llamó a su embajador.");
  assert.equal(doc.meta.language, "und");
  assert.ok(!doc.messages.some((m) => m.code === "not-english"));
  assert.ok((tokenize(doc).layers.tokens ?? []).length > 0);
});

test("a declared language is kept; boilerplate is not what decides", () => {
  assert.equal(detect(ENGLISH, "fr").meta.language, "fr");
  // A Spanish article whose only English is a trailing link list is still Spanish.
  const mixed = `${SPANISH}\n${SPANISH}\nRead also:\n- The government of the United States said that it was about to do what it said\n- And more of the same from the other side of the border`;
  assert.equal(detect(mixed).meta.language, "es");
});

test("terse English copy (figures, names, few function words) is English without the n-gram detector", () => {
  // About one word in eight is a common English function word; tinyld is unsure of such text.
  const brief = "Brent crude futures settled at 18.42 dlrs a barrel, up 31 cents. West Texas Intermediate gained 27 cents to 19.05 dlrs. Traders cited firm demand in Rotterdam, Singapore and Houston and lower OPEC output in March.";
  const doc = detect(brief);
  assert.equal(doc.meta.language, "en");
  assert.ok(!doc.messages.some((m) => m.code === "not-english"));
});
