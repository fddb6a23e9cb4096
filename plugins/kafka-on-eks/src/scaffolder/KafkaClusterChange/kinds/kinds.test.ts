import { ordersClusterRequest } from '../../../__fixtures__';
import { assessChange } from '../assessChange';
import {
  desiredRequestOf,
  initialDraft,
  kafkaVersionChoices,
  metadataVersionChoices,
  proposalOf,
  type ChangeDraft,
} from '.';

const current = ordersClusterRequest();
const live = { readyBrokerNodes: 3, volumeModificationPending: false };

/** The draft of a kind with some values changed, as the editor holds it. */
function edited<D extends ChangeDraft>(
  draft: D,
  values: Partial<D['values']>,
): ChangeDraft {
  return { ...draft, values: { ...draft.values, ...values } } as ChangeDraft;
}

function assess(draft: ChangeDraft, facts = live) {
  return assessChange(current, desiredRequestOf(current, draft), facts);
}

function summaries(draft: ChangeDraft, facts = live) {
  const assessment = assess(draft, facts);
  if (assessment.status !== 'accepted') {
    throw new Error(`not accepted: ${JSON.stringify(assessment)}`);
  }
  return assessment.changes.map(c => `${c.path}: ${c.summary}`);
}

function refusals(draft: ChangeDraft, facts = live) {
  const assessment = assess(draft, facts);
  if (assessment.status !== 'refused') {
    throw new Error(`not refused: ${JSON.stringify(assessment)}`);
  }
  return assessment.problems.map(p => `${p.path}: ${p.message}`);
}

describe('change kinds', () => {
  it.each([
    'add-topic',
    'edit-topic',
    'grow-storage',
    'scale-brokers',
    'add-client',
    'upgrade-kafka',
  ] as const)(
    '%s: the untouched editor changes nothing (or is refused), never by itself',
    kind => {
      const status = assess(initialDraft(kind, current)).status;
      // A new topic or client without a name is not a request yet.
      expect(status).toBe(
        kind === 'add-topic' || kind === 'add-client' ? 'refused' : 'empty',
      );
    },
  );

  describe('add-topic', () => {
    it("starts from the schema's defaults and any prefill", () => {
      expect(initialDraft('add-topic', current).values).toEqual({
        name: '',
        partitions: '6',
        replicationFactor: '3',
        retention: '7',
        retentionUnit: 'days',
        cleanupPolicy: 'delete',
      });
      expect(
        initialDraft('add-topic', current, {
          name: 'orders.shipped',
          partitions: 24,
          retentionHours: 36,
        }).values,
      ).toMatchObject({
        name: 'orders.shipped',
        partitions: '24',
        retention: '36',
        retentionUnit: 'hours',
      });
    });

    it('adds the topic, saying what the topic operator creates', () => {
      const draft = edited(initialDraft('add-topic', current), {
        name: 'orders.shipped',
        partitions: '24',
      });
      expect(summaries(draft)).toEqual([
        'topics[2].name: The topic operator creates topic orders.shipped: 24 partitions, replication factor 3, 168 h retention, cleanup delete.',
      ]);
      expect(proposalOf(current, draft)).toEqual({
        branch: 'add-topic-orders-shipped',
        title: 'Add topic orders.shipped',
      });
    });

    it('refuses an existing name, naming the field', () => {
      const draft = edited(initialDraft('add-topic', current), {
        name: 'orders.created',
      });
      expect(refusals(draft).join('\n')).toMatch(
        /^topics\[2\]\.name: repeats topics\[0\]\.name/m,
      );
    });

    it('passes typed text through, so the validator names the field', () => {
      const draft = edited(initialDraft('add-topic', current), {
        name: 'orders.shipped',
        partitions: 'many',
      });
      expect(refusals(draft).join('\n')).toMatch(/^topics\[2\]\.partitions: /m);
    });
  });

  describe('edit-topic', () => {
    it("starts from the prefilled topic's current settings", () => {
      expect(
        initialDraft('edit-topic', current, { topic: 'customer-profiles' })
          .values,
      ).toEqual({
        topic: 'customer-profiles',
        remove: false,
        partitions: '3',
        replicationFactor: '3',
        retention: '7',
        retentionUnit: 'days',
        cleanupPolicy: 'compact',
      });
      // Without a prefill, the first topic.
      expect(initialDraft('edit-topic', current).values).toMatchObject({
        topic: 'orders.created',
        partitions: '12',
      });
    });

    it('grows partitions and refuses to shrink them, naming the field', () => {
      const draft = initialDraft('edit-topic', current);
      expect(summaries(edited(draft, { partitions: '24' }))).toEqual([
        'topics[0].partitions: The topic operator adds partitions to orders.created (12 → 24); keyed records map to partitions anew from then on.',
      ]);
      expect(proposalOf(current, draft)).toEqual({
        branch: 'edit-topic-orders-created',
        title: 'Edit topic orders.created',
      });
      expect(refusals(edited(draft, { partitions: '6' }))).toEqual([
        'topics[0].partitions: partitions cannot shrink (12 → 6)',
      ]);
    });

    it('removes a topic, saying in bold that its data is lost', () => {
      const draft = edited(
        initialDraft('edit-topic', current, { topic: 'customer-profiles' }),
        { remove: true },
      );
      expect(assess(draft)).toMatchObject({
        status: 'accepted',
        changes: [{ path: 'topics[customer-profiles]', destructive: true }],
      });
      expect(summaries(draft)[0]).toContain(
        '**Removing topic customer-profiles deletes it and all its data when this merges**',
      );
      expect(proposalOf(current, draft)).toEqual({
        branch: 'remove-topic-customer-profiles',
        title: 'Remove topic customer-profiles',
      });
    });

    it('refuses to remove a topic a client still reads, naming the field', () => {
      const draft = edited(initialDraft('edit-topic', current), {
        remove: true,
      });
      expect(refusals(draft).join('\n')).toMatch(/^clients\[0\]\.topics/m);
    });
  });

  describe('grow-storage', () => {
    it('starts from the current volumes', () => {
      expect(initialDraft('grow-storage', current).values).toEqual({
        volumeSizeGi: '1000',
        iops: '',
        throughputMiBps: '',
      });
    });

    it('starts from a prefilled size, as the volume warnings link it', () => {
      expect(
        initialDraft('grow-storage', current, { volumeSizeGi: 1260 }).values,
      ).toEqual({ volumeSizeGi: '1260', iops: '', throughputMiBps: '' });
    });

    it('grows the volumes, and refuses to shrink them, naming the field', () => {
      const draft = initialDraft('grow-storage', current);
      const grown = edited(draft, { volumeSizeGi: '1500' });
      expect(summaries(grown)[0]).toMatch(
        /^brokers\.volumeSizeGi: Strimzi grows every broker volume from 1000 to 1500 GiB/,
      );
      expect(proposalOf(current, grown)).toEqual({
        branch: 'grow-storage-1500gi',
        title: 'Grow broker volumes to 1500 GiB',
      });
      expect(refusals(edited(draft, { volumeSizeGi: '800' }))).toEqual([
        'brokers.volumeSizeGi: volumes only grow (1000 → 800 GiB): EBS cannot shrink a volume',
      ]);
    });

    it('refuses while the live view shows a resize pending', () => {
      const grown = edited(initialDraft('grow-storage', current), {
        volumeSizeGi: '1500',
      });
      expect(
        refusals(grown, { ...live, volumeModificationPending: true })[0],
      ).toMatch(
        /^brokers\.volumeSizeGi: a broker volume is still being modified/,
      );
    });

    it('sets gp3 performance through a new VolumeAttributesClass', () => {
      const draft = edited(initialDraft('grow-storage', current), {
        iops: '6000',
        throughputMiBps: '250',
      });
      expect(summaries(draft)[0]).toMatch(
        /^brokers\.iops: A new VolumeAttributesClass kafka-gp3-6000-250 /,
      );
      expect(proposalOf(current, draft)).toEqual({
        branch: 'grow-storage-gp3-performance',
        title: 'Broker volumes: 6000 IOPS, 250 MiB/s',
      });
    });
  });

  describe('scale-brokers', () => {
    it('starts from the node capacity and the broker count', () => {
      expect(initialDraft('scale-brokers', current).values).toEqual({
        nodeCapacity: '3',
        replicas: '3',
      });
    });

    it('raises node capacity first, saying what follows', () => {
      const draft = edited(initialDraft('scale-brokers', current), {
        nodeCapacity: '6',
      });
      const assessment = assess(draft);
      expect(assessment).toMatchObject({
        status: 'accepted',
        changes: [{ path: 'brokers.nodeCapacity', appliedBy: 'terraform' }],
      });
      expect(
        assessment.status === 'accepted' && assessment.followUps,
      ).toContain(
        'When the Kafka tab shows 6 Ready broker nodes, run the "Scale brokers" change again to raise brokers.replicas to 6.',
      );
      expect(proposalOf(current, draft)).toEqual({
        branch: 'scale-brokers-capacity-6',
        title: 'Broker node capacity 6',
      });
    });

    it('refuses more brokers than the node groups hold', () => {
      const draft = edited(initialDraft('scale-brokers', current), {
        replicas: '6',
      });
      expect(refusals(draft)[0]).toMatch(
        /^brokers\.replicas: 6 brokers need room for 6 on the nodes, and the node groups hold 3/,
      );
    });

    it('raises the count once the live view shows the nodes, and not before', () => {
      const grown = ordersClusterRequest({
        brokers: { replicas: 3, volumeSizeGi: 1000, nodeCapacity: 6 },
      });
      const draft = edited(initialDraft('scale-brokers', grown), {
        replicas: '6',
      });
      const desired = desiredRequestOf(grown, draft);
      expect(
        assessChange(grown, desired, { readyBrokerNodes: 6 }),
      ).toMatchObject({
        status: 'accepted',
        changes: [{ path: 'brokers.replicas', appliedBy: 'argocd' }],
      });
      expect(
        assessChange(grown, desired, { readyBrokerNodes: 4 }),
      ).toMatchObject({
        status: 'refused',
        problems: [
          {
            path: 'brokers.replicas',
            message: expect.stringContaining(
              'the live view shows 4 Ready broker node(s)',
            ),
          },
        ],
      });
      expect(proposalOf(grown, draft)).toEqual({
        branch: 'scale-brokers-6',
        title: 'Scale brokers to 6',
      });
    });
  });

  describe('add-client', () => {
    it('starts with read access to the first topic', () => {
      expect(initialDraft('add-client', current).values).toEqual({
        name: '',
        component: '',
        namespace: '',
        topics: [{ name: 'orders.created', access: 'read' }],
        consumerGroups: '',
      });
    });

    it('adds a KafkaUser with its ACLs', () => {
      const draft = edited(initialDraft('add-client', current), {
        name: 'billing',
        consumerGroups: 'billing-*, audit',
      });
      const assessment = assess(draft);
      expect(assessment).toMatchObject({
        status: 'accepted',
        request: {
          clients: [
            { name: 'orders-service' },
            {
              name: 'billing',
              topics: [{ name: 'orders.created', access: 'read' }],
              consumerGroups: ['billing-*', 'audit'],
            },
          ],
        },
      });
      expect(summaries(draft)[0]).toMatch(
        /^clients\[1\]\.name: A KafkaUser billing with /,
      );
      expect(proposalOf(current, draft)).toEqual({
        branch: 'add-client-billing',
        title: 'Add client billing',
      });
    });

    it('refuses an ACL on a topic the cluster does not have, naming the field', () => {
      const draft = edited(initialDraft('add-client', current), {
        name: 'billing',
        topics: [{ name: 'invoices', access: 'read' }],
      });
      expect(refusals(draft).join('\n')).toMatch(/^clients\[1\]\.topics/m);
    });
  });

  describe('upgrade-kafka', () => {
    const older = ordersClusterRequest({ kafkaVersion: '4.2.0' });

    it('offers the running version and newer ones, and metadata versions up to the chosen one', () => {
      expect(kafkaVersionChoices(older)[0]).toBe('4.2.0');
      expect(kafkaVersionChoices(older)).toContain('4.3.1');
      expect(metadataVersionChoices(older, '4.2.0')).toEqual(['4.2-IV1']);
      expect(metadataVersionChoices(older, '4.3.1')).toEqual([
        '4.2-IV1',
        '4.3-IV0',
      ]);
    });

    it('upgrades the version first, keeping the metadata version, and says what follows', () => {
      const draft = edited(initialDraft('upgrade-kafka', older), {
        kafkaVersion: '4.3.1',
      });
      const assessment = assessChange(
        older,
        desiredRequestOf(older, draft),
        live,
      );
      expect(assessment).toMatchObject({
        status: 'accepted',
        request: { kafkaVersion: '4.3.1', metadataVersion: '4.2-IV1' },
      });
      expect(
        assessment.status === 'accepted' && assessment.followUps.join('\n'),
      ).toMatch(/metadata/i);
      expect(proposalOf(older, draft)).toEqual({
        branch: 'upgrade-kafka-4-3-1',
        title: 'Upgrade Kafka to 4.3.1',
      });
    });

    it('refuses both in one change, naming the field', () => {
      const draft = edited(initialDraft('upgrade-kafka', older), {
        kafkaVersion: '4.3.1',
        metadataVersion: '4.3-IV0',
      });
      expect(
        assessChange(older, desiredRequestOf(older, draft), live),
      ).toMatchObject({
        status: 'refused',
        problems: [{ path: 'metadataVersion' }],
      });
    });
  });
});
