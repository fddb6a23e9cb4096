const UNITS: Array<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
  ['ms', 1],
];

/** A duration in its largest whole unit, one decimal at most: `7 d`, `1.5 h`. */
export function formatDuration(ms: number): string {
  const [unit, size] =
    UNITS.find(([, s]) => ms >= s) ?? UNITS[UNITS.length - 1];
  return `${Number((ms / size).toFixed(1))} ${unit}`;
}

/**
 * A topic's `retention.ms` for people: `7 d`, `unlimited` for -1 (Kafka's
 * "keep forever"), `default` when the topic does not set it (the broker's
 * `log.retention.*` applies).
 */
export function formatRetention(retentionMs: number | undefined): string {
  if (retentionMs === undefined) return 'default';
  if (retentionMs < 0) return 'unlimited';
  return formatDuration(retentionMs);
}

/** How long ago, in whole units: `12 s`, `2 min`, `3 h`, `2 d`. */
export function formatAge(ms: number): string {
  const [unit, size] = UNITS.slice(0, 4).find(([, s]) => ms >= s) ?? UNITS[3];
  return `${Math.floor(Math.max(0, ms) / size)} ${unit}`;
}

/**
 * How far a consumer is behind, in its two largest units: `2 min 30 s`,
 * `1 h 5 min`, `0 s` when caught up, `—` without an estimate (messages are
 * behind but nothing is produced, so there is no rate to divide by).
 */
export function formatTimeLag(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 1) return seconds > 0 ? '< 1 s' : '0 s';
  const units = UNITS.slice(0, 4);
  const ms = Math.round(seconds) * 1000;
  const first = units.findIndex(([, size]) => ms >= size);
  const [unit, size] = units[first];
  const whole = Math.floor(ms / size);
  const text = `${whole} ${unit}`;
  // Two units say enough: "3 d 4 h", not "3 d 4 h 12 min 9 s".
  const next = units[first + 1];
  const rest = next ? Math.floor((ms - whole * size) / next[1]) : 0;
  return rest > 0 ? `${text} ${rest} ${next[0]}` : text;
}
