import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { readDataFile, readLayeredData } from "../src/knowledge/read-data.js";
import { AttacheError } from "../src/errors.js";

const schema = z.object({ id: z.string(), code: z.string().regex(/^[A-Z]{3,}$/) });

test("a bad record names its file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-data-"));
  const file = join(dir, "bad.yaml");
  writeFileSync(file, "- id: a\n  code: USA\n\n- id: b\n  code: usa\n");
  assert.throws(() => readDataFile(file, schema), (error: unknown) => {
    assert.ok(error instanceof AttacheError);
    assert.equal(error.code, "data-invalid");
    assert.match(error.input, /bad\.yaml:4$/);
    assert.match(error.message, /code:/);
    return true;
  });
});

test("broken YAML names its line", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-data-"));
  const file = join(dir, "broken.yaml");
  writeFileSync(file, "- id: a\n  code: USA\n- id: [b\n");
  assert.throws(() => readDataFile(file, schema), /broken\.yaml:\d+/);
});

test("a user folder overrides shipped records by key and adds new ones", () => {
  const user = mkdtempSync(join(tmpdir(), "attache-user-"));
  mkdirSync(join(user, "test-only"), { recursive: true });
  writeFileSync(join(user, "test-only", "x.json"), JSON.stringify([{ id: "a", code: "FRA" }, { id: "b", code: "DEU" }]));
  const records = readLayeredData("test-only", schema, [user], (r) => r.id);
  assert.deepEqual(records.map((r) => r.value), [{ id: "a", code: "FRA" }, { id: "b", code: "DEU" }]);
  assert.ok(Object.isFrozen(records));
});

test("a second read, from the cache, gives the same records and still names a bad record's line", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-data-"));
  const good = join(dir, "good.yaml");
  writeFileSync(good, "# two records\n- id: a\n  code: USA\n\n- { id: b, code: FRA }\n");
  const first = readDataFile(good, schema);
  assert.deepEqual(readDataFile(good, schema), first);
  assert.deepEqual(first.map((r) => [r.value.id, r.line]), [["a", 2], ["b", 5]]);
  const bad = join(dir, "bad.yaml");
  writeFileSync(bad, "- id: a\n  code: USA\n- id: b\n  code: usa\n");
  for (let read = 0; read < 2; read++) assert.throws(() => readDataFile(bad, schema), (error: unknown) => error instanceof AttacheError && /bad\.yaml:3$/.test(error.input));
});

test("a changed file is read afresh, not from the cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-data-"));
  const file = join(dir, "x.yaml");
  writeFileSync(file, "- { id: a, code: USA }\n");
  assert.equal(readDataFile(file, schema)[0]?.value.code, "USA");
  writeFileSync(file, "- { id: a, code: GBR }\n");
  assert.equal(readDataFile(file, schema)[0]?.value.code, "GBR");
});
