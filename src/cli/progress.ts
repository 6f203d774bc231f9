import type { InputFiles } from "./count-inputs.js";
import { fileOfOrigin } from "./count-inputs.js";

/** Counts of one ingest run, as the summary reports them. */
export interface IngestCounts {
  new: number;
  versions: number;
  unchanged: number;
  failed: number;
  events: number;
  mentions: number;
}

const REDRAW_MS = 200;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * The live line on a terminal: articles done, rate, errors, and files done with the time left
 * when the files were counted up front. Draws nothing when stderr is not a terminal.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private readonly seenFiles = new Set<string>();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly inputs: InputFiles,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled: boolean = stream.isTTY === true,
  ) {}

  /** Notes that an article or issue from `origin` was handled, and redraws now and then. */
  update(origin: string, counts: IngestCounts): void {
    const file = fileOfOrigin(origin);
    if (this.inputs.files.has(file)) this.seenFiles.add(file);
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2K${this.describe(counts, now)}`);
    this.drawn = true;
  }

  /** What the line says at a moment. */
  describe(counts: IngestCounts, now: number): string {
    const done = counts.new + counts.versions + counts.unchanged;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const parts = [`${done} articles`, `${rate.toFixed(1)}/s`, `${counts.failed} errors`];
    const total = this.inputs.files.size;
    if (this.inputs.complete && total > 0) {
      // The file being read is not finished yet: count it from the next one on.
      const finished = Math.max(0, this.seenFiles.size - 1);
      parts.push(`${finished}/${total} files`);
      if (finished > 0) parts.push(`${clock((elapsed / finished) * (total - finished))} left`);
    }
    parts.push(clock(elapsed));
    return parts.join(" · ");
  }

  /** Clears the line before the summary or an error line is written. */
  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
