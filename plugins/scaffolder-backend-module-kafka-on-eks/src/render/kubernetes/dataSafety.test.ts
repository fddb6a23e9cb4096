import { parse } from 'yaml';
import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
} from './__testUtils__/documents';
import { KMS_KEY_ARN, requestWithClients } from './__testUtils__/requests';

const OPTIONS = 'argocd.argoproj.io/sync-options';
const WAVE = 'argocd.argoproj.io/sync-wave';
const KEEP = 'Prune=false,Delete=false';
const provisioned = () =>
  renderDocuments(
    requestWithClients({ brokers: { iops: 6000, throughputMiBps: 250 } }),
  );
const documents = provisioned();

describe('data safety', () => {
  it('every data-bearing document carries Prune=false,Delete=false', () => {
    const dataBearing = documents
      .map(d => d.value)
      .filter(v =>
        [
          'Namespace',
          'Kafka',
          'KafkaNodePool',
          'StorageClass',
          'VolumeAttributesClass',
        ].includes(v.kind),
      );
    expect(dataBearing.map(v => v.kind).sort()).toEqual([
      'Kafka',
      'KafkaNodePool',
      'KafkaNodePool',
      'Namespace',
      'StorageClass',
      'StorageClass',
      'VolumeAttributesClass',
    ]);
    for (const value of dataBearing) {
      expect([value.kind, value.metadata.annotations?.[OPTIONS]]).toEqual([
        value.kind,
        KEEP,
      ]);
    }
  });

  it('topics are pruned with the request, never deleted with the app', () => {
    for (const topic of documentsOfKind(documents, 'KafkaTopic')) {
      expect(topic.metadata.annotations[OPTIONS]).toBe('Delete=false');
    }
  });

  it('Strimzi CRDs are not pruned', () => {
    const kustomization = onlyDocument(documents, 'Kustomization');
    expect(kustomization.patches).toHaveLength(1);
    const [{ target, patch }] = kustomization.patches;
    expect(target).toEqual({ kind: 'CustomResourceDefinition' });
    const patched = parse(patch);
    expect(patched.kind).toBe('CustomResourceDefinition');
    expect(patched.metadata.annotations[OPTIONS]).toBe(KEEP);
    const app = onlyDocument(documents, 'Application', 'strimzi-crds');
    expect(app.spec.syncPolicy.automated.prune).toBe(false);
    expect(app.metadata).not.toHaveProperty('finalizers');
    const operator = onlyDocument(documents, 'Application', 'strimzi-operator');
    expect(operator.spec.sources[0].helm.skipCrds).toBe(true);
  });

  it('the Kafka names its entity', () => {
    const kafka = onlyDocument(documents, 'Kafka');
    expect(kafka.metadata.annotations['kafka-on-eks/entity-ref']).toBe(
      'resource:default/orders',
    );
    const payments = onlyDocument(
      renderDocuments(requestWith({ name: 'payments' })),
      'Kafka',
    );
    expect(payments.metadata.annotations['kafka-on-eks/entity-ref']).toBe(
      'resource:default/payments',
    );
  });

  it('node pools never delete their volumes', () => {
    for (const pool of documentsOfKind(documents, 'KafkaNodePool')) {
      for (const volume of pool.spec.storage.volumes) {
        expect(volume.deleteClaim).toBe(false);
      }
    }
  });
});

describe('StorageClasses', () => {
  const classes = documentsOfKind(documents, 'StorageClass');

  it('are the Kafka’s own gp3 and st1, retained, late-binding, expandable, encrypted, xfs', () => {
    expect(classes.map(c => c.metadata.name)).toEqual([
      'kafka-gp3',
      'kafka-st1',
    ]);
    for (const storageClass of classes) {
      expect(storageClass).toMatchObject({
        provisioner: 'ebs.csi.aws.com',
        reclaimPolicy: 'Retain',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true,
      });
      expect(storageClass.parameters).toEqual({
        type: storageClass.metadata.name.replace('kafka-', ''),
        encrypted: 'true',
        'csi.storage.k8s.io/fstype': 'xfs',
      });
    }
  });

  it('are never the default class', () => {
    for (const storageClass of classes) {
      expect(
        storageClass.metadata.annotations[
          'storageclass.kubernetes.io/is-default-class'
        ],
      ).toBeUndefined();
    }
  });

  it('encrypt with the customer key when the request names one', () => {
    const docs = renderDocuments(requestWith({ ebsKmsKeyArn: KMS_KEY_ARN }));
    for (const storageClass of documentsOfKind(docs, 'StorageClass')) {
      expect(storageClass.parameters.kmsKeyId).toBe(KMS_KEY_ARN);
    }
  });

  it('are what the node pools use, and synced before the Kafka', () => {
    const names = new Set(classes.map(c => c.metadata.name));
    for (const pool of documentsOfKind(documents, 'KafkaNodePool')) {
      expect(names.has(pool.spec.storage.volumes[0].class)).toBe(true);
    }
    const kafkaFolder = (kind: string) =>
      documents.find(d => d.value.kind === kind)!.path;
    expect(kafkaFolder('StorageClass')).toBe(
      'kubernetes/kafka/storage-classes.yaml',
    );
    expect(kafkaFolder('VolumeAttributesClass')).toBe(
      'kubernetes/kafka/volume-attributes-classes.yaml',
    );
    for (const kind of ['StorageClass', 'VolumeAttributesClass']) {
      for (const doc of documentsOfKind(documents, kind)) {
        expect(Number(doc.metadata.annotations[WAVE])).toBeLessThan(0);
      }
    }
    // The Kafka and its pools sit in the default wave 0.
    expect(
      onlyDocument(documents, 'Kafka').metadata.annotations,
    ).not.toHaveProperty(WAVE);
  });
});

describe('VolumeAttributesClass', () => {
  it('the VAC name follows from its parameters', () => {
    for (const brokers of [
      { iops: 6000, throughputMiBps: 250 },
      { iops: 4000 },
      { throughputMiBps: 500 },
      { iops: 16000, throughputMiBps: 1000 },
    ]) {
      const docs = renderDocuments(requestWith({ brokers }));
      const vac = onlyDocument(docs, 'VolumeAttributesClass');
      expect(vac.driverName).toBe('ebs.csi.aws.com');
      expect(vac.metadata.name).toBe(
        `kafka-gp3-${vac.parameters.iops}-${vac.parameters.throughput}`,
      );
      expect(vac.parameters).toEqual({
        iops: String(brokers.iops ?? 3000),
        throughput: String(brokers.throughputMiBps ?? 125),
      });
      const broker = onlyDocument(docs, 'KafkaNodePool', 'broker');
      expect(broker.spec.storage.volumes[0].volumeAttributesClass).toBe(
        vac.metadata.name,
      );
    }
  });

  it('is absent at the gp3 baseline and on st1', () => {
    for (const brokers of [
      {},
      { iops: 3000, throughputMiBps: 125 },
      { storageClass: 'st1', volumeSizeGi: 2000 },
    ]) {
      const docs = renderDocuments(requestWith({ brokers }));
      expect(documentsOfKind(docs, 'VolumeAttributesClass')).toEqual([]);
      expect(
        onlyDocument(docs, 'KafkaNodePool', 'broker').spec.storage.volumes[0],
      ).not.toHaveProperty('volumeAttributesClass');
    }
  });
});

describe('zones', () => {
  it('keeps topologySpreadConstraints on both pools', () => {
    for (const pool of documentsOfKind(documents, 'KafkaNodePool')) {
      expect(pool.spec.template.pod.topologySpreadConstraints[0]).toMatchObject(
        {
          topologyKey: 'topology.kubernetes.io/zone',
          whenUnsatisfiable: 'DoNotSchedule',
        },
      );
    }
  });
});
