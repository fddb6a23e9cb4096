import { requestWith } from '../__fixtures__/requests';
import { onlyDocument, renderDocuments } from './__testUtils__/documents';
import { cruiseControlSpec, needsRackDistributionGoal } from './cruiseControl';

const goals = (value: string) => value.split(',');

describe('Cruise Control', () => {
  it('rebalances on both scaling directions with the generated template', () => {
    const documents = renderDocuments(requestWith());
    const kafka = onlyDocument(documents, 'Kafka');
    const template = onlyDocument(documents, 'KafkaRebalance');
    expect(template.metadata.annotations).toEqual({
      'strimzi.io/rebalance-template': 'true',
    });
    expect(kafka.spec.cruiseControl.autoRebalance).toEqual([
      { mode: 'add-brokers', template: { name: template.metadata.name } },
      { mode: 'remove-brokers', template: { name: template.metadata.name } },
    ]);
    expect(template.metadata.namespace).toBe(kafka.metadata.namespace);
  });

  it("keeps Strimzi's goals while every replica can have its own zone", () => {
    expect(needsRackDistributionGoal(requestWith())).toBe(false);
    expect(cruiseControlSpec(requestWith())).not.toHaveProperty('config');
  });

  it.each([
    ['two zones, three replicas', { zones: 2 }],
    [
      'three zones, a topic with four replicas',
      {
        brokers: { replicas: 6 },
        topics: [{ name: 'wide', replicationFactor: 4 }],
      },
    ],
  ])(
    'swaps RackAwareGoal for RackAwareDistributionGoal with %s',
    (_title, input) => {
      const request = requestWith(input);
      expect(needsRackDistributionGoal(request)).toBe(true);
      const config = cruiseControlSpec(request)!.config!;
      const all = Object.values(config).flatMap(goals);
      expect(all.some(g => g.endsWith('.RackAwareGoal'))).toBe(false);
      expect(goals(config['hard.goals'])).toContain(
        'com.linkedin.kafka.cruisecontrol.analyzer.goals.RackAwareDistributionGoal',
      );
      // Cruise Control refuses to start unless both lists sit within default.goals.
      const defaults = goals(config['default.goals']);
      expect(
        goals(config['hard.goals']).filter(g => !defaults.includes(g)),
      ).toEqual([]);
      expect(
        goals(config['anomaly.detection.goals']).filter(
          g => !defaults.includes(g),
        ),
      ).toEqual([]);
    },
  );

  it('sets the metrics topic min ISR only with Cruise Control', () => {
    const key = 'cruise.control.metrics.topic.min.insync.replicas';
    const three = onlyDocument(renderDocuments(requestWith()), 'Kafka');
    expect(three.spec.kafka.config[key]).toBe(2);
    const one = onlyDocument(
      renderDocuments(requestWith({ brokers: { replicas: 1 }, topics: [] })),
      'Kafka',
    );
    expect(one.spec.kafka.config).not.toHaveProperty(key);
    expect(one.spec).not.toHaveProperty('cruiseControl');
  });
});
