import type { KubeObject } from '../api/types';
import type { ResourceType } from '../resources';

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One committed change, as watches replay it. */
export interface StoreEvent {
  type: StoreEventType;
  resourceVersion: number;
  resourceType: ResourceType;
  /** The state after the change; for DELETED, the last state stamped with the deletion's resourceVersion. */
  object: KubeObject;
  /** The state before the change (MODIFIED and DELETED). */
  previous?: KubeObject;
}

/**
 * The last N committed events, oldest first: what watches replay from a
 * resourceVersion and what continue tokens rebuild their snapshot from.
 * Older events are compacted away, as etcd compacts its history.
 */
export class EventHistory {
  private events: StoreEvent[] = [];
  /** The history holds every event with a resourceVersion above this. */
  private compactedThrough = 0;

  constructor(private readonly size: number) {}

  /** The oldest resourceVersion the history can replay from. */
  get oldestResourceVersion(): number {
    return this.compactedThrough;
  }

  record(event: StoreEvent): void {
    this.events.push(event);
    const excess = this.events.length - this.size;
    if (excess > 0) {
      this.compactedThrough = this.events[excess - 1].resourceVersion;
      this.events.splice(0, excess);
    }
  }

  /** Events after `rv`, oldest first, or undefined when `rv` is older than the history. */
  after(rv: number): StoreEvent[] | undefined {
    if (rv < this.compactedThrough) return undefined;
    const first = this.events.findIndex(e => e.resourceVersion > rv);
    return first < 0 ? [] : this.events.slice(first);
  }
}
