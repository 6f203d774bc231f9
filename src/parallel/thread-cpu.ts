import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times: 100 on Linux for x86 and ARM alike. */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of one thread, from a /proc `stat` file; null where there is none. */
function cpuSecondsOf(statPath: string): number | null {
  try {
    // After "pid (name) ", fields count from the state (3rd).
    const stat = readFileSync(statPath, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [utime, stime] = [Number(fields[14 - 3]), Number(fields[15 - 3])];
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by this process's main thread alone (its workers apart), read from
 * Linux's /proc; null elsewhere. With worker threads, the one writing thread is what bounds the
 * speed-up, and unlike wall time this does not depend on what else the machine runs.
 */
export function mainThreadCpuSeconds(): number | null {
  // The main thread's id is the process id.
  return cpuSecondsOf(`/proc/self/task/${process.pid}/stat`);
}

/**
 * CPU seconds used so far by the calling thread (a worker's own, in a worker), from Linux's
 * /proc; null elsewhere. What a process's threads used apart from the main thread and the
 * workers is V8's helper threads: compiling hot code and collecting garbage.
 */
export function threadCpuSeconds(): number | null {
  return cpuSecondsOf("/proc/thread-self/stat");
}
