import { buildKafkaClusterView } from './buildKafkaClusterView';
import { ClusterObjectIndex } from './ClusterObjectIndex';
import {
  ordersApplications,
  ordersObjectsByKind,
} from './__fixtures__/ordersCluster';
import { NOW, ORDERS, loadObjects } from './__fixtures__/ordersView';

function viewWith(applications: object[] | 'absent') {
  const index = new ClusterObjectIndex();
  loadObjects(index, ORDERS.cluster, ordersObjectsByKind);
  if (applications === 'absent') {
    index.markKindAbsent(ORDERS.cluster, 'Application');
  } else {
    index.replaceAll(ORDERS.cluster, 'Application', applications);
  }
  return buildKafkaClusterView(index.snapshot(ORDERS), NOW);
}

describe('the GitOps part of the view', () => {
  it("lists this Kafka's Argo CD Applications with sync, health, revision and last sync", () => {
    const view = viewWith(ordersApplications);
    expect(view.gitops).toEqual({
      installed: true,
      applications: [
        {
          name: 'orders-kafka',
          namespace: 'argocd',
          syncStatus: 'Synced',
          healthStatus: 'Healthy',
          revision: '9f2c1e7',
          lastSyncedAt: '2026-11-21T11:40:00Z',
          lastSyncPhase: 'Succeeded',
        },
        {
          name: 'orders-strimzi',
          namespace: 'argocd',
          syncStatus: 'OutOfSync',
          healthStatus: 'Degraded',
          revision: '9f2c1e7',
          lastSyncedAt: '2026-11-21T11:41:00Z',
          lastSyncPhase: 'Failed',
          // Degraded: the health message says the most.
          message: 'Deployment has 0/1 ready',
        },
      ],
    });
    expect(view.errors).toEqual([]);
  });

  it('is installed with no applications when Argo CD has none for this Kafka', () => {
    expect(viewWith([]).gitops).toEqual({ installed: true, applications: [] });
  });

  it('is a quiet "not installed" when the cluster has no Application CRD', () => {
    const view = viewWith('absent');
    expect(view.gitops).toEqual({ installed: false });
    expect(view.errors).toEqual([]);
  });

  it('forgets cached Applications when the CRD goes away', () => {
    const index = new ClusterObjectIndex();
    index.replaceAll(ORDERS.cluster, 'Application', ordersApplications);
    const before = index.revision(ORDERS.cluster);
    index.markKindAbsent(ORDERS.cluster, 'Application');
    expect(index.revision(ORDERS.cluster)).toBeGreaterThan(before);
    expect(index.snapshot(ORDERS).applications).toBeUndefined();
  });
});
