import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../src/store/open-store.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { describeStore } from "./store-suite.js";
import { annotated } from "./helpers/annotated-document.js";

// The shared store suite on SQLite: a fresh database file per test, removed when it closes.
describeStore("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-sqlite-suite-"));
  const store = openStore(join(dir, "test.db"));
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

// What only SQLite has: one file, migrated once, in WAL mode.
test("a database file is migrated once, in WAL mode", async () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-store-"));
  const path = join(dir, "test.db");
  try {
    const first = openStore(path);
    await first.saveDocument(annotated());
    await first.close();
    const second = openStore(path);
    assert.equal((await second.counts()).articles, 1);
    await second.close();
    const raw = new Database(path, { readonly: true });
    assert.deepEqual(raw.prepare("SELECT version FROM schema_migrations ORDER BY version").all(), MIGRATIONS.map((m) => ({ version: m.version })));
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
