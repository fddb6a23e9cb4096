import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  validateClusterChange,
  validateClusterRequest,
  type ChangeApplier,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fc from 'fast-check';
import { renderRepository, REQUEST_FILE } from '../render';
import { createUpdateAction } from './update';
import { workspaceFiles } from './__testUtils__/workspaceFiles';

// For random valid requests and random valid changes: the repository after
// kafka-on-eks:update is exactly what the desired request renders to, and
// every file it touches is one the change's summary explains (a Terraform
// file only when it says terraform apply, a manifest only when it says Argo
// CD, the catalog entity only when it names the catalog).

const TODAY = '2026-11-20';
const TOPIC_NAMES = ['orders.created', 'orders.paid', 'audit', 'payments'];

const topicArb = fc.record({
  name: fc.constantFrom(...TOPIC_NAMES),
  partitions: fc.integer({ min: 1, max: 24 }),
  retentionHours: fc.constantFrom(24, 168, 720),
  cleanupPolicy: fc.constantFrom('delete', 'compact'),
});

const currentArb = fc
  .record({
    zones: fc.constantFrom(2, 3),
    replicas: fc.integer({ min: 3, max: 6 }),
    spare: fc.integer({ min: 0, max: 3 }),
    storageClass: fc.constantFrom('gp3', 'st1'),
    topics: fc.uniqueArray(topicArb, {
      minLength: 1,
      maxLength: 3,
      selector: t => t.name,
    }),
    withClient: fc.boolean(),
    public: fc.boolean(),
    portal: fc.boolean(),
  })
  .map(c => ({
    name: 'orders',
    owner: 'group:default/team-a',
    region: 'eu-west-1',
    zones: c.zones,
    kubernetesVersion: '1.34',
    kafkaVersion: '4.2.1',
    brokers: {
      replicas: c.replicas,
      nodeCapacity: c.replicas + c.spare,
      storageClass: c.storageClass,
      volumeSizeGi: c.storageClass === 'st1' ? 1000 : 500,
    },
    topics: c.topics,
    clients: c.withClient
      ? [
          {
            name: 'orders-service',
            namespace: 'orders',
            topics: [{ name: c.topics[0].name, access: 'read' }],
            consumerGroups: ['orders-*'],
          },
        ]
      : [],
    apiAccessCidrs: c.public ? ['203.0.113.0/24'] : [],
    ...(c.portal && {
      portalRoleArn: 'arn:aws:iam::123456789012:role/backstage',
    }),
  }));

type Raw = ReturnType<typeof structuredClone<any>>;
/** `n` tells apart what two edits of one change add. */
type Edit = (request: Raw, n: number) => void;

// Each edit is valid for every request of currentArb, and after any other.
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant<Edit>((r, n) =>
    r.topics.push({ name: `new.topic-${n}`, partitions: 3 }),
  ),
  fc
    .integer({ min: 1, max: 12 })
    .map<Edit>(more => r => (r.topics[0].partitions += more)),
  fc
    .constantFrom(12, 48, 336)
    .map<Edit>(hours => r => (r.topics[0].retentionHours = hours)),
  fc
    .integer({ min: 1, max: 500 })
    .map<Edit>(more => r => (r.brokers.volumeSizeGi += more)),
  fc.integer({ min: 1, max: 3 }).map<Edit>(more => r => {
    r.brokers.nodeCapacity += more;
  }),
  fc.constant<Edit>((r, n) => {
    const unused = r.topics.length > 1 ? r.topics.length - 1 : -1;
    if (
      unused > 0 &&
      !r.clients.some((c: any) =>
        c.topics.some((t: any) => t.name === r.topics[unused].name),
      )
    ) {
      r.topics.splice(unused, 1);
    } else {
      r.topics.push({ name: `extra.topic-${n}` });
    }
  }),
  fc.constant<Edit>((r, n) =>
    r.clients.push({
      name: `reporting-${n}`,
      topics: [{ name: r.topics[0].name, access: 'read' }],
      consumerGroups: [`reporting-${n}`],
    }),
  ),
  fc.constant<Edit>(r => (r.clients = [])),
  fc.constant<Edit>(r => (r.owner = 'group:default/team-b')),
  fc.constant<Edit>(r => (r.description = 'Order events')),
  fc.constant<Edit>(r => (r.apiAccessCidrs = ['198.51.100.0/24'])),
  fc.constant<Edit>(r => (r.kubernetesVersion = '1.35')),
  fc.constant<Edit>(r => {
    r.kafkaVersion = '4.3.1';
    r.metadataVersion = '4.2-IV1';
  }),
);

const isDoc = (file: string) =>
  file === 'README.md' || file === 'mkdocs.yml' || file.startsWith('docs/');

function explainedBy(file: string, appliers: Set<ChangeApplier>): boolean {
  if (file === REQUEST_FILE || isDoc(file)) return true;
  if (file === 'catalog-info.yaml') return appliers.has('catalog');
  if (file.startsWith('terraform/')) return appliers.has('terraform');
  if (file.startsWith('kubernetes/')) return appliers.has('argocd');
  return false;
}

describe('kafka-on-eks:update, for random requests and changes', () => {
  jest.setTimeout(240_000);
  const workspace = createMockDirectory();
  // Settled volumes: the live facts a storage change needs.
  const live = { volumeModificationPending: false };
  const action = createUpdateAction({ readLiveFacts: async () => live });

  const repository = () => workspaceFiles(workspace);

  it('leaves the repository equal to render(desired), touching only files the change explains', async () => {
    await fc.assert(
      fc.asyncProperty(
        currentArb,
        fc.array(editArb, { minLength: 1, maxLength: 2 }),
        async (raw, edits) => {
          const created = validateClusterRequest(raw, { today: TODAY });
          if (!created.ok) throw new Error(JSON.stringify(created.problems));
          const current = created.request;
          workspace.clear();
          workspace.setContent(
            Object.fromEntries(
              renderRepository(current).map(f => [f.path, f.content]),
            ),
          );
          const before = repository();

          const desired = structuredClone(raw);
          edits.forEach((edit, n) => edit(desired, n));
          const expected = validateClusterChange(current, desired, { live });
          if (!expected.ok) {
            throw new Error(
              `a valid edit was refused: ${JSON.stringify(expected.problems)}`,
            );
          }
          fc.pre(expected.changes.length > 0);

          const ctx = createMockActionContext({
            workspacePath: workspace.path,
            input: { request: desired, entityRef: 'resource:default/orders' },
          });
          await action.handler(ctx);
          const output = Object.fromEntries(
            (ctx.output as jest.Mock).mock.calls,
          ) as { changedFiles: string[]; deletedFiles: string[] };

          const after = repository();
          expect(after).toEqual(
            Object.fromEntries(
              renderRepository(expected.request).map(f => [f.path, f.content]),
            ),
          );
          const touched = [
            ...Object.keys(after).filter(p => after[p] !== before[p]),
            ...Object.keys(before).filter(p => !(p in after)),
          ].sort();
          expect(
            [...output.changedFiles, ...output.deletedFiles].sort(),
          ).toEqual(touched);

          const appliers = new Set(expected.changes.map(c => c.appliedBy));
          expect(touched.filter(f => !explainedBy(f, appliers))).toEqual([]);
          // And each place the summary names has a file that changed.
          const places = {
            terraform: touched.some(f => f.startsWith('terraform/')),
            argocd: touched.some(f => f.startsWith('kubernetes/')),
          };
          expect({
            terraform: appliers.has('terraform'),
            argocd: appliers.has('argocd'),
          }).toEqual(places);
        },
      ),
      { numRuns: 60 },
    );
  });
});
