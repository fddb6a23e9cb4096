import { validateRequest } from '../request/validate';
import type { KafkaClusterRequest } from '../request/types';
import { nodeCapacityOf, planClusterChange } from './planClusterChange';
import type { ChangeContext, ChangeValidation } from './types';

/**
 * Validates a desired request for an existing cluster: first as a request
 * (the same schema and rules as a new one, without the create-time support
 * gate), then as a transition from the current request. An existing topic
 * keeps its replication factor unless the change sets one, so adding brokers
 * never moves replicas by accident. The current request's `generatedOn` is
 * kept, so the files a change does not touch render the same.
 *
 * @public
 */
export function validateClusterChange(
  current: KafkaClusterRequest,
  desired: unknown,
  context: ChangeContext = {},
): ChangeValidation {
  const validation = validateRequest(
    withExistingNodeCapacity(
      current,
      withExistingReplication(current, desired),
    ),
    { today: current.generatedOn },
    { supportGate: false },
  );
  if (!validation.ok) return validation;
  const plan = planClusterChange(current, validation.request, context.live);
  if (!plan.ok) return { ok: false, problems: plan.refusals };
  return {
    ok: true,
    request: validation.request,
    changes: plan.changes,
    followUps: plan.followUps,
    warnings: validation.warnings,
  };
}

// Node capacity left out keeps the node groups as they are, where they hold
// the desired brokers: fewer brokers never shrink the nodes by accident.
function withExistingNodeCapacity(
  current: KafkaClusterRequest,
  desired: unknown,
): unknown {
  if (typeof desired !== 'object' || desired === null) return desired;
  const { brokers } = desired as { brokers?: unknown };
  if (typeof brokers !== 'object' || brokers === null) return desired;
  const { replicas, nodeCapacity } = brokers as Record<string, unknown>;
  if (
    nodeCapacity !== undefined &&
    nodeCapacity !== null &&
    nodeCapacity !== ''
  )
    return desired;
  const capacity = nodeCapacityOf(current.brokers);
  const wanted =
    typeof replicas === 'number' ? replicas : current.brokers.replicas;
  if (capacity === wanted || capacity < wanted) return desired;
  return { ...desired, brokers: { ...brokers, nodeCapacity: capacity } };
}

function withExistingReplication(
  current: KafkaClusterRequest,
  desired: unknown,
): unknown {
  if (typeof desired !== 'object' || desired === null) return desired;
  const { topics } = desired as { topics?: unknown };
  if (!Array.isArray(topics)) return desired;
  const existing = new Map(
    current.topics.map(t => [t.name, t.replicationFactor]),
  );
  return {
    ...desired,
    topics: topics.map(topic => {
      if (typeof topic !== 'object' || topic === null) return topic;
      const { name, replicationFactor } = topic as Record<string, unknown>;
      const unset =
        replicationFactor === undefined ||
        replicationFactor === null ||
        replicationFactor === '';
      return unset && typeof name === 'string' && existing.has(name)
        ? { ...topic, replicationFactor: existing.get(name) }
        : topic;
    }),
  };
}
