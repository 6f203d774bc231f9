import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.js";
import { describeStore } from "./store-suite.js";

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
