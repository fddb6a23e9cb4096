import { isRecord } from '../api/types';

/** Failures a test or the demo switches on; the server applies them to every API request. */
export interface Faults {
  /**
   * The API is unreachable: every open connection is destroyed and every new
   * API request has its connection destroyed without an answer. The port stays
   * bound, so the control endpoint still answers and nothing else can take it.
   */
  down: boolean;
  /** Delay every API response (including the start of a watch) by this many ms. */
  slowMs: number;
  /** Answer 500 InternalError: `true` for every API request, or a list of resources (`kafkatopics`). */
  error500: boolean | readonly string[];
}

/** Fault changes; `dropWatches` is an action, not a state: it ends the open watches once. */
export type FaultUpdate = Partial<Faults> & {
  dropWatches?: boolean | 'end' | 'reset';
};

export const NO_FAULTS: Faults = { down: false, slowMs: 0, error500: false };

/** Validates a fault update from the control endpoint's JSON body. */
export function parseFaultUpdate(body: unknown): FaultUpdate {
  if (!isRecord(body)) throw new Error('the body must be a JSON object');
  const update: FaultUpdate = {};
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'down':
        if (typeof value !== 'boolean')
          throw new Error('down must be a boolean');
        update.down = value;
        break;
      case 'slowMs':
        if (typeof value !== 'number' || value < 0) {
          throw new Error('slowMs must be a number of milliseconds >= 0');
        }
        update.slowMs = value;
        break;
      case 'error500':
        if (
          typeof value !== 'boolean' &&
          !(Array.isArray(value) && value.every(v => typeof v === 'string'))
        ) {
          throw new Error(
            'error500 must be a boolean or a list of resource names',
          );
        }
        update.error500 = value;
        break;
      case 'dropWatches':
        if (![true, false, 'end', 'reset'].includes(value as string)) {
          throw new Error('dropWatches must be true, "end" or "reset"');
        }
        update.dropWatches = value as FaultUpdate['dropWatches'];
        break;
      default:
        throw new Error(
          `unknown fault "${key}" (known: down, slowMs, error500, dropWatches)`,
        );
    }
  }
  return update;
}

/** Whether the 500 fault applies to a request for `resource` (undefined for discovery). */
export function error500Applies(faults: Faults, resource?: string): boolean {
  if (faults.error500 === true) return true;
  if (!Array.isArray(faults.error500) || !resource) return false;
  return faults.error500.some(
    r => r === resource || r.split('.')[0] === resource,
  );
}
