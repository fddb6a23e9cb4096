import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/**
 * An EntityProviderConnection that records each mutation and keeps what the
 * catalog would hold from the provider: a full mutation replaces it all,
 * a delta adds and removes.
 */
export class MutationRecorder implements EntityProviderConnection {
  readonly mutations: EntityProviderMutation[] = [];
  readonly entities = new Map<string, Entity>();

  async applyMutation(mutation: EntityProviderMutation): Promise<void> {
    this.mutations.push(mutation);
    if (mutation.type === 'full') {
      this.entities.clear();
      for (const { entity } of mutation.entities) {
        this.entities.set(stringifyEntityRef(entity), entity);
      }
      return;
    }
    for (const { entity } of mutation.added) {
      this.entities.set(stringifyEntityRef(entity), entity);
    }
    for (const removed of mutation.removed) {
      this.entities.delete(
        'entityRef' in removed
          ? removed.entityRef
          : stringifyEntityRef(removed.entity),
      );
    }
  }

  async refresh(): Promise<void> {}

  types(): string[] {
    return this.mutations.map(m => m.type);
  }

  entity(name: string): Entity | undefined {
    return this.entities.get(`resource:default/${name}`);
  }

  names(): string[] {
    return [...this.entities.values()].map(e => e.metadata.name).sort();
  }
}

/** Polls until `check` passes; the timeout only guards a hung test. */
export async function eventually(
  check: () => void,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }
}
