/**
 * A stand-in for the pipeline worker that speaks its protocol but crashes on purpose: it throws
 * on an article whose text says CRASH and exits on one that says EXIT, and on one that says GROW
 * fills its heap until it runs out, when it was given a heap limit; others come back as plain
 * Documents. For the pool's tests.
 */
import { parentPort, resourceLimits } from "node:worker_threads";
import { createDocument } from "../../src/ingest/create-document.js";
import type { CodeTask, WorkerReply } from "../../src/parallel/messages.js";
import { threadCpuSeconds } from "../../src/parallel/thread-cpu.js";

const port = parentPort!;
port.on("message", (task: CodeTask) => {
  if (task.input.text.includes("CRASH")) throw new Error("crashed on purpose");
  if (task.input.text.includes("EXIT")) process.exit(3);
  const limited = (resourceLimits.maxOldGenerationSizeMb ?? 0) > 0 && (resourceLimits.maxOldGenerationSizeMb ?? 0) < 100;
  if (task.input.text.includes("GROW") && limited) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i));
  }
  port.postMessage({ kind: "coded", id: task.id, doc: createDocument(task.input), cpuSeconds: threadCpuSeconds() } satisfies WorkerReply);
});
port.postMessage({ kind: "ready" } satisfies WorkerReply);
