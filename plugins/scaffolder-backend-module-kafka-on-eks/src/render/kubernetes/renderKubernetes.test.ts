import {
  createStrimziValidator,
  strimziCrdSchema,
} from '@internal/reference-data';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { largeRequest, requestWith } from '../__fixtures__/requests';
import { requestWithClients } from './__testUtils__/requests';
import {
  documentsOfKind,
  parseFiles,
  unknownFields,
} from './__testUtils__/documents';
import { renderKubernetes } from './index';

const REQUESTS: Array<[string, () => KafkaClusterRequest]> = [
  ['the default request', () => requestWith()],
  ['the large request', () => largeRequest()],
  [
    'a gp3 request with provisioned IOPS and throughput',
    () => requestWith({ brokers: { iops: 6000, throughputMiBps: 250 } }),
  ],
  ['a request with clients and the portal', () => requestWithClients()],
  [
    'a request with mutual TLS clients and a KMS key',
    () =>
      requestWithClients({
        clientAuthentication: 'tls',
        ebsKmsKeyArn:
          'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666',
      }),
  ],
  [
    'a single-broker request over two zones',
    () => requestWith({ zones: 2, brokers: { replicas: 1 } }),
  ],
];

const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'StorageClass',
  'VolumeAttributesClass',
  'ClusterRole',
  'ClusterRoleBinding',
]);
// Read by Kustomize, not applied: it has no metadata.
const NOT_APPLIED = new Set(['Kustomization']);

const validate = createStrimziValidator();
const schemas = new Map<string, object>();
const crdSchema = (kind: string) => {
  if (!schemas.has(kind)) schemas.set(kind, strimziCrdSchema(kind));
  return schemas.get(kind);
};

describe.each(REQUESTS)('renderKubernetes for %s', (_title, makeRequest) => {
  const files = renderKubernetes(makeRequest());
  const documents = parseFiles(files);
  const strimzi = documents.filter(d =>
    String(d.value.apiVersion).startsWith('kafka.strimzi.io'),
  );

  it('writes only under kubernetes/, each path once, as non-empty YAML', () => {
    const paths = files.map(f => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const file of files) {
      expect(file.path).toMatch(
        /^kubernetes\/(argocd|kafka|strimzi-crds|clients\/[a-z0-9-]+)\/[a-z-]+\.yaml$/,
      );
      expect(file.content.trim()).not.toBe('');
    }
  });

  it('parses every file without errors, and keeps one kind per file', () => {
    for (const file of files) {
      const kinds = new Set(
        documents.filter(d => d.path === file.path).map(d => d.value.kind),
      );
      expect([file.path, kinds.size]).toEqual([file.path, 1]);
    }
  });

  it('validates every Strimzi document against its CRD', () => {
    expect(strimzi.length).toBeGreaterThanOrEqual(3);
    expect(strimzi.flatMap(d => validate(d.value))).toEqual([]);
  });

  it('uses only fields the CRD declares', () => {
    const unknown = strimzi.flatMap(d =>
      unknownFields(d.value, crdSchema(d.value.kind)).map(
        field => `${d.value.kind}/${d.value.metadata.name}${field}`,
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('never mentions v1beta2 or ZooKeeper', () => {
    const text = files.map(f => f.content).join('\n');
    expect(text).not.toMatch(/v1beta2/i);
    expect(text).not.toMatch(/zookeeper/i);
  });

  it('gives each node pool exactly one kraftMetadata: shared volume', () => {
    const pools = documentsOfKind(documents, 'KafkaNodePool');
    expect(pools.map(p => p.metadata.name).sort()).toEqual([
      'broker',
      'controller',
    ]);
    for (const pool of pools) {
      const shared = pool.spec.storage.volumes.filter(
        (v: any) => v.kraftMetadata === 'shared',
      );
      expect([pool.metadata.name, shared.length]).toEqual([
        pool.metadata.name,
        1,
      ]);
    }
  });

  it('names every object validly and places every namespaced one explicitly', () => {
    const applied = documents
      .map(d => d.value)
      .filter(v => !NOT_APPLIED.has(v.kind));
    for (const value of applied) {
      expect(value.metadata.name).toMatch(DNS1123_SUBDOMAIN);
      expect(value.metadata.name.length).toBeLessThanOrEqual(253);
    }
    const unplaced = applied.filter(
      v => !CLUSTER_SCOPED.has(v.kind) && !v.metadata.namespace,
    );
    expect(unplaced).toEqual([]);
  });

  it('renders the same files for the same request', () => {
    expect(renderKubernetes(makeRequest())).toEqual(files);
  });
});

describe('the CRD field check', () => {
  it('catches a field v1 moved to the node pools', () => {
    const kafka = documentsOfKind(
      parseFiles(renderKubernetes(requestWith())),
      'Kafka',
    )[0];
    kafka.spec.kafka.replicas = 3;
    expect(unknownFields(kafka, crdSchema('Kafka'))).toEqual([
      '.spec.kafka.replicas',
    ]);
  });
});

describe('free text', () => {
  it('keeps the description out of the manifests, however hostile', () => {
    const hostile =
      'x"\n---\napiVersion: v1\nkind: Secret\nzookeeper: {{ v1beta2 }} ${{ secrets }}';
    expect(renderKubernetes(requestWith({ description: hostile }))).toEqual(
      renderKubernetes(requestWith()),
    );
  });
});
