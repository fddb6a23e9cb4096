/**
 * What a text input holds, as the request wants it: a number when the text
 * is one, nothing when it is empty (the request's default applies), and the
 * text itself otherwise, so the request's validator refuses it naming the
 * field instead of the form guessing.
 */
export function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A number for a text input; empty for none. */
export function textOf(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

export type RetentionUnit = 'hours' | 'days';

/** A retention in the unit it reads best in: days when whole, hours otherwise. */
export function retentionDraft(hours: number): {
  retention: string;
  retentionUnit: RetentionUnit;
} {
  return hours % 24 === 0
    ? { retention: String(hours / 24), retentionUnit: 'days' }
    : { retention: String(hours), retentionUnit: 'hours' };
}

/** The request's `retentionHours` for a retention draft. */
export function retentionHoursOf(
  retention: string,
  unit: RetentionUnit,
): number | string | undefined {
  const value = numberOrText(retention);
  if (typeof value !== 'number' || unit === 'hours') return value;
  return Math.round(value * 24 * 1000) / 1000;
}

// Git allows more, but a branch of lower-case words survives every host,
// shell and URL, and the contract's example reads this way.
const MAX_BRANCH_LENGTH = 100;

/**
 * A branch name (after `kafka-on-eks/`) from words: lower case, each run of
 * other characters one "-", e.g. `add-topic-orders-created`.
 */
export function branchSlug(...words: Array<string | number>): string {
  return words
    .map(word => String(word).toLowerCase())
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BRANCH_LENGTH)
    .replace(/-+$/, '');
}

/** A prefill value as text, for the drafts' text inputs. */
export function prefillText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
