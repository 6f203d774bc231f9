import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times: 100 on Linux for x86 and ARM alike. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by this process's main thread alone (its workers apart), read from
 * Linux's /proc; null elsewhere. With worker threads, the one writing thread is what bounds the
 * speed-up, and unlike wall time this does not depend on what else the machine runs.
 */
export function mainThreadCpuSeconds(): number | null {
  try {
    // The main thread's id is the process id. After "pid (name) ", fields count from the state (3rd).
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [utime, stime] = [Number(fields[14 - 3]), Number(fields[15 - 3])];
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
