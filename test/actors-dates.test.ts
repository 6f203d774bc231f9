// Dated roles: the same name on two dates has two codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { codeOn } from "../src/actors/index.js";
import { dictionaryForTests, mentionNamed, mentionsOf } from "./helpers/actors.js";

test("President Trump is USAGOV in office and USA between terms", () => {
  const sentence = "Donald Trump spoke to reporters.";
  assert.equal(mentionNamed(mentionsOf(sentence, "2018-03-01"), "Donald Trump")?.actor?.code, "USAGOV");
  assert.equal(mentionNamed(mentionsOf(sentence, "2022-06-01"), "Donald Trump")?.actor?.code, "USA");
  assert.equal(mentionNamed(mentionsOf(sentence, "2025-09-12"), "Donald Trump")?.actor?.code, "USAGOV");
});

test("a role ends on its last day: the day it ends belongs to the next holder", () => {
  const trump = dictionaryForTests().actors.get("donald-trump")!;
  assert.equal(codeOn(trump, "2021-01-19"), "USAGOV");
  assert.equal(codeOn(trump, "2021-01-20"), "USA");
  assert.equal(codeOn(trump, "2025-01-20"), "USAGOV");
});

test("without a date, the role that goes on", () => {
  const trump = dictionaryForTests().actors.get("donald-trump")!;
  assert.equal(codeOn(trump, null), "USAGOV");
});
