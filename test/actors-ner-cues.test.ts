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
