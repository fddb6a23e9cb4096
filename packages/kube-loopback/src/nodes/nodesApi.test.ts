import { CoreV1Api } from '@kubernetes/client-node';
import { startKubeLoopback, type KubeLoopback } from '../KubeLoopback';
import { kubeConfig } from '../__testUtils__/clientNode';
import { rawClient } from '../__testUtils__/rawClient';
import { kubernetesNode } from './kubernetesNode';
import { playNodeGroup } from './playNodeGroup';

const KUBECTL_TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
const zones = ['eu-west-1a', 'eu-west-1b'];

describe('nodes on the loopback API', () => {
  let server: KubeLoopback;
  let core: CoreV1Api;

  beforeEach(async () => {
    server = await startKubeLoopback({
      objects: [
        ...playNodeGroup({ pool: 'broker', zones, nodesPerZone: 2 }),
        ...playNodeGroup({ pool: 'controller', zones, nodesPerZone: 1 }),
        kubernetesNode({
          name: 'ip-10-0-9-9.eu-west-1.compute.internal',
          zone: 'eu-west-1a',
          labels: { 'node-role.kubernetes.io/system': '' },
          unschedulable: true,
          ready: false,
        }),
      ],
    });
    core = kubeConfig(server).makeApiClient(CoreV1Api);
  });
  afterEach(() => server.close());

  it('lists cluster-wide Nodes through client-node, by label and by spec.unschedulable', async () => {
    const all = await core.listNode();
    expect(all.items).toHaveLength(7);
    expect(all.metadata?.resourceVersion).toBeTruthy();
    const brokers = await core.listNode({
      labelSelector: 'kafka-on-eks/pool=broker',
    });
    expect(brokers.items).toHaveLength(4);
    expect(
      brokers.items.every(n =>
        n.status?.conditions?.some(
          c => c.type === 'Ready' && c.status === 'True',
        ),
      ),
    ).toBe(true);
    const cordoned = await core.listNode({
      fieldSelector: 'spec.unschedulable=true',
    });
    expect(cordoned.items.map(n => n.metadata?.name)).toEqual([
      'ip-10-0-9-9.eu-west-1.compute.internal',
    ]);
  });

  it('keeps the status a kubelet registers its Node with, and status only changes through /status', async () => {
    const [node] = playNodeGroup({
      pool: 'broker',
      zones: ['eu-west-1c'],
      nodesPerZone: 1,
    }) as any[];
    const created = await core.createNode({ body: node });
    expect(
      created.status?.conditions?.find(c => c.type === 'Ready')?.status,
    ).toBe('True');

    const current = await core.readNode({ name: node.metadata.name });
    const cordon = await core.replaceNode({
      name: node.metadata.name,
      body: {
        ...current,
        spec: { ...current.spec, unschedulable: true },
        status: { conditions: [] },
      },
    });
    expect(cordon.spec?.unschedulable).toBe(true);
    // The main resource ignores status, as on a real server.
    expect(cordon.status?.conditions?.length).toBe(4);
  });

  it("prints kubectl's node columns", async () => {
    const res = await rawClient(server).request('GET', '/api/v1/nodes', {
      accept: KUBECTL_TABLE,
    });
    expect(res.body.kind).toBe('Table');
    expect(
      res.body.columnDefinitions
        .filter((c: any) => c.priority === 0)
        .map((c: any) => c.name),
    ).toEqual(['Name', 'Status', 'Roles', 'Age', 'Version']);
    const row = (name: string) =>
      res.body.rows.find((r: any) => r.cells[0] === name).cells;
    expect(row('ip-10-0-9-9.eu-west-1.compute.internal').slice(1, 3)).toEqual([
      'NotReady,SchedulingDisabled',
      'system',
    ]);
    const broker = res.body.rows.find((r: any) => r.cells[1] === 'Ready').cells;
    expect([broker[2], broker[4]]).toEqual(['<none>', 'v1.34.2-eks-3025e55']);
  });
});
