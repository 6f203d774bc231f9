import type { Migration } from "../migrations/index.js";

/**
 * Number 7 is another branch's migration; this stands in for it so that the list stays
 * numbered 1, 2, 3… on this branch. At merge, that branch's 0007 replaces this file.
 */
export const reserved7: Migration = {
  version: 7,
  name: "reserved (another branch's migration 7)",
  sql: "SELECT 1",
};
