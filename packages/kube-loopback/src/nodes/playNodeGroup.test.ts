import { playNodeGroup, nodeGroupNodeName } from './playNodeGroup';

const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const ready = (node: any) =>
  node.status.conditions.find((c: any) => c.type === 'Ready')?.status;

describe('playNodeGroup', () => {
  const nodes: any[] = playNodeGroup({
    pool: 'broker',
    zones,
    nodesPerZone: 2,
    labels: { 'eks.amazonaws.com/nodegroup': 'broker' },
    taints: [{ key: 'dedicated', value: 'kafka', effect: 'NoSchedule' }],
    instanceType: 'r7g.xlarge',
    now: '2026-12-01T10:00:00Z',
  });

  it('makes nodesPerZone Ready nodes in each zone, labelled for the pool', () => {
    expect(nodes).toHaveLength(6);
    const byZone = (zone: string) =>
      nodes.filter(
        n => n.metadata.labels['topology.kubernetes.io/zone'] === zone,
      );
    for (const zone of zones) expect(byZone(zone)).toHaveLength(2);
    for (const node of nodes) {
      expect(node).toMatchObject({ apiVersion: 'v1', kind: 'Node' });
      expect(node.metadata.labels).toMatchObject({
        'kafka-on-eks/pool': 'broker',
        'eks.amazonaws.com/nodegroup': 'broker',
        'topology.kubernetes.io/region': 'us-east-1',
        'node.kubernetes.io/instance-type': 'r7g.xlarge',
        'kubernetes.io/arch': 'arm64',
      });
      expect(ready(node)).toBe('True');
      expect(node.spec.unschedulable).toBeUndefined();
      expect(node.spec.taints).toEqual([
        { key: 'dedicated', value: 'kafka', effect: 'NoSchedule' },
      ]);
      // The provider id names the zone and the instance the name is made of.
      const instance = node.metadata.name.split('.')[0];
      expect(instance).toMatch(/^i-0[0-9a-f]{16}$/);
      expect(node.spec.providerID).toBe(
        `aws:///${node.metadata.labels['topology.kubernetes.io/zone']}/${instance}`,
      );
    }
    expect(new Set(nodes.map(n => n.metadata.name)).size).toBe(6);
  });

  it('names nodes stably, so a larger apply keeps the nodes it had', () => {
    const again = playNodeGroup({ pool: 'broker', zones, nodesPerZone: 2 });
    expect(again.map((n: any) => n.metadata.name)).toEqual(
      nodes.map(n => n.metadata.name),
    );
    const grown: any[] = playNodeGroup({
      pool: 'broker',
      zones,
      nodesPerZone: 3,
    });
    const grownNames = new Set(grown.map(n => n.metadata.name));
    expect(nodes.every(n => grownNames.has(n.metadata.name))).toBe(true);
    expect(grown).toHaveLength(9);
    expect(nodes[0].metadata.name).toBe(
      nodeGroupNodeName('broker', 'us-east-1a', 0),
    );
    expect(nodes[0].metadata.name.endsWith('.ec2.internal')).toBe(true);
    expect(nodeGroupNodeName('broker', 'eu-west-1a', 0)).toMatch(
      /\.eu-west-1\.compute\.internal$/,
    );
  });

  it('gives another pool other nodes, and the pool label wins over labels', () => {
    const controllers: any[] = playNodeGroup({
      pool: 'controller',
      zones,
      nodesPerZone: 2,
      labels: { 'kafka-on-eks/pool': 'broker' },
    });
    const brokerNames = new Set(nodes.map(n => n.metadata.name));
    expect(controllers.some(n => brokerNames.has(n.metadata.name))).toBe(false);
    expect(
      controllers.every(
        n => n.metadata.labels['kafka-on-eks/pool'] === 'controller',
      ),
    ).toBe(true);
  });

  it('makes no nodes for a node group scaled to zero', () => {
    expect(playNodeGroup({ pool: 'broker', zones, nodesPerZone: 0 })).toEqual(
      [],
    );
  });

  it.each([
    [
      { pool: '', zones, nodesPerZone: 1 },
      /pool must be a Kubernetes label value.*got ""/,
    ],
    [
      { pool: '-broker', zones, nodesPerZone: 1 },
      /pool must be a Kubernetes label value/,
    ],
    [
      { pool: 'broker', zones: [], nodesPerZone: 1 },
      /zones must list at least one zone/,
    ],
    [
      { pool: 'broker', zones: ['us-east-1a', 'east'], nodesPerZone: 1 },
      /zones\[1\] must be an AWS zone name like us-east-1a \(got "east"\)/,
    ],
    [
      { pool: 'broker', zones: ['us-east-1a', 'us-east-1a'], nodesPerZone: 1 },
      /zones must not repeat a zone/,
    ],
    [
      { pool: 'broker', zones, nodesPerZone: 1.5 },
      /nodesPerZone must be a whole number of 0 or more \(got 1.5\)/,
    ],
    [
      { pool: 'broker', zones, nodesPerZone: -1 },
      /nodesPerZone must be a whole number/,
    ],
  ])('refuses %j, naming the field and the rule', (options, message) => {
    expect(() => playNodeGroup(options)).toThrow(message);
  });
});
