/** When a feed is polled next: intervals that follow how often it changes, with jitter and back-off. */
export interface ScheduleSettings {
  /** Bounds of the adaptive interval, in seconds. */
  readonly minSeconds: number;
  readonly maxSeconds: number;
  /** A poll that brought new items divides the interval by this; one that did not multiplies it. */
  readonly factor: number;
  /** ± this fraction of the interval, so that feeds added together do not poll together for ever. */
  readonly jitter: number;
  /** The longest wait after failures in a row. */
  readonly maxBackoffSeconds: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = { minSeconds: 120, maxSeconds: 6 * 3600, factor: 1.5, jitter: 0.1, maxBackoffSeconds: 12 * 3600 };

/** The next interval after a successful poll: shorter when items keep coming, longer when not, within bounds. */
export function nextInterval(current: number, changed: boolean, settings: ScheduleSettings): number {
  const next = changed ? current / settings.factor : current * settings.factor;
  return Math.round(Math.min(settings.maxSeconds, Math.max(settings.minSeconds, next)));
}

/** The wait after `failures` failures in a row: the interval doubled each time, up to the cap. */
export function backoffSeconds(interval: number, failures: number, settings: ScheduleSettings): number {
  return Math.min(settings.maxBackoffSeconds, interval * 2 ** Math.min(failures, 20));
}

/** `seconds` moved by up to ± the jitter fraction; `random` is in [0, 1). */
export function withJitter(seconds: number, settings: ScheduleSettings, random: number): number {
  return seconds * (1 + settings.jitter * (random * 2 - 1));
}
