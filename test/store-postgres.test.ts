import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPostgresStore } from "../src/store/postgres.js";
import { describeStore } from "./store-suite.js";

/** The server `scripts/start-postgres.sh` starts; `ATTACHE_TEST_PG` names another. */
const DEFAULT_URL = "postgres://attache:attache@127.0.0.1:5432/attache_test";
const URL_IN_USE = process.env["ATTACHE_TEST_PG"] || DEFAULT_URL;

/** Null when the server answers with these credentials, else why not. */
async function unreachableReason(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL server: run scripts/start-postgres.sh (${url.replace(/:[^:@/]*@/, ":***@")}: ${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement on its own connection (schemas are made and dropped outside the store). */
async function runOnce(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL_IN_USE });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const skip = await unreachableReason(URL_IN_USE);

// The shared store suite on PostgreSQL: each test in a schema of its own, dropped when it closes.
describeStore(
  "PostgreSQL",
  async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const store = openPostgresStore(URL_IN_USE, { schema, maxConnections: 4 });
    return {
      ...store,
      close: async () => {
        await store.close();
        // The name is ours (t_ and hex digits): it can stand in the DDL.
        await runOnce(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      },
    };
  },
  { skip: skip ?? undefined },
);
