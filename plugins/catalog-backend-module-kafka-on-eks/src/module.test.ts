import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  type CatalogProcessingExtensionPoint,
  type CatalogProcessor,
  type EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startKubeLoopback, type KubeLoopback } from '@internal/kube-loopback';
import { kafka, namespace } from './__fixtures__/strimzi';
import { eventually, MutationRecorder } from './__testUtils__/MutationRecorder';
import { catalogModuleKafkaOnEksDiscovery } from './module';

jest.setTimeout(30_000);

const TOKEN = 'module-test-token';

// A catalog-info.yaml written by hand for the demo's orders Kafka.
const handwritten: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'orders-kafka',
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-cluster': 'lab',
      'backstage.io/kubernetes-namespace': 'kafka',
      'kafka-on-eks/kafka': 'orders-kafka',
    },
  },
  spec: { type: 'kafka-cluster', owner: 'group:default/platform-team' },
};

let api: KubeLoopback;
beforeAll(async () => {
  api = await startKubeLoopback({
    token: TOKEN,
    objects: [namespace('kafka'), kafka('orders-kafka'), kafka('found-kafka')],
  });
});
afterAll(() => api.close());

async function startModule(discovery: object | undefined) {
  const providers: EntityProvider[] = [];
  const processors: CatalogProcessor[] = [];
  const processing: Partial<CatalogProcessingExtensionPoint> = {
    addProcessor: (...added) => processors.push(...added.flat()),
    addEntityProvider: (...added) => providers.push(...added.flat()),
  };
  const backend = await startTestBackend({
    extensionPoints: [[catalogProcessingExtensionPoint, processing]],
    features: [
      catalogModuleKafkaOnEksDiscovery,
      catalogServiceMock.factory({ entities: [handwritten] }),
      mockServices.rootConfig.factory({
        data: {
          kafkaOnEks: discovery && { discovery },
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: [
                  {
                    name: 'lab',
                    url: api.url,
                    authProvider: 'serviceAccount',
                    serviceAccountToken: TOKEN,
                    skipTLSVerify: true,
                  },
                ],
              },
            ],
          },
        },
      }),
    ],
  });
  return { backend, providers, processors };
}

describe('catalogModuleKafkaOnEksDiscovery', () => {
  it('adds nothing to the catalog unless discovery is enabled', async () => {
    const { backend, providers, processors } = await startModule({
      defaultOwner: 'platform-team',
    });
    expect(providers).toEqual([]);
    expect(processors).toEqual([]);
    await backend.stop();
  });

  it('refuses a wrong config at start-up, naming the field', async () => {
    await expect(startModule({ enabled: true })).rejects.toThrow(
      'kafkaOnEks.discovery.defaultOwner: is required when discovery is enabled',
    );
  });

  it('adds a provider per cluster that skips the Kafkas the catalog already has', async () => {
    const { backend, providers, processors } = await startModule({
      enabled: true,
      defaultOwner: 'platform-team',
    });
    expect(providers.map(p => p.getProviderName())).toEqual([
      'kafka-on-eks-discovery:lab',
    ]);
    expect(processors.map(p => p.getProcessorName())).toEqual([
      'KafkaTopicRelationsProcessor',
      'KafkaClaimsProcessor',
    ]);
    const recorder = new MutationRecorder();
    await providers[0].connect(recorder);
    await eventually(() => expect(recorder.types()).toEqual(['full']));
    // orders-kafka has its catalog-info.yaml: only the other one is new.
    expect(recorder.names()).toEqual(['lab.kafka.found-kafka']);

    // A catalog-info.yaml for found-kafka, as the catalog processes it.
    const claimsProcessor = processors.find(
      p => p.getProcessorName() === 'KafkaClaimsProcessor',
    )!;
    const registered = {
      ...handwritten,
      metadata: {
        ...handwritten.metadata,
        name: 'found',
        annotations: {
          ...handwritten.metadata.annotations,
          'kafka-on-eks/kafka': 'found-kafka',
        },
      },
    };
    await claimsProcessor.postProcessEntity!(
      registered,
      { type: 'url', target: 'https://example.com/catalog-info.yaml' },
      () => {},
      {} as any,
    );
    await eventually(() => expect(recorder.names()).toEqual([]));
    expect(recorder.mutations[recorder.mutations.length - 1]).toMatchObject({
      type: 'delta',
      removed: [{ entityRef: 'resource:default/lab.kafka.found-kafka' }],
    });
    await backend.stop();
  });
});
