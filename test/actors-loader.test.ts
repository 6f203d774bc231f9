// The actor dictionary loader: bad files are reported with file and line; user folders add
// and override; describeActor answers by name, id and code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { describeActor, loadActorDictionary } from "../src/actors/index.js";
import { AttacheError } from "../src/errors.js";
import { mentionNamed, mentionsOf, TEST_PEOPLE, writeDictionary } from "./helpers/actors.js";

test("a bad record is reported with its file and line", () => {
  const dir = writeDictionary({
    "actors/organisations.yaml": "- { id: ok-org, name: Fine Org, code: IGOUNO, type: IGO }\n- id: bad-org\n  name: Bad Org\n  code: not a code\n  type: IGO\n",
  });
  assert.throws(() => loadActorDictionary({ userDirs: [dir] }), (error: unknown) => {
    assert.ok(error instanceof AttacheError);
    assert.equal(error.code, "data-invalid");
    assert.match(error.input, /organisations\.yaml:2$/);
    assert.match(error.message, /code/);
    return true;
  });
});

test("a YAML syntax error is reported with its line", () => {
  const dir = writeDictionary({ "actors/people/broken.yaml": "- id: someone\n  name: Some One\n  country: [BLR\n" });
  assert.throws(() => loadActorDictionary({ userDirs: [dir] }), (error: unknown) => error instanceof AttacheError && /broken\.yaml:\d+$/.test(error.input));
});

test("an unknown field in a curated file is an error, not silently ignored", () => {
  const dir = writeDictionary({ "actors/countries-extra.yaml": "- { name: Ruritania, country: RUR, kidn: name }\n" });
  assert.throws(() => loadActorDictionary({ userDirs: [dir] }), (error: unknown) => error instanceof AttacheError && /countries-extra\.yaml:1$/.test(error.input));
});

test("a user folder adds names and replaces a record with the same id", () => {
  const dir = writeDictionary({
    "actors/people/test.yaml": TEST_PEOPLE.replace("[Lukashenko]", "[Lukashenko, Bat'ka]") + "\n- { id: jan-testowy, name: Jan Testowy, aliases: [Testowy], country: POL, roles: [{ code: POLGOV, title: Foreign Minister, from: 2024-01-01 }] }\n",
    "actors/countries-extra.yaml": "- { name: Ruritania, country: RUR }\n",
    "actors/roles.yaml": "- { words: [president, presidents], sector: GOV, kind: person }\n- { words: [hetman], sector: MIL, kind: person }\n",
  });
  const dictionary = loadActorDictionary({ userDirs: [dir] });
  const mentions = mentionsOf("Jan Testowy flew to Ruritania. Bat'ka stayed. A Polish hetman spoke.", "2025-03-01", dictionary);
  assert.equal(mentionNamed(mentions, "Jan Testowy")?.actor?.code, "POLGOV");
  assert.equal(mentionNamed(mentions, "Ruritania")?.actor?.code, "RUR");
  assert.equal(mentionNamed(mentions, "Bat'ka")?.actor?.id, "alexander-lukashenko");
  assert.equal(mentionNamed(mentions, "Polish hetman")?.actor?.code, "POLMIL");
  // The same folders give the same (memoised) dictionary.
  assert.equal(loadActorDictionary({ userDirs: [dir] }), dictionary);
});

test("describeActor finds an actor by name, id or code, with its roles in order", () => {
  const dir = writeDictionary({ "actors/people/test.yaml": TEST_PEOPLE });
  const dictionary = loadActorDictionary({ userDirs: [dir] });
  const [trump] = describeActor(dictionary, "trump");
  assert.equal(trump?.id, "donald-trump");
  assert.deepEqual(trump?.roles.map((r) => r.from), ["2017-01-20", "2025-01-20"]);
  assert.equal(describeActor(dictionary, "country:BLR")[0]?.name, "Belarus");
  assert.ok(describeActor(dictionary, "RUSGOV").some((a) => a.id === "vladimir-putin"));
  assert.deepEqual(describeActor(dictionary, "no such actor anywhere"), []);
});
