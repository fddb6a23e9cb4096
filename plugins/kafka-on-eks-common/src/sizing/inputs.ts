import type { BrokerSizingInputs, RequestProblem } from '../request/types';

/**
 * What the sizing model needs to know about a workload: the request's
 * {@link BrokerSizingInputs} and the zones the brokers spread over.
 *
 * @public
 */
export interface KafkaSizingInputs extends BrokerSizingInputs {
  /** Availability zones the brokers spread over. */
  zones: number;
}

/**
 * Starting values for the inputs a form offers before the user types; the
 * throughput has none, since no guess at it is useful.
 *
 * @public
 */
export const DEFAULT_SIZING_INPUTS = {
  readFanout: 2,
  retentionHours: 168,
  replicationFactor: 3,
  headroom: 0.2,
  zones: 3,
} as const;

/** @public */
export type SizingInputsValidation =
  | { ok: true; inputs: KafkaSizingInputs }
  | { ok: false; problems: RequestProblem[] };

type Rule = 'positive' | 'positiveInteger' | 'fraction';

// Headroom may be 0 (no extra room); every other input must be above 0.
const RULES: Record<keyof KafkaSizingInputs, Rule> = {
  peakWriteMBps: 'positive',
  readFanout: 'positiveInteger',
  retentionHours: 'positive',
  replicationFactor: 'positiveInteger',
  headroom: 'fraction',
  zones: 'positiveInteger',
};

/**
 * Checks sizing inputs; every problem names its field, e.g.
 * `{ path: 'peakWriteMBps', message: 'must be greater than 0' }`.
 *
 * @public
 */
export function validateSizingInputs(input: unknown): SizingInputsValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'the sizing inputs must be an object' }],
    };
  }
  const record = input as Record<string, unknown>;
  const problems: RequestProblem[] = [];
  for (const [field, rule] of Object.entries(RULES)) {
    const message = problemWith(record[field], rule);
    if (message) problems.push({ path: field, message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const inputs = Object.fromEntries(
    Object.keys(RULES).map(field => [field, record[field]]),
  ) as unknown as KafkaSizingInputs;
  return { ok: true, inputs };
}

function problemWith(value: unknown, rule: Rule): string | undefined {
  if (value === undefined || value === null || value === '') {
    return 'is required';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return 'must be a number';
  }
  if (rule === 'fraction') {
    if (value < 0) return 'must be at least 0';
    if (value > 1) return 'must be a fraction between 0 and 1 (0.2 is 20 %)';
    return undefined;
  }
  if (value <= 0) return 'must be greater than 0';
  if (rule === 'positiveInteger' && !Number.isInteger(value)) {
    return 'must be a whole number';
  }
  return undefined;
}

/**
 * Thrown by the sizing model for invalid inputs; its message lists every
 * problem as `field: rule`.
 *
 * @public
 */
export class SizingInputError extends Error {
  readonly problems: RequestProblem[];

  constructor(problems: RequestProblem[]) {
    super(
      problems
        .map(p => (p.path ? `${p.path}: ${p.message}` : p.message))
        .join('; '),
    );
    this.name = 'SizingInputError';
    this.problems = problems;
  }
}
