import type {
  KafkaClusterView,
  KafkaViewObjectKind,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { buildKafkaClusterView } from '../buildKafkaClusterView';
import { ClusterObjectIndex } from '../ClusterObjectIndex';
import type { KubernetesObject } from '../kubernetesObjects';
import { ordersObjectsByKind } from './ordersCluster';

export const NOW = new Date('2026-11-21T12:00:00.000Z');
export const ORDERS = {
  cluster: 'prod-eu',
  namespace: 'kafka',
  kafka: 'orders',
};

/** Fills the index as a completed list of each kind would, then confirms it. */
export function loadObjects(
  index: ClusterObjectIndex,
  cluster: string,
  objectsByKind: Partial<Record<KafkaViewObjectKind, KubernetesObject[]>>,
  leaveOut: KafkaViewObjectKind[] = [],
) {
  for (const [kind, objects] of Object.entries(objectsByKind)) {
    if (leaveOut.includes(kind as KafkaViewObjectKind)) continue;
    index.replaceAll(cluster, kind as KafkaViewObjectKind, objects);
  }
  index.markConfirmed(cluster, '2026-11-21T11:59:58.000Z');
}

/** What the backend serves for the orders cluster's objects. */
export function ordersView(
  leaveOut: KafkaViewObjectKind[] = [],
): KafkaClusterView {
  const index = new ClusterObjectIndex();
  loadObjects(index, 'prod-eu', ordersObjectsByKind, leaveOut);
  return buildKafkaClusterView(index.snapshot(ORDERS), NOW);
}
