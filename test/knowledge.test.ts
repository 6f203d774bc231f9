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
