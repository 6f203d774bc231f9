/**
 * A worker thread of the pipeline pool: builds the pipeline once, then turns each article it is
 * sent into an annotated Document, in the order they come.
 */
import { parentPort, workerData } from "node:worker_threads";
import { AttacheError } from "../errors.js";
import { createDocument } from "../ingest/create-document.js";
import type { Pipeline } from "../pipeline.js";
import { createPipeline } from "../pipeline.js";
import { forSaving } from "./for-saving.js";
import type { CodeTask, WorkerReply, WorkerSettings } from "./messages.js";
import { threadCpuSeconds } from "./thread-cpu.js";

const port = parentPort;
if (!port) throw new Error("pipeline-worker.js runs as a worker thread of the pipeline pool");
const reply = (message: WorkerReply) => port.postMessage(message);

let pipeline: Pipeline | null = null;
try {
  pipeline = createPipeline((workerData as WorkerSettings).pipeline);
} catch (error) {
  reply({
    kind: "failed",
    issue: error instanceof AttacheError ? error.issue : null,
    reason: error instanceof Error ? error.message : String(error),
  });
  port.close();
}

if (pipeline) {
  const ready = pipeline;
  port.on("message", (task: CodeTask) => {
    const doc = ready.run(createDocument(task.input));
    const cpuSeconds = threadCpuSeconds();
    // The one writing thread saves every article: what can be done here is not done there.
    reply(task.forSaving ? { kind: "coded", id: task.id, cpuSeconds, ...forSaving(doc) } : { kind: "coded", id: task.id, cpuSeconds, doc });
  });
  reply({ kind: "ready" });
}
