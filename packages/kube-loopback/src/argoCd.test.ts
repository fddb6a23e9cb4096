import { CustomObjectsApi } from '@kubernetes/client-node';
import {
  apiError,
  kubeConfig,
  namespace,
  TOKEN,
  useLoopbackServers,
} from './__testUtils__/clientNode';

// Argo CD's Application CRD, served only when the server plays a cluster with Argo CD.

const application = (name: string, kafka: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: {
    name,
    namespace: 'argocd',
    labels: { 'kafka-on-eks/kafka': kafka },
  },
  spec: { project: 'default' },
  status: {
    sync: { status: 'Synced', revision: 'abc123' },
    health: { status: 'Healthy' },
  },
});

const listApplications = (api: CustomObjectsApi, labelSelector?: string) =>
  api.listClusterCustomObject({
    group: 'argoproj.io',
    version: 'v1alpha1',
    plural: 'applications',
    labelSelector,
  });

describe('Argo CD Applications', () => {
  const start = useLoopbackServers();

  it('lists Applications by label across namespaces, status included, when argoCd is on', async () => {
    const server = await start({
      argoCd: true,
      objects: [
        namespace('argocd'),
        application('orders-kafka', 'orders-kafka'),
        application('events-kafka', 'events-kafka'),
      ],
    });
    const api = kubeConfig(server, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const list = await listApplications(api, 'kafka-on-eks/kafka=orders-kafka');
    expect(list.items.map((a: any) => a.metadata.name)).toEqual([
      'orders-kafka',
    ]);
    expect(list.items[0].status.sync.revision).toBe('abc123');
    expect(list.items[0].kind).toBe('Application');
  });

  it('answers 404 for Applications when the cluster has no Argo CD (the default)', async () => {
    const server = await start({ objects: [namespace('argocd')] });
    const api = kubeConfig(server, { token: TOKEN }).makeApiClient(
      CustomObjectsApi,
    );
    const error = await apiError(listApplications(api));
    expect(error.code).toBe(404);
  });
});
