import { test } from "node:test";
import assert from "node:assert/strict";
import { HostGate } from "../src/watch/host-gate.js";
import { backoffSeconds, nextInterval, withJitter } from "../src/watch/schedule.js";
import type { ScheduleSettings } from "../src/watch/schedule.js";
import { FakeClock } from "./helpers/watch-fixtures.js";

const S: ScheduleSettings = { minSeconds: 60, maxSeconds: 3600, factor: 2, jitter: 0.1, maxBackoffSeconds: 7200 };

test("the interval shortens while items come and lengthens while not, within bounds", () => {
  assert.deepEqual([nextInterval(600, true, S), nextInterval(100, true, S), nextInterval(600, false, S), nextInterval(3000, false, S)], [300, 60, 1200, 3600]);
  assert.deepEqual([1, 2, 3, 10].map((f) => backoffSeconds(600, f, S)), [1200, 2400, 4800, 7200]);
  assert.deepEqual([0, 0.5, 0.999999].map((r) => Math.round(withJitter(1000, S, r))), [900, 1000, 1100]);
});

test("one request at a time per host, a gap between them, and other hosts not held up", async () => {
  const clock = new FakeClock(0);
  const gate = new HostGate(clock, 1000);
  const log: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  const work = (name: string, wait?: Promise<void>) => async () => {
    log.push(`start ${name} @${clock.now()}`);
    await wait;
    log.push(`end ${name}`);
  };
  const a1 = gate.run("a.example", work("a1", held));
  const a2 = gate.run("a.example", work("a2"));
  const b1 = gate.run("b.example", work("b1"));
  await b1;
  // b1 ran while a1 was still holding host a; a2 has not started.
  assert.deepEqual(log, ["start a1 @0", "start b1 @0", "end b1"]);
  clock.ms = 500;
  release();
  await Promise.all([a1, a2]);
  assert.deepEqual(log, ["start a1 @0", "start b1 @0", "end b1", "end a1", "start a2 @1500", "end a2"]);
});
